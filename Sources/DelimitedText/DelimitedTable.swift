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
        self = try DelimitedTableHead(bytes: bytes, file: file, encoding: encoding, delimiter: delimiter).table()
    }

    /// Reads the file at `path`, named `file` in problems (by default the path).
    public init(
        contentsOfFile path: String, file: String? = nil, encoding: TextEncoding? = nil, delimiter: Delimiter? = nil
    ) throws(DelimitedTextError) {
        self = try DelimitedTableHead(contentsOfFile: path, file: file, encoding: encoding, delimiter: delimiter).table()
    }

    /// The table of `head` with its data rows and their problems (after the header's).
    init(head: DelimitedTableHead, records: [Record], problems: [DelimitedTextError]) {
        self.file = head.file
        self.encoding = head.encoding
        self.delimiter = head.delimiter
        self.header = head.header
        self.headerLine = head.headerLine
        self.records = records
        self.problems = head.problems + problems
    }
}
