import Foundation
import PostgresClient
import TestSupport
import Testing

/// Files of a folder that are not gymplan files are named on standard error as skipped, and the
/// folder's other files are imported.
@Suite struct ImportSkippedFilesTests {
    @Test func skippedFilesOfAFolderAreNamed() throws {
        let database = try TestCluster.shared().makeDatabase(label: "skipped")
        let manager = FileManager.default
        let folder = try Self.folderWithFilesToSkip()
        defer { try? manager.removeItem(atPath: folder) }
        for name in try manager.contentsOfDirectory(atPath: BadInputCorpusTests.contractFixtures) {
            try manager.copyItem(atPath: BadInputCorpusTests.contractFixtures + "/" + name, toPath: folder + "/" + name)
        }
        try Data("readme".utf8).write(to: URL(fileURLWithPath: folder + "/README.txt"))

        let result = try GymPlanCLI.run(["import", folder], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("\(folder)/notes.csv: not a gymplan file, skipped"), "\(result.standardError)")
        #expect(result.standardError.contains("\(folder)/schools.xlsx: an Excel workbook: save it as CSV (UTF-8); skipped"))
        #expect(!result.standardError.contains("README.txt"))
        #expect(result.standardError.contains("\(folder)/schools.csv:"))
        try database.drop()
    }

    /// A new folder holding a CSV file that is no gymplan file and an Excel workbook.
    private static func folderWithFilesToSkip() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-skip-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("topic,remark\nmeeting,bring coffee\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.csv"))
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 100)).write(to: URL(fileURLWithPath: folder + "/schools.xlsx"))
        return folder
    }

    /// A failed import still names what it left out: the file with a misspelt name may be the
    /// very file whose absence made the import fail.
    @Test func skippedFilesAreNamedWhenTheImportFails() throws {
        let database = try TestCluster.shared().makeDatabase(label: "skipfail")
        let manager = FileManager.default
        let folder = try Self.folderWithFilesToSkip()
        defer { try? manager.removeItem(atPath: folder) }
        try Data("code,name\nGM0001,A\nX,B\n".utf8).write(to: URL(fileURLWithPath: folder + "/municipalities.csv"))

        let failed = try GymPlanCLI.run(["import", folder], database: database)
        #expect(failed.status == 65, "\(failed.standardError)")
        #expect(failed.standardError.contains("\(folder)/municipalities.csv:3: code: \"X\" is not a municipality code"))
        #expect(failed.standardError.contains("warning: \(folder)/notes.csv: not a gymplan file, skipped"), "\(failed.standardError)")
        #expect(failed.standardError.contains("warning: \(folder)/schools.xlsx: an Excel workbook: save it as CSV (UTF-8); skipped"))
        #expect(try database.connect().count("municipality") == 0)

        // Nothing but files that are not gymplan's: nothing to import, and each is named.
        try manager.removeItem(atPath: folder + "/municipalities.csv")
        let nothing = try GymPlanCLI.run(["import", folder], database: database)
        #expect(nothing.status == 65, "\(nothing.standardError)")
        #expect(nothing.standardError.contains("nothing to import"), "\(nothing.standardError)")
        #expect(nothing.standardError.contains("warning: \(folder)/notes.csv: not a gymplan file, skipped"), "\(nothing.standardError)")
        try database.drop()
    }
}
