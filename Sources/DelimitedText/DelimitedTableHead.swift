/// A delimited text file read as far as its header row: enough to recognise the file (encoding,
/// delimiter, header) before its data rows are scanned by `table()`, which may run later, on
/// another thread.
public struct DelimitedTableHead: Sendable {
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
    /// Problems of the header row.
    public let problems: [DelimitedTextError]

    private let text: DecodedText
    /// Where the data rows begin: the offset after the header row and its line.
    private let bodyOffset: Int
    private let bodyLine: Int

    /// Reads `bytes` up to the end of the header row. Throws only when there is no header row.
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
        let text = DecodedText(bytes: bytes, forced: encoding)
        let detected: (delimiter: Delimiter, header: Header, line: Int, problems: [DelimitedTextError], offset: Int, nextLine: Int)?
        detected = text.utf8.withUnsafeBufferPointer { buffer in
            let delimiter = delimiter ?? Delimiter.detect(inHeaderOf: buffer)
            var scanner = RowScanner(bytes: buffer, delimiter: delimiter)
            guard let row = scanner.next() else { return nil }
            let header = Header(names: row.fields.map { $0 ?? "" })
            var problems = RowProblems(file: file, header: header, encoding: text.encoding, buffer: buffer,
                                       invalidBytes: text.invalidBytes, from: 0, to: row.end)
            if let headerProblem = row.problem {
                problems.add(headerProblem.kind, row, field: nil, headerProblem.message)
            }
            _ = problems.reportInvalidBytes(in: row)
            return (delimiter, header, row.line, problems.found, scanner.offset, scanner.line)
        }
        guard let detected else {
            throw DelimitedTextError(kind: .missingHeader, file: file, line: 0, message: "the file is empty: it has no header row")
        }
        self.file = file
        self.encoding = text.encoding
        self.text = text
        self.delimiter = detected.delimiter
        self.header = detected.header
        self.headerLine = detected.line
        self.problems = detected.problems
        self.bodyOffset = detected.offset
        self.bodyLine = detected.nextLine
    }

    /// Reads the file at `path` up to the end of its header row, named `file` in problems (by
    /// default the path).
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

    /// Scans the data rows: the well-formed ones become records, the others problems.
    public func table() -> DelimitedTable {
        let (records, problems) = text.utf8.withUnsafeBufferPointer { buffer in
            var scanner = RowScanner(bytes: buffer, delimiter: delimiter, offset: bodyOffset, line: bodyLine)
            var problems = RowProblems(file: file, header: header, encoding: encoding, buffer: buffer,
                                       invalidBytes: text.invalidBytes, from: bodyOffset, to: buffer.count)
            var records: [Record] = []
            records.reserveCapacity((buffer.count - bodyOffset) / 64)
            while let row = scanner.next(expectedFields: header.count) {
                var bad = problems.reportInvalidBytes(in: row)
                if let rowProblem = row.problem {
                    problems.add(rowProblem.kind, row, field: rowProblem.field, rowProblem.message)
                    bad = true
                } else if row.fields.count != header.count {
                    problems.add(.wrongFieldCount, row, field: nil,
                                 "the row has \(row.fields.count) field\(row.fields.count == 1 ? "" : "s"), the header has \(header.count)")
                    bad = true
                }
                if !bad { records.append(Record(line: row.line, fields: row.fields)) }
            }
            return (records, problems.found)
        }
        return DelimitedTable(head: self, records: records, problems: problems)
    }
}
