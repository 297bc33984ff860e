import Testing
@testable import DelimitedText

@Suite struct DelimiterTests {
    @Test func detectedFromTheHeaderOutsideQuotes() throws {
        #expect(try table("a,b\n1;2,3\n").delimiter == .comma)
        #expect(try table("a;b;c\n1,5;2;3\n").delimiter == .semicolon)
        #expect(try table("\"x;y;z\",b\n1,2\n").delimiter == .comma)
        #expect(try table("\"x,y,z\";b\n1;2\n").delimiter == .semicolon)
        #expect(try table("single\n1\n").delimiter == .comma)
    }

    @Test func decimalCommaSurvivesInSemicolonFiles() throws {
        let t = try table("hours;halls\n4,5;2\n")
        #expect(t.records.first?.fields == ["4,5", "2"])
    }

    @Test func callerMayForceTheDelimiter() throws {
        let t = try DelimitedTable(bytes: Array("a;b\n1;2\n".utf8), file: "f", delimiter: .comma)
        #expect(t.header.names == ["a;b"])
        #expect(t.records.first?.fields == ["1;2"])
    }
}
