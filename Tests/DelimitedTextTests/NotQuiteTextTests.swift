import Testing
@testable import DelimitedText

/// Input that is not clean delimited text: spreadsheets, PDFs, binary files, corrupt UTF-8 and
/// control characters.
@Suite struct NotQuiteTextTests {
    @Test(arguments: [
        ([UInt8]([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]), "an Excel workbook: save it as CSV (UTF-8)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], "an old Excel workbook (.xls): save it as CSV (UTF-8)"),
        (Array("%PDF-1.7\n".utf8), "a PDF document: save it as CSV (UTF-8)"),
        ([0xFF, 0xFE, 0x61, 0x00], "UTF-16 text (Excel's \"Unicode text\"): save it as CSV (UTF-8)"),
        ([UInt8](repeating: 0, count: 64) + [0x01, 0x02, 0x61], "a binary file, not CSV text: save the data as CSV (UTF-8)"),
    ])
    func aFileThatIsNotTextIsOneProblem(bytes: [UInt8], message: String) {
        #expect(throws: DelimitedTextError(kind: .notText, file: "schools.xlsx", line: 0, message: message)) {
            try DelimitedTable(bytes: bytes + Array(repeating: 0x41, count: 200), file: "schools.xlsx")
        }
    }

    @Test func utf8WithOneCorruptSequenceIsCorruptUtf8NotWindows1252() throws {
        // Valid "Súdwest-Fryslân" and "Café", then a lone 0xE9 (Windows-1252 é) in line 4.
        let bytes = Array("code,name\nGM1900,Súdwest-Fryslân\nGM0001,Café\nGM0002,Caf".utf8) + [0xE9] + Array("\n".utf8)
        let t = try DelimitedTable(bytes: bytes, file: "m.csv")
        #expect(t.encoding == .utf8)
        #expect(t.records.map { $0.fields[1] } == ["Súdwest-Fryslân", "Café"])
        #expect(problemTexts(t).count == 1)
        #expect(problemTexts(t).first?.hasPrefix("m.csv:4: name: invalid encoding: byte 0xE9 is not valid UTF-8") == true)
    }

    @Test func windows1252WithoutAnyUtf8SequenceStaysWindows1252() throws {
        let bytes = Array("code;name\nGM1900;S".utf8) + [0xFA] + Array("dwest-Frysl".utf8) + [0xE2] + Array("n\n".utf8)
        let t = try DelimitedTable(bytes: bytes, file: "duo.csv")
        #expect(t.encoding == .windows1252)
        #expect(t.records.first?.fields == ["GM1900", "Súdwest-Fryslân"])
        #expect(t.problems.isEmpty)
    }

    @Test func aNulInAFieldIsAProblemWithLineAndColumn() throws {
        let t = try table("code,name\nGM0001,A\u{0}msterdam\nGM0002,Ok\n")
        #expect(problemTexts(t) == ["t.csv:2: name: contains the control character NUL: remove it"])
        #expect(t.records.map(\.line) == [3])
    }

    @Test func tabsAndQuotedLineBreaksAreNotControlCharacters() throws {
        let t = try table("code,name\nGM0001,\"two\r\nlines\tand a tab\"\n")
        #expect(t.problems.isEmpty)
    }
}
