import Foundation
import GymPlan
import PostgresClient
import TestSupport
import Testing

/// The things that go wrong in real use: killed imports, commands at the same time, an unusable
/// folder for the embedded cluster, a database made by an older gymplan.
@Suite struct ReliabilityTests {
    static var sample: String { Repository.sampleData }

    /// Starts `gymplan ARGUMENTS` without waiting for it.
    static func spawn(_ arguments: [String], database: TestDatabase) throws -> Process {
        let process = Process()
        process.executableURL = GymPlanCLI.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        environment["DATABASE_URL"] = database.url
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func importKilledAtRandomMomentsLeavesTheDatabaseBeforeOrAfter() throws {
        let database = try TestCluster.shared().makeDatabase(label: "killed")
        let connection = try database.connect()
        let before = try connection.fingerprint()
        // The state after a complete import, measured in a database of its own.
        let reference = try TestCluster.shared().makeDatabase(label: "killref")
        #expect(try GymPlanCLI.run(["import", Self.sample], database: reference).status == 0)
        let after = try reference.connect().fingerprint()
        try reference.drop()

        var seen: Set<String> = []
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            let process = try Self.spawn(["import", Self.sample], database: database)
            usleep(UInt32.random(in: 0...600_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // The server notices the lost client and rolls its transaction back.
            var state = try connection.fingerprint()
            for _ in 0..<50 where state != before && state != after {
                usleep(100_000)
                state = try connection.fingerprint()
            }
            #expect(state == before || state == after, "the database is between before and after")
            seen.insert(state == before ? "before" : "after")
            if state == after {
                // Start again from empty for the next round.
                try connection.execute(script: "TRUNCATE municipality, school, gym, distance, class, lesson, teacher, grant_application, dataset_source CASCADE")
            }
        }
        #expect(!seen.isEmpty)
        try database.drop()
    }

    @Test func fourImportsAndTwoExportsAtOnceAgreeAndNeverDeadlock() throws {
        let database = try TestCluster.shared().makeDatabase(label: "concurrent")
        let commands: [[String]] = Array(repeating: ["import", Self.sample], count: 4)
            + Array(repeating: ["export", "--school-year", "2021-2022"], count: 2)
        let results = ConcurrentResults(count: commands.count)
        DispatchQueue.concurrentPerform(iterations: commands.count) { index in
            results.set(index, try? GymPlanCLI.run(commands[index], database: database))
        }
        for (index, result) in results.all.enumerated() {
            #expect(result?.status == 0, "\(commands[index]): \(result?.standardError ?? "did not run")")
        }
        let connection = try database.connect()
        #expect(try connection.query("SELECT count(*) FROM school").scalar(Int.self) == 53)
        #expect(try connection.query("SELECT count(*) FROM lesson").scalar(Int.self) == 1461)
        // A later export gives the same document whatever ran before it.
        let first = try GymPlanCLI.run(["export", "--school-year", "2021-2022"], database: database)
        let second = try GymPlanCLI.run(["export", "--school-year", "2021-2022"], database: database)
        #expect(ExportDocument.withoutGeneratedAt(first.standardOutput) == ExportDocument.withoutGeneratedAt(second.standardOutput))
        try database.drop()
    }

    /// The sample with less gym time and longer lessons: its export differs in goals and capacity.
    static func variantOfTheSample() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-variant-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: sample), to: folder)
        let gyms = folder.appendingPathComponent("gyms.csv")
        let lines = try String(contentsOf: gyms, encoding: .utf8).split(separator: "\n").enumerated().map { index, line in
            guard index > 0, let hours = Double(line.split(separator: ",").last ?? "") else { return String(line) }
            return line.split(separator: ",").dropLast().joined(separator: ",") + "," + String(hours / 2)
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: gyms)
        let lessons = folder.appendingPathComponent("lessons.csv")
        let text = try String(contentsOf: lessons, encoding: .utf8).replacingOccurrences(of: ",45,", with: ",60,")
        try Data(text.utf8).write(to: lessons)
        return folder
    }

    @Test func exportsDuringImportsShowTheDataWhollyBeforeOrWhollyAfter() throws {
        let database = try TestCluster.shared().makeDatabase(label: "snapshot")
        let variant = try Self.variantOfTheSample()
        defer { try? FileManager.default.removeItem(at: variant) }
        let export = ["export", "--school-year", "2021-2022"]
        func exported() throws -> String {
            let result = try GymPlanCLI.run(export, database: database)
            #expect(result.status == 0, "\(result.standardError)")
            return ExportDocument.withoutGeneratedAt(result.standardOutput)
        }
        #expect(try GymPlanCLI.run(["import", Self.sample], database: database).status == 0)
        let original = try exported()
        #expect(try GymPlanCLI.run(["import", variant.path], database: database).status == 0)
        let changed = try exported()
        try #require(original != changed)

        // One worker imports the two data sets in turn; two others export all the while.
        let rounds = 8
        let results = ConcurrentResults(count: 1 + 2 * rounds)
        DispatchQueue.concurrentPerform(iterations: 3) { worker in
            for round in 0..<rounds {
                if worker == 0 {
                    let folder = round.isMultiple(of: 2) ? Self.sample : variant.path
                    results.set(0, try? GymPlanCLI.run(["import", folder], database: database))
                } else {
                    results.set(1 + (worker - 1) * rounds + round, try? GymPlanCLI.run(export, database: database))
                }
            }
        }
        for result in results.all.dropFirst() {
            #expect(result?.status == 0, "\(result?.standardError ?? "did not run")")
            let document = ExportDocument.withoutGeneratedAt(result?.standardOutput ?? "")
            #expect(document == original || document == changed, "an export mixed data from before and after an import")
        }
        try database.drop()
    }

    @Test func aStatementTimeoutOfTheServerIsNamedAndChangesNothing() throws {
        let database = try TestCluster.shared().makeDatabase(label: "timeout")
        let connection = try database.connect()
        let name = try connection.quoteIdentifier(database.name)
        try connection.execute(script: "ALTER DATABASE \(name) SET statement_timeout = '1ms'")
        let result = try GymPlanCLI.run(["import", Self.sample], database: database)
        #expect(result.status == 69, "\(result.standardError)")
        #expect(result.standardError.contains("the database server cancelled the command"), "\(result.standardError)")
        #expect(result.standardError.contains("statement_timeout"))
        try connection.execute(script: "ALTER DATABASE \(name) RESET statement_timeout")
        #expect(try connection.query("SELECT count(*) FROM school").scalar(Int.self) == 0)
        try database.drop()
    }

    @Test func anUnusableFolderForTheEmbeddedClusterGivesAClearMessage() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gp-not-a-folder-\(UInt16.random(in: 0...UInt16.max))")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try GymPlanCLI.run(["db", "status"], environment: ["GYMPLAN_HOME": file.path + "/gymplan"])
        #expect(result.status == 69)
        #expect(result.standardError.contains("cannot use the folder"))
        #expect(result.standardError.contains("GYMPLAN_HOME"))
    }

    /// A read command upgrades an old database by itself when it opens it (MigrationUpgradeTests
    /// covers every earlier migration through `gymplan db migrate`).
    @Test func aReadCommandUpgradesADatabaseOfTheFirstSchemaByItself() throws {
        let database = try TestCluster.shared().makeEmptyDatabase(label: "upgrade")
        let connection = try database.connect()
        let all = try GymPlanMigrations.all()
        try Migrator(migrations: [all[0]]).migrate(connection)
        try connection.execute(script: """
            INSERT INTO municipality (code, name, province) VALUES ('GM0603', 'Rijswijk', 'Zuid-Holland');
            INSERT INTO school (school_id, name, municipality_code) VALUES ('10GK00', 'De Tuinen', 'GM0603');
            INSERT INTO class (school_year, school_id, class_id, grades) VALUES ('2021-2022', '10GK00', '5a', '{5}');
            INSERT INTO lesson (school_year, school_id, class_id, weekday, start, minutes)
                VALUES ('2021-2022', '10GK00', '5a', 1, '09:00', 45);
            """)
        let result = try GymPlanCLI.run(["flags", "--school-year", "2021-2022", "--format", "json"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("10GK00"))
        #expect(try Migrator(migrations: all).isUpToDate(connection))
        #expect(try connection.query("SELECT count(*) FROM lesson").scalar(Int.self) == 1)
        try database.drop()
    }

    @Test func embeddedServerKilledDuringACommandGivesAClearErrorAndTheNextCommandRecovers() throws {
        let home = FileManager.default.temporaryDirectory.path + "/gp-crash-\(UInt16.random(in: 0...UInt16.max))"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-crash-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            _ = try? GymPlanCLI.run(["db", "stop"], environment: ["GYMPLAN_HOME": home])
            try? FileManager.default.removeItem(atPath: home)
            try? FileManager.default.removeItem(at: folder)
        }
        // A large import keeps the server busy long enough to be killed in the middle of it.
        try Data("code,name\nGM0363,Amsterdam\n".utf8).write(to: folder.appendingPathComponent("municipalities.csv"))
        var schools = "school_id,name,municipality_code\n"
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for number in 0..<400_000 {
            let a = letters[(number / 26) % 26], b = letters[number % 26]
            schools += String(format: "%02d%@%@%02d,School %d,GM0363\n", number / 67600 % 100, String(a), String(b), number / 676 % 100, number)
        }
        try Data(schools.utf8).write(to: folder.appendingPathComponent("schools.csv"))
        let environment = ["GYMPLAN_HOME": home]
        #expect(try GymPlanCLI.run(["db", "start"], environment: environment).status == 0)

        let process = Process()
        process.executableURL = GymPlanCLI.executable
        process.arguments = ["import", folder.path]
        var processEnvironment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") && $0.key != "DATABASE_URL" }
        processEnvironment["GYMPLAN_HOME"] = home
        process.environment = processEnvironment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until the rows stream in, so that the crash falls in the middle of the command.
        let binaries = try DatabaseTarget.serverPrograms()
        let observer = try Connection(settings: EmbeddedCluster(
            home: home, binaries: binaries, configuration: DatabaseTarget.embeddedConfiguration).settings(database: "gymplan"))
        var copying = false
        // (Up to a minute: decoding 400,000 rows in a debug build on a loaded machine takes a while.)
        for _ in 0..<3000 where !copying && process.isRunning {
            copying = try observer.query(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY%' AND pid <> pg_backend_pid()").scalar(Int.self) > 0
            if !copying { usleep(20_000) }
        }
        #expect(copying, "the import never reached COPY")
        // A crash: the server stops at once, without a shutdown checkpoint.
        let crash = Process()
        crash.executableURL = URL(fileURLWithPath: "/bin/sh")
        let stop = "\(binaries.path("pg_ctl")) stop -D \(home)/data -m immediate"
        crash.arguments = ["-c", (geteuid() == 0 ? "runuser -u postgres -- " : "") + stop + " >/dev/null 2>&1"]
        try crash.run()
        crash.waitUntilExit()
        let message = GymPlanCLI.withoutEmbeddedNotice(
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        process.waitUntilExit()
        #expect(process.terminationStatus == 69, "\(message)")
        #expect(message.hasPrefix("gymplan: cannot use the database"), "\(message)")
        #expect(message.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1, "\(message)")
        // The next command starts the server again; the killed import left nothing behind.
        let status = try GymPlanCLI.run(["db", "status", "--json"], environment: environment)
        #expect(status.status == 0, "\(status.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [String: Any]
        let counts = json?["counts"] as? [String: Int]
        #expect(counts?["school"] == 0)
    }
}
