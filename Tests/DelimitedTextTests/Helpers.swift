@testable import DelimitedText

/// Reads `text` (UTF-8) as a file named `t.csv`.
func table(_ text: String, encoding: TextEncoding? = nil) throws -> DelimitedTable {
    try DelimitedTable(bytes: Array(text.utf8), file: "t.csv", encoding: encoding)
}

/// The descriptions of a table's problems.
func problemTexts(_ table: DelimitedTable) -> [String] {
    table.problems.map(\.description)
}
