import Testing
@testable import DelimitedText

@Suite struct QuotingTests {
    @Test func plainFieldsAreTrimmedAndEmptyCellsAreAbsent() throws {
        let t = try table("a,b,c\n 1 ,,  \n")
        #expect(t.records == [Record(line: 2, fields: ["1", nil, nil])])
        #expect(t.problems.isEmpty)
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws {
        let t = try table("name,note\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,\"\"\n")
        #expect(t.records.map(\.fields) == [["a, b", "say \"hi\""], ["two\nlines", "x"], ["last", nil]])
        #expect(t.records.map(\.line) == [2, 3, 5])
    }

    @Test func crlfLineEndsAndQuotedCrlf() throws {
        let t = try table("a;b\r\n\"x\r\ny\";2\r\n3;4\r\n")
        #expect(t.delimiter == .semicolon)
        #expect(t.records.map(\.fields) == [["x\r\ny", "2"], ["3", "4"]])
        #expect(t.records.map(\.line) == [2, 4])
    }

    @Test func trailingEmptyLinesAndMissingFinalNewlineAreFine() throws {
        #expect(try table("a,b\n1,2\n\n\n").records.count == 1)
        #expect(try table("a,b\n1,2").records == [Record(line: 2, fields: ["1", "2"])])
    }

    @Test func emptyLinesInsideAreSkippedButCountedForLines() throws {
        let t = try table("a,b\n\n1,2\r\n\r\n3,4\n")
        #expect(t.records.map(\.line) == [3, 5])
    }

    @Test func spacesAroundQuotedFieldsAreTrimmed() throws {
        let t = try table("a,b\n  \"x\"  , \" y \"\n")
        #expect(t.records.first?.fields == ["x", "y"])
    }

    @Test func aBareQuoteInsideAPlainFieldIsData() throws {
        let t = try table("a,b\n5\" tall,x\n")
        #expect(t.records.first?.fields == ["5\" tall", "x"])
    }

    @Test func textAfterAClosingQuoteIsAProblem() throws {
        let t = try table("a,b\n\"x\"y,2\n3,4\n")
        #expect(problemTexts(t) == ["t.csv:2: a: text after the closing quote of a field"])
        #expect(t.records.map(\.line) == [3])
    }

    @Test func anUnclosedQuoteIsAProblemAtTheLineWhereTheRowStarts() throws {
        let t = try table("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(t.problems.map(\.kind) == [.unterminatedQuote])
        #expect(t.problems.first?.line == 3)
        #expect(t.problems.first?.column == "b")
        #expect(t.records.count == 1)
    }
}
