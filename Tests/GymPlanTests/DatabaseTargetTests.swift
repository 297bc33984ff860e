import Foundation
import GymPlan
import PostgresClient
import Testing

/// gymplan's names for its database live in GymPlan, and reach PostgresClient as arguments.
@Suite struct DatabaseTargetTests {
    @Test func everyConnectionIsNamedGymPlan() throws {
        let target = try DatabaseTarget.resolve(explicitURL: nil, environment: ["DATABASE_URL": "postgresql:///x"])
        #expect(try target.connectionSettings().applicationName == "gymplan")
    }

    @Test func theEmbeddedClusterIsInGymPlanHomeWithTheGymPlanRole() throws {
        let target = try DatabaseTarget.resolve(explicitURL: nil, environment: ["GYMPLAN_HOME": "/srv/gp"])
        guard case .embedded(let cluster) = target else {
            Issue.record("expected the embedded cluster, not \(target.description)")
            return
        }
        #expect(cluster.home == "/srv/gp")
        #expect(cluster.superuser == "gymplan")
        #expect(try target.connectionSettings(startingEmbedded: false).applicationName == "gymplan")
    }

    @Test func rootsEmbeddedClusterInVarLibIsNamedAsSharedByEveryClone() {
        #expect(DatabaseTarget.embeddedNotice(home: "/var/lib/gymplan", asRoot: true)
            == "embedded database in /var/lib/gymplan (shared by every clone run as root)")
        #expect(DatabaseTarget.embeddedNotice(home: "/var/lib/gymplan", asRoot: false) == "embedded database in /var/lib/gymplan")
        #expect(DatabaseTarget.embeddedNotice(home: "/srv/gp", asRoot: true) == "embedded database in /srv/gp")
    }

    @Test func onlyPostgreSQLURLsAndConninfoStringsAreTaken() throws {
        for url in ["postgresql://a@h/db", "postgres://h/db", "dbname=x host=/tmp", "analyst:pw@nowhere"] {
            #expect(throws: Never.self) { try DatabaseTarget.resolve(explicitURL: url, environment: [:]) }
        }
        #expect(throws: DatabaseTargetError.notPostgresURL(origin: "DATABASE_URL", scheme: "http")) {
            try DatabaseTarget.resolve(explicitURL: nil, environment: ["DATABASE_URL": "http://x"])
        }
    }

    @Test func statusOfRootsSharedClusterSaysSoAndGivesThePsqlLine() throws {
        let json = """
            {"location": "embedded cluster at /var/lib/gymplan", "embeddedHome": "/var/lib/gymplan",
             "socketDirectory": "/var/lib/gymplan/run", "sharedByEveryClone": true,
             "psql": "psql \\"host=/var/lib/gymplan/run port=5432 dbname=gymplan user=gymplan\\"",
             "serverVersion": "15", "database": "gymplan", "schemaVersion": 4, "counts": {}}
            """
        let status = try JSONDecoder().decode(DatabaseStatus.self, from: Data(json.utf8))
        #expect(status.text.contains("shared:             every clone of gymplan run as root uses this folder"))
        #expect(status.text.contains("psql:               psql \"host=/var/lib/gymplan/run port=5432 dbname=gymplan user=gymplan\""))
    }
}
