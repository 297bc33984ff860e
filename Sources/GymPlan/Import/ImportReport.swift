import DelimitedText
import Foundation

/// What an import did (or, in a dry run, would do), per file.
public struct ImportReport: Sendable, Codable {
    public var dryRun: Bool
    public var files: [FileSummary]
    /// Unknown columns, skipped files, teachers with two open grants.
    public var warnings: [ImportProblem]
    /// Things done beyond the files' own rows (schools located from the PC4 table).
    public var notes: [String]

    /// One file's outcome.
    public struct FileSummary: Sendable, Codable {
        public var file: String
        /// `schools`, `duo-schools`, `cbs-municipalities`, `pc4`, ...
        public var kind: String
        /// The table its rows go to.
        public var table: String
        /// What its rows are, plural ("schools", "classes"), for the summary line.
        public var rowNoun: String
        public var encoding: String
        public var delimiter: String
        public var rows: Int
        public var inserted: Int
        public var updated: Int
        public var unchanged: Int
        /// Rows of the school years and schools the file names that it no longer has (classes, lessons).
        public var deleted: Int
        public var notes: [String]
    }

    /// One line per file, then the notes and warnings, for standard error.
    public var text: String {
        var lines: [String] = []
        for file in files {
            var counts = "\(file.inserted) inserted, \(file.updated) updated, \(file.unchanged) unchanged"
            if file.deleted > 0 { counts += ", \(file.deleted) deleted" }
            lines.append("\(file.file): \(file.rows) \(file.rowNoun) (\(counts))")
            lines += file.notes.map { "  \($0)" }
        }
        lines += notes
        lines += warnings.map { "warning: \($0)" }
        if dryRun { lines.append("dry run: nothing was written") }
        return lines.joined(separator: "\n")
    }

    /// The report as JSON with snake_case keys, for `--json`.
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
