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
        // Creating it again is harmless.
        #expect(try GymPlanCLI.run(["db", "create-readonly-role", role], database: database).status == 0)
    }
}
