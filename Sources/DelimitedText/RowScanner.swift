/// Splits UTF-8 bytes into rows of trimmed fields (RFC 4180 quoting), one row at a time.
///
/// It works on raw bytes and only builds a String for each field, so national files parse fast.
/// Rows that span lines (quoted line breaks) get the line where they start.
struct RowScanner {
    /// One row as scanned: its fields and, when it is malformed, what is wrong.
    struct Row {
        var line: Int
        /// Offsets of the row's first byte and one past its last, line break excluded.
        var start: Int
        var end: Int
        var fields: [String?] = []
        /// Offset one past each field's last byte, to place encoding problems in a column.
        var fieldEnds: [Int] = []
        var problem: (kind: DelimitedTextError.Kind, message: String, field: Int)?
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    /// Where the next row is looked for, and its line.
    private(set) var offset: Int
    private(set) var line: Int
    private var scratch: [UInt8] = []

    /// Scans `bytes` from `offset`, which is on line `line`.
    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: Delimiter, offset: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.delimiter = delimiter.rawValue
        self.offset = offset
        self.line = line
    }

    /// The next row, skipping empty lines; nil at the end of the input.
    mutating func next(expectedFields: Int = 0) -> Row? {
        skipEmptyLines()
        guard offset < bytes.count else { return nil }
        var row = Row(line: line, start: offset, end: offset)
        row.fields.reserveCapacity(expectedFields)
        row.fieldEnds.reserveCapacity(expectedFields)
        while true {
            skipSpaces()
            let value: String?
            if offset < bytes.count && bytes[offset] == ByteCode.quote {
                guard let quoted = scanQuotedField() else {
                    row.fields.append(nil)
                    row.fieldEnds.append(bytes.count)
                    row.end = bytes.count
                    row.problem = (.unterminatedQuote, "quoted field is not closed before the end of the file", row.fields.count - 1)
                    return row
                }
                value = quoted
                skipSpaces()
                if offset < bytes.count, !isFieldEnd(bytes[offset]) {
                    if row.problem == nil {
                        row.problem = (.textAfterQuote, "text after the closing quote of a field", row.fields.count)
                    }
                    while offset < bytes.count, !isFieldEnd(bytes[offset]) { offset += 1 }
                }
            } else {
                value = scanPlainField()
            }
            row.fields.append(value)
            row.fieldEnds.append(offset)
            guard offset < bytes.count else {
                row.end = offset
                return row
            }
            if bytes[offset] == delimiter {
                offset += 1
                continue
            }
            row.end = offset
            skipLineBreak()
            return row
        }
    }

    @inline(__always)
    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == ByteCode.lineFeed || byte == ByteCode.carriageReturn
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == ByteCode.space || byte == ByteCode.tab
    }

    private mutating func skipSpaces() {
        while offset < bytes.count, RowScanner.isSpace(bytes[offset]) { offset += 1 }
    }

    /// Consumes one line break (LF, CRLF or a lone CR) at `offset`.
    private mutating func skipLineBreak() {
        if bytes[offset] == ByteCode.carriageReturn {
            offset += 1
            if offset < bytes.count, bytes[offset] == ByteCode.lineFeed { offset += 1 }
        } else {
            offset += 1
        }
        line += 1
    }

    private mutating func skipEmptyLines() {
        while offset < bytes.count,
              bytes[offset] == ByteCode.lineFeed || bytes[offset] == ByteCode.carriageReturn {
            skipLineBreak()
        }
    }

    /// An unquoted field up to the next delimiter or line break, trimmed; nil when empty.
    private mutating func scanPlainField() -> String? {
        let start = offset
        while offset < bytes.count, !isFieldEnd(bytes[offset]) { offset += 1 }
        var end = offset
        while end > start, RowScanner.isSpace(bytes[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< end]), as: UTF8.self)
    }

    /// A quoted field from its opening quote to past its closing quote, with `""` unescaped and
    /// surrounding spaces trimmed; nil when the quote is never closed.
    private mutating func scanQuotedField() -> String?? {
        offset += 1
        scratch.removeAll(keepingCapacity: true)
        var segmentStart = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == ByteCode.quote {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart ..< offset]))
                if offset + 1 < bytes.count, bytes[offset + 1] == ByteCode.quote {
                    scratch.append(ByteCode.quote)
                    offset += 2
                    segmentStart = offset
                    continue
                }
                offset += 1
                return .some(trimmedString(scratch))
            }
            if byte == ByteCode.lineFeed {
                line += 1
            } else if byte == ByteCode.carriageReturn,
                      offset + 1 == bytes.count || bytes[offset + 1] != ByteCode.lineFeed {
                line += 1
            }
            offset += 1
        }
        return nil
    }

    private func trimmedString(_ bytes: [UInt8]) -> String? {
        var start = 0
        var end = bytes.count
        while start < end, RowScanner.isSpace(bytes[start]) { start += 1 }
        while end > start, RowScanner.isSpace(bytes[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        return String(decoding: bytes[start ..< end], as: UTF8.self)
    }
}
