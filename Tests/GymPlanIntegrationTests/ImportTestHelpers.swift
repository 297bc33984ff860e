import Foundation
import GymPlan
import PostgresClient

/// A folder of files written for one test, removed when the value goes away.
final class ImportTempFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "gymplan-import-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` (UTF-8) to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }
}

extension Connection {
    func count(_ table: String, _ condition: String = "true") throws -> Int {
        try query("SELECT count(*) FROM \(table) WHERE \(condition)").scalar(Int.self)
    }

    /// A fingerprint of every row of every data table, to check that nothing changed.
    func fingerprint() throws -> String {
        let tables = ["postcode_area", "municipality", "school", "gym", "gym_hours", "school_hours", "gym_site", "distance", "class",
                      "teacher", "lesson", "grant_application", "dataset_source"]
        return try tables.map { table in
            try query("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM \(table) t").scalar(String.self)
        }.joined(separator: ",")
    }

    /// Imports and returns the report; test failures show the problems.
    @discardableResult
    func importFiles(_ paths: [String], dryRun: Bool = false) throws -> ImportReport {
        try Importer(connection: self).importFiles(at: paths, options: ImportOptions(dryRun: dryRun))
    }

    /// Imports expecting a rejection, and returns the problems as text.
    func importProblems(_ paths: [String]) throws -> [String] {
        do {
            try importFiles(paths)
            return []
        } catch let failure as ImportFailure {
            return failure.problems.map(\.description)
        }
    }
}

extension ImportReport {
    func summary(_ fileSuffix: String) -> FileSummary? {
        files.first { $0.file.hasSuffix(fileSuffix) }
    }
}
