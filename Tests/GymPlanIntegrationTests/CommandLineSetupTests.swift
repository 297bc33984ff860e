import Foundation
import GymPlan
import PostgresClient
import TestSupport
import Testing

/// The command line a newcomer meets first: the version, `make install`, the database it names.
@Suite struct CommandLineSetupTests {
    @Test func versionIsTheOneConstant() throws {
        let result = try GymPlanCLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.trimmingCharacters(in: .newlines) == GymPlanVersion.current)
    }

    @Test func helpOfEveryLevelIsPrintedWithStatusZero() throws {
        for arguments in [["--help"], ["delete", "--help"], ["help", "db", "reset"], ["db", "reset", "--help"]] {
            let result = try GymPlanCLI.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            #expect((result.standardOutput + result.standardError).contains("USAGE:"), "\(arguments)")
            #expect(!result.standardError.contains("internal error"), "\(arguments): \(result.standardError)")
        }
    }

    /// A misspelt command is named, with the command meant and the list of all of them (exit 64),
    /// before any database is touched.
    @Test func aMisspeltCommandSuggestsTheOneMeant() throws {
        let commands = "commands: import, flags, trend, capacity, grants, export, delete, roster, invest, db"
        for (typed, meant) in [("flag", "flags"), ("exprot", "export"), ("Import", "import"), ("rooster", "roster")] {
            let result = try GymPlanCLI.run([typed, "--year", "2024-2025"])
            #expect(result.status == 64, "\(typed): \(result.standardError)")
            #expect(result.standardError.hasPrefix("gymplan: unknown command '\(typed)'; did you mean '\(meant)'?\n"),
                    "\(typed): \(result.standardError)")
            #expect(result.standardError.contains(commands), "\(result.standardError)")
            #expect(!result.standardError.contains("Unexpected argument") && !result.standardError.contains("Unknown option"))
            #expect(result.standardOutput.isEmpty)
        }
        let unlike = try GymPlanCLI.run(["frobnicate"])
        #expect(unlike.status == 64)
        #expect(unlike.standardError.hasPrefix("gymplan: unknown command 'frobnicate'\ncommands: import, flags,"), "\(unlike.standardError)")
        // Real commands and options still parse as before.
        #expect(try GymPlanCLI.run(["flags", "--help"]).status == 0)
        #expect(try GymPlanCLI.run(["--frobnicate"]).standardError.contains("Unknown option"))
    }

    /// `make install` with PREFIX and DESTDIR, given the binary of this build (SWIFT=true: no rebuild).
    @Test func makeInstallPutsTheBinaryInPrefixBinUnderDestdir() throws {
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("gp-install-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: destination) }
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.arguments = ["-s", "-C", Repository.root.path, "install", "SWIFT=true", "GYMPLAN=\(GymPlanCLI.executable.path)",
                          "PREFIX=/opt/gp", "DESTDIR=\(destination.path)"]
        make.standardOutput = FileHandle.nullDevice
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        let installed = destination.appendingPathComponent("opt/gp/bin/gymplan").path
        #expect(FileManager.default.isExecutableFile(atPath: installed))
        let version = try GymPlanCLI.run(["--version"], environment: ["GYMPLAN_BINARY": installed])
        #expect(version.standardOutput.contains(GymPlanVersion.current))
    }

    @Test func aURLOfAnotherKindIsNotAPostgreSQLURL() throws {
        for (arguments, environment, origin) in [
            (["db", "status"], ["DATABASE_URL": "http://x"], "DATABASE_URL"),
            (["flags", "--school-year", "2021-2022", "--database-url", "https://analyst:Geheim-42@x/db"], [:], "--database-url"),
        ] {
            let result = try GymPlanCLI.run(arguments, environment: environment)
            #expect(result.status == 69, "\(result.standardError)")
            #expect(result.standardError.hasPrefix("gymplan: \(origin) is not a PostgreSQL URL"), "\(result.standardError)")
            #expect(!result.standardError.contains("Geheim-42"))
            #expect(result.standardError.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1)
        }
    }

    @Test func aConfiguredServerGetsNoEmbeddedNotice() throws {
        let database = try TestCluster.shared().makeDatabase(label: "notice")
        let result = try GymPlanCLI.run(["flags", "--school-year", "2021-2022", "--format", "csv"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardError.contains("embedded database"))
        try database.drop()
    }

    /// The embedded cluster: every command's first line names its folder, and `db status` gives a
    /// `psql` line that works when pasted into a shell (here as the user running the tests; as root
    /// too, when they run as root).
    @Test func embeddedStatusGivesAPsqlLineThatWorks() throws {
        let home = FileManager.default.temporaryDirectory.path + "/gp-psql-\(UUID().uuidString.prefix(8))"
        let environment = ["GYMPLAN_HOME": home]
        defer {
            _ = try? GymPlanCLI.run(["db", "stop"], environment: environment)
            try? FileManager.default.removeItem(atPath: home)
        }
        let status = try GymPlanCLI.run(["db", "status"], environment: environment)
        #expect(status.status == 0, "\(status.standardError)")
        #expect(status.standardError.hasPrefix("gymplan: embedded database in \(home)\n"), "\(status.standardError)")
        #expect(!status.standardError.contains("shared by every clone"))  // GYMPLAN_HOME: a folder of its own
        let line = try #require(status.standardOutput.split(separator: "\n").first { $0.hasPrefix("psql:") })
        let psql = line.dropFirst("psql:".count).trimmingCharacters(in: .whitespaces)
        #expect(psql.contains("host=\(home)/run"))
        #expect(psql.contains("user=gymplan"))
        #expect(psql.contains("dbname=gymplan"))
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", psql + " -X -A -t -c 'SELECT count(*) FROM schema_migrations'"]
        var shellEnvironment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        shellEnvironment["PGCONNECT_TIMEOUT"] = "10"
        shell.environment = shellEnvironment
        let output = Pipe()
        shell.standardOutput = output
        shell.standardError = FileHandle.nullDevice
        try shell.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0, "\(psql)")
        #expect(Int(printed.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 >= 1, "\(printed)")
        for arguments in [["flags", "--school-year", "2021-2022"], ["db", "stop"]] {
            let result = try GymPlanCLI.run(arguments, environment: environment)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardError.split(separator: "\n").first == "gymplan: embedded database in \(home)")
        }
    }

    @Test func resetWithoutYesIsRefusedAndWithYesDeletesAllDataButKeepsTheSchema() throws {
        let database = try TestCluster.shared().makeDatabase(label: "reset")
        #expect(try GymPlanCLI.run(["import", Repository.sampleData], database: database).status == 0)
        let refused = try GymPlanCLI.run(["db", "reset"], database: database)
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("--yes"))
        let connection = try database.connect()
        #expect(try connection.query("SELECT count(*) FROM school").scalar(Int.self) == 53)
        let reset = try GymPlanCLI.run(["db", "reset", "--yes"], database: database)
        #expect(reset.status == 0, "\(reset.standardError)")
        #expect(reset.standardError.contains("53 schools"), "\(reset.standardError)")
        #expect(reset.standardError.contains("72 grants"), "\(reset.standardError)")
        for table in DataKind.allCases.map(\.table) {
            #expect(try connection.query("SELECT count(*) FROM \(table)").scalar(Int.self) == 0, "\(table)")
        }
        #expect(try connection.query("SELECT count(*) FROM schema_migrations").scalar(Int.self) >= 4)
        // The schema is whole: the same data imports again.
        #expect(try GymPlanCLI.run(["import", Repository.sampleData], database: database).status == 0)
        try database.drop()
    }
}
