import Foundation
import TestSupport
import Testing

/// Results that cannot be written: exit status 74, one line, and files left as they were.
@Suite struct OutputFaultTests {
    static func importedDatabase(_ label: String) throws -> TestDatabase {
        let database = try TestCluster.shared().makeDatabase(label: label)
        let result = try GymPlanCLI.run(["import", Repository.sampleData], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        return database
    }

    @Test func standardOutputOnAFullDeviceIsAnErrorNotATruncatedSuccess() throws {
        let database = try Self.importedDatabase("stdoutfull")
        let commands: [[String]] = [
            ["flags", "--school-year", "2021-2022"],
            ["flags", "--school-year", "2021-2022", "--format", "csv"],
            ["capacity", "--school-year", "2021-2022", "--format", "json"],
            // (From 2018-2019: the sample has no grants of 2017-2018, which grants would say first.)
            ["grants", "--from", "2018-2019", "--format", "json"],
            ["trend", "--format", "csv"],
            ["export", "--school-year", "2021-2022"],
            ["db", "status"],
        ]
        for command in commands {
            let result = try GymPlanCLI.run(command, database: database, standardOutputPath: "/dev/full")
            #expect(result.status == 74, "\(command): \(result.standardError)")
            #expect(result.standardError == "gymplan: cannot write standard output: No space left on device; the output is incomplete\n",
                    "\(command)")
        }
        try database.drop()
    }

    @Test(.enabled(if: ScratchFileSystem.isAvailable, "mounting a small tmpfs needs root (CI runs as root)"))
    func exportFilesOnAFullDiskAreLeftAsTheyWere() throws {
        let database = try Self.importedDatabase("exportfull")
        let disk = try ScratchFileSystem(megabytes: 2)
        defer { disk.unmount() }
        let folder = disk.path + "/csv"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["schools.csv", "municipalities.csv"] {
            try Data("an earlier export\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        try disk.fill()

        let outputs: [(arguments: [String], path: String)] = [
            (["--format", "csv", "--output", folder], folder),
            (["--format", "html", "--output", disk.path + "/report.html"], disk.path + "/report.html"),
            (["--output", disk.path + "/export.json"], disk.path + "/export.json"),
        ]
        for output in outputs {
            let result = try GymPlanCLI.run(["export", "--school-year", "2021-2022"] + output.arguments, database: database)
            #expect(result.status == 74, "\(output.arguments): \(result.standardError)")
            #expect(result.standardError.contains("No space left on device; it was left as it was"), "\(result.standardError)")
        }
        // The earlier CSV files are untouched, no new file appeared, and no temporary file remains.
        for name in ["schools.csv", "municipalities.csv"] {
            #expect(try String(contentsOfFile: folder + "/" + name, encoding: .utf8) == "an earlier export\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["municipalities.csv", "schools.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted() == ["csv", "filler"])

        disk.free()
        let written = try GymPlanCLI.run(["export", "--school-year", "2021-2022", "--format", "csv", "--output", folder], database: database)
        #expect(written.status == 0, "\(written.standardError)")
        #expect(try String(contentsOfFile: folder + "/schools.csv", encoding: .utf8).hasPrefix("school_id,"))
        try database.drop()
    }
}
