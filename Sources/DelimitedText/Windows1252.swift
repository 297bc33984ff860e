/// The Windows-1252 code page, decoded to UTF-8.
enum Windows1252 {
    /// The code points of bytes 0x80...0x9F; 0 marks the five bytes Windows-1252 leaves undefined
    /// (0x81, 0x8D, 0x8F, 0x90, 0x9D). Bytes 0xA0...0xFF are U+00A0...U+00FF.
    static let highControlRange: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The code point of `byte`, or nil for the five undefined bytes.
    static func codePoint(of byte: UInt8) -> UInt32? {
        switch byte {
        case 0x80 ... 0x9F:
            let scalar = highControlRange[Int(byte - 0x80)]
            return scalar == 0 ? nil : UInt32(scalar)
        default:
            return UInt32(byte)
        }
    }

    /// `bytes` from `start` in UTF-8, with undefined bytes replaced by U+FFFD, and where they were.
    static func transcode(_ bytes: [UInt8], from start: Int) -> ([UInt8], [DecodedText.InvalidByte]) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count - start + bytes.count / 32)
        var invalid: [DecodedText.InvalidByte] = []
        for byte in bytes[start...] {
            if byte < 0x80 {
                output.append(byte)
            } else if let scalar = codePoint(of: byte) {
                appendUTF8(scalar, to: &output)
            } else {
                invalid.append(.init(offset: output.count, byte: byte))
                output.append(contentsOf: UTF8Validation.replacementCharacter)
            }
        }
        return (output, invalid)
    }

    /// Appends a code point below U+10000 in UTF-8.
    @inline(__always)
    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        if scalar < 0x800 {
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
