import Testing
@testable import DelimitedText

@Suite struct EncodingTests {
    @Test func aBomMeansUtf8AndIsNotPartOfTheFirstName() throws {
        let t = try DelimitedTable(bytes: [0xEF, 0xBB, 0xBF] + Array("code,naam\n1,Súdwest\n".utf8), file: "f")
        #expect(t.encoding == .utf8)
        #expect(t.header.names == ["code", "naam"])
        #expect(t.records.first?.fields == ["1", "Súdwest"])
    }

    @Test func validUtf8IsUtf8() throws {
        let t = try table("naam\nSúdwest-Fryslân € 😀\n")
        #expect(t.encoding == .utf8)
        #expect(t.records.first?.fields == ["Súdwest-Fryslân € 😀"])
    }

    @Test func otherBytesAreWindows1252IncludingTheHighControlRange() throws {
        // "Súdwest" in Windows-1252, then € (0x80), „ (0x84), ™ (0x99), Ÿ (0x9F), ÿ (0xFF).
        let bytes: [UInt8] = Array("naam\nS".utf8) + [0xFA] + Array("dwest ".utf8) + [0x80, 0x84, 0x99, 0x9F, 0xFF, 0x0A]
        let t = try DelimitedTable(bytes: bytes, file: "f")
        #expect(t.encoding == .windows1252)
        #expect(t.records.first?.fields == ["Súdwest €„™Ÿÿ"])
        #expect(t.problems.isEmpty)
    }

    @Test func everyWindows1252ByteDecodesLikeTheStandardTable() {
        let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        for byte in UInt8(0x80) ... 0xFF {
            let scalar = Windows1252.codePoint(of: byte)
            #expect((scalar == nil) == undefined.contains(byte))
        }
        #expect(Windows1252.codePoint(of: 0x80) == 0x20AC)
        #expect(Windows1252.codePoint(of: 0x8A) == 0x0160)
        #expect(Windows1252.codePoint(of: 0x9C) == 0x0153)
        #expect(Windows1252.codePoint(of: 0xA0) == 0xA0)
    }

    @Test(arguments: [UInt8(0x81), 0x8D, 0x8F, 0x90, 0x9D])
    func theFiveUndefinedBytesAreInvalidEncodingWithLineAndColumn(byte: UInt8) throws {
        let bytes: [UInt8] = Array("id;naam\n1;ok\n2;b".utf8) + [byte] + Array("d\n3;ok\n".utf8)
        let t = try DelimitedTable(bytes: bytes, file: "duo.csv")
        #expect(t.encoding == .windows1252)
        let hex = String(byte, radix: 16, uppercase: true)
        #expect(problemTexts(t) == ["duo.csv:3: naam: invalid encoding: byte 0x\(hex) is not valid Windows-1252"])
        #expect(t.records.map(\.line) == [2, 4])
    }

    @Test func forcedUtf8ReportsInvalidBytes() throws {
        let bytes: [UInt8] = Array("a,b\n1,x".utf8) + [0xE9] + Array("\n".utf8)
        let t = try DelimitedTable(bytes: bytes, file: "f", encoding: .utf8)
        #expect(t.encoding == .utf8)
        #expect(problemTexts(t).count == 1)
        #expect(problemTexts(t).first?.hasPrefix("f:2: b: invalid encoding: byte 0xE9 is not valid UTF-8") == true)
    }

    @Test func forcedWindows1252ReadsUtf8BytesAsWindows1252() throws {
        let t = try DelimitedTable(bytes: Array("a\né\n".utf8), file: "f", encoding: .windows1252)
        #expect(t.records.first?.fields == ["Ã©"])
    }

    @Test func utf8ValidationRejectsOverlongsSurrogatesAndTruncation() {
        #expect(UTF8Validation.firstInvalidOffset(in: [0x41, 0xC0, 0x80], from: 0) == 1)
        #expect(UTF8Validation.firstInvalidOffset(in: [0xED, 0xA0, 0x80], from: 0) == 0)
        #expect(UTF8Validation.firstInvalidOffset(in: [0xF4, 0x90, 0x80, 0x80], from: 0) == 0)
        #expect(UTF8Validation.firstInvalidOffset(in: [0x41, 0xE2, 0x82], from: 0) == 1)
        #expect(UTF8Validation.firstInvalidOffset(in: Array("€😀".utf8), from: 0) == nil)
    }

    @Test func encodingNames() {
        #expect(TextEncoding(name: "UTF-8") == .utf8)
        #expect(TextEncoding(name: "windows-1252") == .windows1252)
        #expect(TextEncoding(name: "cp1252") == .windows1252)
        #expect(TextEncoding(name: "latin9") == nil)
    }
}
