import Foundation
import TestSupport
import Testing

/// Every value reaches PostgreSQL as a query parameter. This test reads the sources and fails when
/// SQL text passed to `query`, `execute(script:)` or `copyIn` interpolates anything but an
/// identifier quoted by libpq or a name the code itself defines (listed below, with the reason).
@Suite struct SQLParameterisationTests {
    /// Interpolations allowed in SQL text: identifiers, never values.
    static let allowedInterpolations: [String: String] = [
        "role": "quoted with quoteIdentifier",
        "database": "quoted with quoteIdentifier",
        "table": "a table name from the code's own list of tables",
        "target.name": "a table name from the code's own list of tables",
        "constraint.table": "a table name read from the catalog by the code",
        "adds.joined(separator: \", \")": "constraint definitions read from pg_get_constraintdef",
        "Self.templateName": "a constant",
        "owner": "the owner column of an hours table, gym_id or school_id, written in the code",
        // Goals: column lists and grouping expressions defined in the code.
        "code": "TrendReport.Grouping's SQL expression for the group code",
        "name": "TrendReport.Grouping's SQL expression for the group name",
        "SchoolGoalStatus.columns": "a constant column list",
        "GoalFinding.columns": "a constant column list",
        // Deletion: the tables of DataKind and the reference columns of DataDeletion's own list.
        "tables": "the table names of DataKind, joined",
        "reference.table": "a table name from DataDeletion's own list",
        "reference.column": "a column name from DataDeletion's own list",
        // Import: statements generated from the TargetTable definitions (table and column names).
        "TargetTable.grant.staging": "a staging table name",
        "target.staging": "a staging table name",
        "condition": "a catalog filter written in the code; its value is a parameter",
        "missing": "column expressions from TargetTable",
        "distinct": "column expressions from TargetTable",
        "join": "a join condition over key columns from TargetTable",
        "rowFilter": "a filter over the staging table's file number (an Int)",
        "scopeColumns": "key columns from TargetTable",
        "file": "the file's number in this import (an Int)",
        "inScope": "key columns from TargetTable",
        "sameKey": "key columns from TargetTable",
        "list": "column names from TargetTable",
        "keys": "key columns from TargetTable",
        #"columns.map { "s.\($0)" }.joined(separator: ", ")"#: "column names from TargetTable",
        #"conflict.isEmpty ? "" : "ON CONFLICT (\(target.key.joined(separator: ", "))) \(conflict)""#:
            "key and column names from TargetTable",
    ]

    static var sourcesDirectory: URL { Repository.sources }

    @Test func sqlIsNeverBuiltByPastingValues() throws {
        var offenders: [String] = []
        let files = FileManager.default.enumerator(atPath: Self.sourcesDirectory.path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 20)
        for file in files where !file.hasPrefix("gymplan-bench/") {
            let text = try String(contentsOf: Self.sourcesDirectory.appendingPathComponent(file), encoding: .utf8)
            for expression in Self.sqlInterpolations(in: text) where !Self.isAllowed(expression) {
                offenders.append("\(file): \\(\(expression))")
            }
        }
        #expect(offenders.isEmpty, "SQL built by pasting values:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func theScannerFindsPastedValues() {
        let source = #"""
            try connection.query("SELECT * FROM school WHERE school_id = '\(schoolId)'")
            try connection.query("""
                DELETE FROM lesson WHERE class_id = '\(classId)'
                """)
            try connection.query("SELECT $1", [value])
            try admin.query("CREATE DATABASE \(try admin.quoteIdentifier(name))")
            """#
        let found = Self.sqlInterpolations(in: source)
        #expect(found.filter { !Self.isAllowed($0) } == ["schoolId", "classId"])
    }

    static func isAllowed(_ expression: String) -> Bool {
        expression.contains("quoteIdentifier(") || allowedInterpolations[expression] != nil
    }

    /// The expressions interpolated into the string literal that follows each SQL call.
    static func sqlInterpolations(in source: String) -> [String] {
        var found: [String] = []
        let characters = Array(source)
        var index = 0
        let openers = ["query(", "execute(script:", "copyIn("].map(Array.init)
        while index < characters.count {
            guard let opener = openers.first(where: { matches($0, characters, at: index) }) else {
                index += 1
                continue
            }
            index += opener.count
            while index < characters.count, characters[index] == " " { index += 1 }
            guard index < characters.count, characters[index] == "\"" else { continue }
            let triple = matches(Array("\"\"\""), characters, at: index)
            index += triple ? 3 : 1
            // Read to the end of the literal, collecting \( ... ) with balanced parentheses.
            while index < characters.count {
                if triple ? matches(Array("\"\"\""), characters, at: index) : characters[index] == "\"" { break }
                if !triple && characters[index] == "\n" { break }
                if characters[index] == "\\", index + 1 < characters.count, characters[index + 1] == "(" {
                    var depth = 1
                    var end = index + 2
                    while end < characters.count, depth > 0 {
                        if characters[end] == "(" { depth += 1 }
                        if characters[end] == ")" { depth -= 1 }
                        end += 1
                    }
                    found.append(String(characters[(index + 2)..<(end - 1)]).trimmingCharacters(in: .whitespaces))
                    index = end
                    continue
                }
                index += 1
            }
        }
        return found
    }

    static func matches(_ pattern: [Character], _ characters: [Character], at index: Int) -> Bool {
        guard index + pattern.count <= characters.count else { return false }
        return Array(characters[index..<(index + pattern.count)]) == pattern
    }
}
