import Foundation
import TestSupport
import Testing

@Suite struct DbCommandTests {
    @Test func statusReportsTheConfiguredDatabase() throws {
        let database = try TestCluster.shared().makeDatabase(label: "status")
        let result = try GymPlanCLI.run(["db", "status", "--json"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(json?["database"] as? String == database.name)
        #expect((json?["schemaVersion"] as? Int ?? 0) >= 1)
        #expect(json?["location"] as? String == "server named by DATABASE_URL")
        try database.drop()
    }

    /// Every kind of data `db reset` deletes is counted, the postcode areas (`postcode_area`) among them.
    @Test func statusCountsThePostcodeAreasThatResetDeletes() throws {
        let database = try TestCluster.shared().makeDatabase(label: "status-pc4")
        defer { try? database.drop() }
        let folder = try ImportTempFolder()
        let pc4 = try folder.write("4pp.csv", "id,postcode,woonplaats,latitude,longitude\n1,1012,Amsterdam,52.37,4.89\n2,3011,Rotterdam,51.92,4.48\n")
        let imported = try GymPlanCLI.run(["import", pc4], database: database)
        #expect(imported.status == 0, "\(imported.standardError)")
        let text = try GymPlanCLI.run(["db", "status"], database: database)
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("\npostcode_area:      2\n"), "\(text.standardOutput)")
        let json = try JSONSerialization.jsonObject(with: Data(try GymPlanCLI.run(["db", "status", "--json"], database: database).standardOutput.utf8))
        #expect(((json as? [String: Any])?["counts"] as? [String: Int])?["postcode_area"] == 2)
        let reset = try GymPlanCLI.run(["db", "reset", "--yes"], database: database)
        #expect(reset.standardError.contains("2 postcode areas"), "\(reset.standardError)")
        // What reset names is what status counts: each of its kinds has a line.
        let after = try GymPlanCLI.run(["db", "status"], database: database)
        for table in ["municipality", "school", "gym", "gym_site", "distance", "class", "lesson", "teacher", "grant_application",
                      "postcode_area", "gym_hours", "school_hours", "dataset_source"] {
            let line = after.standardOutput.split(separator: "\n").first { $0.hasPrefix(table + ":") }
            #expect(line?.split(separator: " ").dropFirst().first == "0", "\(table): \(line ?? "-")")
        }
    }

    @Test func unreachableServerGivesOneLineAndExit69WithoutThePassword() throws {
        for url in ["postgresql://analyst:Geheim-42@127.0.0.1:1/gymplan", "analyst:Geheim-42@nowhere"] {
            let result = try GymPlanCLI.run(["db", "status"], environment: ["DATABASE_URL": url])
            #expect(result.status == 69)
            #expect(!result.standardError.contains("Geheim-42"))
            #expect(!result.standardOutput.contains("Geheim-42"))
            #expect(result.standardError.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1)
            #expect(result.standardError.hasPrefix("gymplan: cannot use the database"))
        }
    }

    @Test func explicitDatabaseURLWinsOverTheEnvironment() throws {
        let database = try TestCluster.shared().makeDatabase(label: "explicit")
        let result = try GymPlanCLI.run(
            ["db", "status", "--json", "--database-url", database.url],
            environment: ["DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains(database.name))
        try database.drop()
    }

    @Test func embeddedClusterStartsOnDemandWithoutTCPAndStops() throws {
        let home = FileManager.default.temporaryDirectory.path + "/gp-emb-\(UInt16.random(in: 0...UInt16.max))"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["GYMPLAN_HOME": home]
        let status = try GymPlanCLI.run(["db", "status", "--json"], environment: environment)
        #expect(status.status == 0, "\(status.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [String: Any]
        #expect(json?["embeddedHome"] as? String == home)
        #expect(json?["location"] as? String == "embedded cluster at \(home)")
        let attributes = try FileManager.default.attributesOfItem(atPath: home)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        let config = try String(contentsOfFile: home + "/data/postmaster.opts", encoding: .utf8)
        #expect(config.contains("listen_addresses="))
        // A second command reuses the running server.
        #expect(try GymPlanCLI.run(["db", "status"], environment: environment).status == 0)
        let stop = try GymPlanCLI.run(["db", "stop"], environment: environment)
        #expect(stop.status == 0)
        #expect(stop.standardError.contains("stopped"))
        #expect(!FileManager.default.fileExists(atPath: home + "/data/postmaster.pid"))
    }

    @Test func embeddedClusterRecoversAfterTheServerWasKilled() throws {
        let home = FileManager.default.temporaryDirectory.path + "/gp-kill-\(UInt16.random(in: 0...UInt16.max))"
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["GYMPLAN_HOME": home]
        #expect(try GymPlanCLI.run(["db", "start"], environment: environment).status == 0)
        let pidText = try String(contentsOfFile: home + "/data/postmaster.pid", encoding: .utf8)
        let pid = try #require(Int32(pidText.split(separator: "\n")[0]))
        kill(pid, SIGKILL)
        var waited = 0
        while kill(pid, 0) == 0 && waited < 50 { usleep(100_000); waited += 1 }
        let status = try GymPlanCLI.run(["db", "status"], environment: environment)
        #expect(status.status == 0, "\(status.standardError)")
        #expect(try GymPlanCLI.run(["db", "stop"], environment: environment).status == 0)
    }
}
