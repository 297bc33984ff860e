import Testing
@testable import DelimitedText

/// A file read as far as its header first, its rows scanned later (`DelimitedTableHead`); the
/// other suites test the whole table, which `DelimitedTable` reads through a head.
@Suite struct HeadTests {
    private static let text = "\n\n\"a\"x,b\u{1},c\n1,2\n1,\"two\nlines\",3\n4,5,\u{1}\n7,8,9"

    @Test func theHeadKnowsTheHeaderAndOnlyItsProblems() throws {
        let head = try DelimitedTableHead(bytes: Array(Self.text.utf8), file: "t.csv")
        #expect(head.header.names == ["a", "b\u{1}", "c"])
        #expect(head.headerLine == 3)
        #expect(head.delimiter == .comma && head.encoding == .utf8)
        #expect(head.problems.map(\.description) == [
            "t.csv:3: text after the closing quote of a field",
            "t.csv:3: b\u{1}: contains the control character U+0001: remove it",
        ])
    }

    @Test func itsTableScansTheRowsAfterTheHeader() throws {
        let table = try DelimitedTableHead(bytes: Array(Self.text.utf8), file: "t.csv").table()
        #expect(table.records == [
            Record(line: 5, fields: ["1", "two\nlines", "3"]),
            Record(line: 8, fields: ["7", "8", "9"]),
        ])
        #expect(table.problems.map(\.description) == [
            "t.csv:3: text after the closing quote of a field",
            "t.csv:3: b\u{1}: contains the control character U+0001: remove it",
            "t.csv:4: the row has 2 fields, the header has 3",
            "t.csv:7: c: contains the control character U+0001: remove it",
        ])
    }

    @Test func aHeaderWithoutRowsHasAnEmptyTable() throws {
        let table = try DelimitedTableHead(bytes: Array("a;b".utf8), file: "t.csv").table()
        #expect(table.header.names == ["a", "b"] && table.delimiter == .semicolon)
        #expect(table.records.isEmpty && table.problems.isEmpty)
    }

    @Test func anEmptyFileHasNoHead() {
        #expect {
            try DelimitedTableHead(bytes: Array("\n\n".utf8), file: "t.csv")
        } throws: { error in
            (error as? DelimitedTextError)?.kind == .missingHeader
        }
    }
}
