/// A delimited text file read into a header and records, with every problem found in it.
///
/// Reading never stops at a bad row: `records` holds the well-formed rows and `problems` the
/// others (wrong number of fields, bad quoting, invalid encoding), each with file, line and column.
public struct DelimitedTable: Sendable {
    /// The file's name as the user gave it, used in problems.
    public let file: String
    /// The encoding the file was read in: detected, or as forced by the caller.
    public let encoding: TextEncoding
    /// The delimiter detected from the header row, or as forced by the caller.
    public let delimiter: Delimiter
    /// The header row's column names.
    public let header: Header
    /// The physical line of the header row.
    public let headerLine: Int
    /// The well-formed data rows, in file order.
    public let records: [Record]
    /// Problems of rows left out of `records` and of the header, in file order.
    public let problems: [DelimitedTextError]

    /// Reads `bytes`. Throws only when there is no header row; everything else is a problem.
    ///
    /// - Parameters:
    ///   - encoding: nil to detect (a BOM or valid multi-byte UTF-8 is UTF-8, else Windows-1252).
    ///   - delimiter: nil to detect from the header row.
    public init(
        bytes: [UInt8], file: String, encoding: TextEncoding? = nil, delimiter: Delimiter? = nil
    ) throws(DelimitedTextError) {
        if let format = BinaryFormat.detect(bytes) {
            throw DelimitedTextError(kind: .notText, file: file, line: 0, message: "\(format.rawValue): \(format.advice)")
        }
        let decoded = DecodedText(bytes: bytes, forced: encoding)
        self.file = file
        self.encoding = decoded.encoding
        let parsed = decoded.utf8.withUnsafeBufferPointer { buffer in
            Self.parse(buffer, file: file, delimiter: delimiter, encoding: decoded.encoding, invalidBytes: decoded.invalidBytes)
        }
        guard let parsed else {
            throw DelimitedTextError(kind: .missingHeader, file: file, line: 0, message: "the file is empty: it has no header row")
        }
        self.delimiter = parsed.delimiter
        self.header = parsed.header
        self.headerLine = parsed.headerLine
        self.records = parsed.records
        self.problems = parsed.problems
    }

    /// Reads the file at `path`, named `file` in problems (by default the path).
    public init(
        contentsOfFile path: String, file: String? = nil, encoding: TextEncoding? = nil, delimiter: Delimiter? = nil
    ) throws(DelimitedTextError) {
        let name = file ?? path
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.contents(of: path)
        } catch {
            throw DelimitedTextError(kind: .unreadable, file: name, line: 0, message: "cannot read the file: \(error.reason)")
        }
        try self.init(bytes: bytes, file: name, encoding: encoding, delimiter: delimiter)
    }

    private struct Parsed {
        var delimiter: Delimiter
        var header: Header
        var headerLine: Int
        var records: [Record]
        var problems: [DelimitedTextError]
    }

    /// The offsets of control characters other than tab, line feed and carriage return.
    private static func controlCharacterOffsets(in buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
        var offsets: [Int] = []
        for index in buffer.indices where buffer[index] < 0x20 {
            let byte = buffer[index]
            if byte != 0x09 && byte != 0x0A && byte != 0x0D { offsets.append(index) }
        }
        return offsets
    }

    private static func parse(
        _ buffer: UnsafeBufferPointer<UInt8>, file: String, delimiter forced: Delimiter?,
        encoding: TextEncoding, invalidBytes: [DecodedText.InvalidByte]
    ) -> Parsed? {
        let delimiter = forced ?? Delimiter.detect(inHeaderOf: buffer)
        var scanner = RowScanner(bytes: buffer, delimiter: delimiter)
        guard let headerRow = scanner.next() else { return nil }
        let header = Header(names: headerRow.fields.map { $0 ?? "" })
        var problems: [DelimitedTextError] = []
        var invalid = invalidBytes[...]
        var controls = controlCharacterOffsets(in: buffer)[...]

        func problem(_ kind: DelimitedTextError.Kind, _ row: RowScanner.Row, field: Int?, _ message: String) {
            let column = field.flatMap { $0 < header.count ? header.names[$0] : nil }
            problems.append(DelimitedTextError(kind: kind, file: file, line: row.line, column: column, message: message))
        }

        /// Reports the invalid bytes inside `row`; true when there were any.
        func reportInvalidBytes(in row: RowScanner.Row) -> Bool {
            var found = false
            while let first = invalid.first, first.offset < row.end {
                invalid.removeFirst()
                guard first.offset >= row.start else { continue }
                found = true
                let field = row.fieldEnds.firstIndex { first.offset < $0 }
                let hex = String(first.byte, radix: 16, uppercase: true)
                let message = encoding == .utf8
                    ? "invalid encoding: byte 0x\(hex) is not valid UTF-8 (the file is UTF-8 with a corrupt byte sequence here: correct or retype this value)"
                    : "invalid encoding: byte 0x\(hex) is not valid Windows-1252"
                problem(.invalidEncoding, row, field: field, message)
            }
            while let offset = controls.first, offset < row.end {
                controls.removeFirst()
                guard offset >= row.start else { continue }
                found = true
                let field = row.fieldEnds.firstIndex { offset < $0 }
                let code = String(buffer[offset], radix: 16, uppercase: true)
                let name = buffer[offset] == 0 ? "NUL" : "U+" + String(repeating: "0", count: 4 - code.count) + code
                problem(.controlCharacter, row, field: field, "contains the control character \(name): remove it")
            }
            return found
        }

        if let headerProblem = headerRow.problem {
            problem(headerProblem.kind, headerRow, field: nil, headerProblem.message)
        }
        _ = reportInvalidBytes(in: headerRow)

        var records: [Record] = []
        records.reserveCapacity(buffer.count / 64)
        while let row = scanner.next(expectedFields: header.count) {
            var bad = reportInvalidBytes(in: row)
            if let rowProblem = row.problem {
                problem(rowProblem.kind, row, field: rowProblem.field, rowProblem.message)
                bad = true
            } else if row.fields.count != header.count {
                problem(.wrongFieldCount, row, field: nil,
                        "the row has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"), the header has \(header.count)")
                bad = true
            }
            if !bad { records.append(Record(line: row.line, fields: row.fields)) }
        }
        return Parsed(delimiter: delimiter, header: header, headerLine: headerRow.line, records: records, problems: problems)
    }
}
