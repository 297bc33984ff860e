import Foundation
import PostgresClient
import TestSupport
import Testing

@Suite struct ReadOnlyRoleTests {
    @Test func aReadOnlyRoleCanReportButNotWrite() throws {
        let database = try TestCluster.shared().makeDatabase(label: "readonly")
        let role = "reader_\(UInt16.random(in: 0...UInt16.max))"
        let create = try GymPlanCLI.run(
            ["db", "create-readonly-role", role, "--password-env", "READER_PW"], database: database,
            environment: ["READER_PW": "It's-a-secret"])
        #expect(create.status == 0, "\(create.standardError)")
        #expect(!create.standardError.contains("It's-a-secret"))

        let url = database.url.replacingOccurrences(of: "user=gymplan", with: "user=\(role)")
        let status = try GymPlanCLI.run(["db", "status"], environment: ["DATABASE_URL": url])
        #expect(status.status == 0, "\(status.standardError)")

        let reader = try Connection(settings: .url(url))
        let error = #expect(throws: PostgresError.self) {
            try reader.query("INSERT INTO municipality (code, name) VALUES ('GM0001', 'x')")
        }
        #expect(error?.sqlState == "42501")
        let write = try GymPlanCLI.run(["import", Repository.sampleData], environment: ["DATABASE_URL": url])
        #expect(write.status == 77, "\(write.standardError)")
        #expect(write.standardError.hasPrefix("gymplan: the database user may not do this: permission denied"), "\(write.standardError)")
        // Creating it again is harmless.
        #expect(try GymPlanCLI.run(["db", "create-readonly-role", role], database: database).status == 0)
    }

    /// A user who may not create extensions, in a database of its own where PostGIS is not enabled.
    @Test func aDatabaseWithoutPostGISAndAUserWhoCannotEnableItIsExplained() throws {
        let admin = try TestCluster.shared().makeEmptyDatabase(label: "nogis").connect()
        let role = "owner_\(UInt16.random(in: 0...UInt16.max))"
        let name = "nogis_\(UInt32.random(in: 0...UInt32.max))"
        try admin.query("CREATE ROLE \(try admin.quoteIdentifier(role)) LOGIN")
        try admin.query("CREATE DATABASE \(try admin.quoteIdentifier(name)) OWNER \(try admin.quoteIdentifier(role))")
        let cluster = try TestCluster.shared().cluster
        let url = "postgresql:///\(name)?host=\(cluster.socketDirectory)&user=\(role)"
        let result = try GymPlanCLI.run(["db", "status"], environment: ["DATABASE_URL": url])
        #expect(result.status == 77, "\(result.standardError)")
        #expect(result.standardError.contains("permission denied to create extension \"postgis\""), "\(result.standardError)")
        #expect(result.standardError.contains("CREATE EXTENSION postgis"))
        try admin.query("DROP DATABASE \(try admin.quoteIdentifier(name)) WITH (FORCE)")
    }

    /// With every statement and its parameters logged by the server, the password still appears
    /// nowhere: only its SCRAM verifier, computed by libpq in gymplan, reaches the server.
    @Test func thePasswordNeverReachesTheServerLog() throws {
        let cluster = try TestCluster.shared()
        let database = try cluster.makeDatabase(label: "pwlog")
        let admin = try database.connect()
        try admin.execute(script: "ALTER DATABASE \(try admin.quoteIdentifier(database.name)) SET log_statement = 'all'")
        let role = "logged_\(UInt16.random(in: 0...UInt16.max))"
        let password = "pw-\(UUID().uuidString)"
        let logSizeBefore = (try? FileManager.default.attributesOfItem(atPath: cluster.cluster.logFile)[.size] as? Int) ?? 0
        let create = try GymPlanCLI.run(
            ["db", "create-readonly-role", role, "--password-env", "READER_PW"], database: database,
            environment: ["READER_PW": password])
        #expect(create.status == 0, "\(create.standardError)")
        #expect(!(create.standardError + create.standardOutput).contains(password))

        let log = String(decoding: try Data(contentsOf: URL(fileURLWithPath: cluster.cluster.logFile)), as: UTF8.self)
        let written = String(log.utf8.dropFirst(logSizeBefore)) ?? log
        // The statements of this command were logged (so the check below has teeth) ...
        #expect(written.contains("gymplan.verifier"), "the server did not log the statements")
        let leaked = log.contains(password)
        #expect(!leaked, "the password is in the server log \(cluster.cluster.logFile)")
        // ... and the role has a SCRAM verifier, not an md5 hash or the password itself.
        let stored = try admin.query("SELECT rolpassword FROM pg_authid WHERE rolname = $1", [role]).scalar(String.self)
        #expect(stored.hasPrefix("SCRAM-SHA-256$4096:"))
        try database.drop()
    }
}
