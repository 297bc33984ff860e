/// One data row of a delimited text file: its fields and the line where it starts.
public struct Record: Sendable, Hashable {
    /// The physical line (1-based) where the row starts; a quoted field may span more lines.
    public let line: Int
    /// The fields in header order, trimmed; nil for an empty (absent) cell.
    public let fields: [String?]

    public init(line: Int, fields: [String?]) {
        self.line = line
        self.fields = fields
    }

    /// The field at `index`, nil when it is absent.
    public subscript(index: Int) -> String? { fields[index] }
}
