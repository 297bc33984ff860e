import Foundation
import TestSupport
import Testing

/// Files of a folder that are not gymplan files are named on standard error as skipped, and the
/// folder's other files are imported.
@Suite struct ImportSkippedFilesTests {
    @Test func skippedFilesOfAFolderAreNamed() throws {
        let database = try TestCluster.shared().makeDatabase(label: "skipped")
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("gp-skip-\(UUID().uuidString)").path
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: folder) }
        for name in try manager.contentsOfDirectory(atPath: BadInputCorpusTests.contractFixtures) {
            try manager.copyItem(atPath: BadInputCorpusTests.contractFixtures + "/" + name, toPath: folder + "/" + name)
        }
        try Data("topic,remark\nmeeting,bring coffee\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.csv"))
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 100)).write(to: URL(fileURLWithPath: folder + "/schools.xlsx"))
        try Data("readme".utf8).write(to: URL(fileURLWithPath: folder + "/README.txt"))

        let result = try GymPlanCLI.run(["import", folder], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("\(folder)/notes.csv: not a gymplan file, skipped"), "\(result.standardError)")
        #expect(result.standardError.contains("\(folder)/schools.xlsx: an Excel workbook: save it as CSV (UTF-8); skipped"))
        #expect(!result.standardError.contains("README.txt"))
        #expect(result.standardError.contains("\(folder)/schools.csv:"))
        try database.drop()
    }
}
