import Testing
@testable import DelimitedText

@Suite struct ProblemTests {
    @Test func everyRowWithTheWrongNumberOfFieldsIsReported() throws {
        let t = try table("a,b,c\n1,2,3\n1,2\n1,2,3,4\n5,6,7\n")
        #expect(problemTexts(t) == [
            "t.csv:3: the row has 2 fields, the header has 3",
            "t.csv:4: the row has 4 fields, the header has 3",
        ])
        #expect(t.records.map(\.line) == [2, 5])
    }

    @Test func descriptionLeavesOutWhatIsUnknown() {
        #expect(DelimitedTextError(kind: .missingHeader, file: "f.csv", line: 0, message: "m").description == "f.csv: m")
        #expect(DelimitedTextError(kind: .wrongFieldCount, file: "f.csv", line: 3, column: "code", message: "m").description
            == "f.csv:3: code: m")
    }

    @Test func aMissingFileIsUnreadable() {
        #expect {
            try DelimitedTable(contentsOfFile: "/nonexistent/x.csv")
        } throws: { error in
            (error as? DelimitedTextError)?.kind == .unreadable
        }
    }
}
