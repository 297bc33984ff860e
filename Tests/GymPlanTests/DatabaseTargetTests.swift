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
}
