import Testing
@testable import DelimitedText

@Suite struct HeaderTests {
    @Test func namesAreTrimmedAndFoundIgnoringCase() throws {
        let t = try table(" School_ID ;NAME\n00AP00;x\n")
        #expect(t.header.names == ["School_ID", "NAME"])
        #expect(t.header.index(of: "school_id") == 0)
        #expect(t.header.index(of: "Name") == 1)
        #expect(t.header.index(of: "other") == nil)
        #expect(t.headerLine == 1)
    }

    @Test func duplicateNamesAreListed() {
        #expect(Header(names: ["a", "B", "b", "A", "c"]).duplicateNames == ["b", "A"])
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(throws: DelimitedTextError.self) { try table("") }
        #expect(throws: DelimitedTextError.self) { try table("\n\r\n") }
    }

    @Test func aHeaderOnlyFileHasNoRecords() throws {
        let t = try table("a,b\n")
        #expect(t.records.isEmpty && t.problems.isEmpty)
    }
}
