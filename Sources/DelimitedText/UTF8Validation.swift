/// Byte-level UTF-8 validation, fast on ASCII, without building Strings.
enum UTF8Validation {
    /// The offset of the first byte of the first invalid sequence at or after `start`, or nil
    /// when the rest of `bytes` is valid UTF-8.
    static func firstInvalidOffset(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length == 0 { return index }
                index += length
            }
            return nil
        }
    }

    /// Whether `bytes` from `start` hold at least one valid multi-byte sequence (an accented letter
    /// written in UTF-8). A Windows-1252 file practically never does: its accented letters are
    /// single bytes that are not followed by continuation bytes.
    static func containsMultiByteSequence(in bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length > 0 { return true }
                index += 1
            }
            return false
        }
    }

    /// `bytes` from `start` with every invalid byte replaced by U+FFFD, and where they were.
    static func repaired(_ bytes: [UInt8], from start: Int) -> ([UInt8], [DecodedText.InvalidByte]) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count - start + 16)
        var invalid: [DecodedText.InvalidByte] = []
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                let byte = buffer[index]
                if byte < 0x80 {
                    output.append(byte)
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length == 0 {
                    invalid.append(.init(offset: output.count, byte: byte))
                    output.append(contentsOf: replacementCharacter)
                    index += 1
                } else {
                    output.append(contentsOf: buffer[index ..< index + length])
                    index += length
                }
            }
        }
        return (output, invalid)
    }

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// The length of the valid multi-byte sequence starting at `index`, or 0 when it is invalid
    /// (overlong forms, surrogates and code points above U+10FFFF are invalid).
    @inline(__always)
    private static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let remaining = buffer.count - index
        func continuation(_ offset: Int) -> Bool {
            offset < remaining && buffer[index + offset] & 0xC0 == 0x80
        }
        switch lead {
        case 0xC2 ... 0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0 ... 0xEF:
            guard continuation(1), continuation(2) else { return 0 }
            let second = buffer[index + 1]
            if lead == 0xE0 && second < 0xA0 { return 0 }  // overlong
            if lead == 0xED && second > 0x9F { return 0 }  // surrogate
            return 3
        case 0xF0 ... 0xF4:
            guard continuation(1), continuation(2), continuation(3) else { return 0 }
            let second = buffer[index + 1]
            if lead == 0xF0 && second < 0x90 { return 0 }  // overlong
            if lead == 0xF4 && second > 0x8F { return 0 }  // above U+10FFFF
            return 4
        default:
            return 0
        }
    }
}
