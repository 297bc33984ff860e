/// The field separators a delimited text file may use.
public enum Delimiter: UInt8, Sendable, Hashable, CaseIterable {
    case comma = 0x2C
    case semicolon = 0x3B

    /// The delimiter of a header row: the one that occurs more often outside quotes; a comma when
    /// neither does (a one-column file) or both occur equally often.
    static func detect(inHeaderOf utf8: UnsafeBufferPointer<UInt8>) -> Delimiter {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in utf8 {
            switch byte {
            case ByteCode.quote: quoted.toggle()
            case Delimiter.comma.rawValue where !quoted: commas += 1
            case Delimiter.semicolon.rawValue where !quoted: semicolons += 1
            case ByteCode.lineFeed where !quoted, ByteCode.carriageReturn where !quoted:
                return semicolons > commas ? .semicolon : .comma
            default: break
            }
        }
        return semicolons > commas ? .semicolon : .comma
    }
}

/// The ASCII bytes the parser looks at.
enum ByteCode {
    static let quote: UInt8 = 0x22
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
}
