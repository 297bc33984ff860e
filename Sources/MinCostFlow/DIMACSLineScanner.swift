/// Splits DIMACS text into lines and a line into whitespace-separated fields, without copying.
struct DIMACSLineScanner {
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let newline = UInt8(ascii: "\n")

    let bytes: UnsafeBufferPointer<UInt8>
    /// The 1-based number of the current line.
    private(set) var lineNumber = 0
    private var lineEnd = 0
    private var nextLineStart = 0
    private var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Moves to the next line and returns its first field's first byte, or nil at the end of the text;
    /// returns 0 for a blank line.
    mutating func nextLine() -> UInt8? {
        guard nextLineStart < bytes.count else { return nil }
        lineNumber += 1
        position = nextLineStart
        var end = position
        while end < bytes.count && bytes[end] != Self.newline {
            end += 1
        }
        nextLineStart = end + 1
        lineEnd = end
        skipSpaces()
        return position < lineEnd ? bytes[position] : 0
    }

    /// Whether the rest of the line is blank.
    mutating func isAtLineEnd() -> Bool {
        skipSpaces()
        return position == lineEnd
    }

    /// The next field, or nil at the end of the line.
    mutating func field() -> Slice<UnsafeBufferPointer<UInt8>>? {
        skipSpaces()
        guard position < lineEnd else { return nil }
        let start = position
        while position < lineEnd && !isSpace(bytes[position]) {
            position += 1
        }
        return bytes[start..<position]
    }

    /// The next field as a 64-bit integer; the error names `what`.
    mutating func integer(_ what: String) throws(DIMACSError) -> Int64 {
        guard let field = field() else {
            throw DIMACSError(line: lineNumber, reason: "missing \(what)")
        }
        var index = field.startIndex
        var negative = false
        if index < field.endIndex && (field[index] == UInt8(ascii: "-") || field[index] == UInt8(ascii: "+")) {
            negative = field[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < field.endIndex else {
            throw DIMACSError(line: lineNumber, reason: "\(what) is not an integer: \(String(decoding: field, as: UTF8.self))")
        }
        // Accumulate negatively so that Int64.min parses too.
        var value: Int64 = 0
        while index < field.endIndex {
            let digit = Int64(field[index]) - Int64(UInt8(ascii: "0"))
            guard digit >= 0 && digit <= 9 else {
                throw DIMACSError(line: lineNumber, reason: "\(what) is not an integer: \(String(decoding: field, as: UTF8.self))")
            }
            let (scaled, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = scaled.subtractingReportingOverflow(digit)
            guard !overflow1 && !overflow2 else {
                throw DIMACSError(line: lineNumber, reason: "\(what) out of range: \(String(decoding: field, as: UTF8.self))")
            }
            value = next
            index += 1
        }
        if negative { return value }
        guard value != .min else {
            throw DIMACSError(line: lineNumber, reason: "\(what) out of range: \(String(decoding: field, as: UTF8.self))")
        }
        return -value
    }

    /// Throws unless the rest of the line is blank.
    mutating func expectLineEnd() throws(DIMACSError) {
        if let extra = field() {
            throw DIMACSError(line: lineNumber, reason: "unexpected field \(String(decoding: extra, as: UTF8.self))")
        }
    }

    private mutating func skipSpaces() {
        while position < lineEnd && isSpace(bytes[position]) {
            position += 1
        }
    }

    @inline(__always)
    private func isSpace(_ byte: UInt8) -> Bool {
        byte == Self.space || byte == Self.tab || byte == Self.carriageReturn
    }
}
