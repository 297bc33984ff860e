/// The problems of the rows of one part of a file, found row by row in file order: the row's own
/// (bad quoting, field count) and the invalid bytes and control characters inside it.
struct RowProblems {
    private let file: String
    private let header: Header
    private let encoding: TextEncoding
    private let buffer: UnsafeBufferPointer<UInt8>
    private var invalid: ArraySlice<DecodedText.InvalidByte>
    private var controls: ArraySlice<Int>
    private(set) var found: [DelimitedTextError] = []

    /// For the rows between offsets `start` and `end` of `buffer`.
    init(
        file: String, header: Header, encoding: TextEncoding, buffer: UnsafeBufferPointer<UInt8>,
        invalidBytes: [DecodedText.InvalidByte], from start: Int, to end: Int
    ) {
        self.file = file
        self.header = header
        self.encoding = encoding
        self.buffer = buffer
        self.invalid = invalidBytes[...]
        self.controls = Self.controlCharacterOffsets(in: buffer, from: start, to: end)[...]
    }

    mutating func add(_ kind: DelimitedTextError.Kind, _ row: RowScanner.Row, field: Int?, _ message: String) {
        let column = field.flatMap { $0 < header.count ? header.names[$0] : nil }
        found.append(DelimitedTextError(kind: kind, file: file, line: row.line, column: column, message: message))
    }

    /// Reports the invalid bytes and control characters inside `row`; true when there were any.
    mutating func reportInvalidBytes(in row: RowScanner.Row) -> Bool {
        var any = false
        while let first = invalid.first, first.offset < row.end {
            invalid.removeFirst()
            guard first.offset >= row.start else { continue }
            any = true
            let field = row.fieldEnds.firstIndex { first.offset < $0 }
            let hex = String(first.byte, radix: 16, uppercase: true)
            let message = encoding == .utf8
                ? "invalid encoding: byte 0x\(hex) is not valid UTF-8 (the file is UTF-8 with a corrupt byte sequence here: correct or retype this value)"
                : "invalid encoding: byte 0x\(hex) is not valid Windows-1252"
            add(.invalidEncoding, row, field: field, message)
        }
        while let offset = controls.first, offset < row.end {
            controls.removeFirst()
            guard offset >= row.start else { continue }
            any = true
            let field = row.fieldEnds.firstIndex { offset < $0 }
            let code = String(buffer[offset], radix: 16, uppercase: true)
            let name = buffer[offset] == 0 ? "NUL" : "U+" + String(repeating: "0", count: 4 - code.count) + code
            add(.controlCharacter, row, field: field, "contains the control character \(name): remove it")
        }
        return any
    }

    /// The offsets of control characters other than tab, line feed and carriage return.
    private static func controlCharacterOffsets(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [Int] {
        var offsets: [Int] = []
        for index in start ..< end where buffer[index] < 0x20 {
            let byte = buffer[index]
            if byte != 0x09 && byte != 0x0A && byte != 0x0D { offsets.append(index) }
        }
        return offsets
    }
}
