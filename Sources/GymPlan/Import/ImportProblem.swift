import DelimitedText

/// One problem (or warning) of an import, shown as `file:line: column: message`.
public struct ImportProblem: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    /// The physical line where the row starts; 0 for the file as a whole.
    public var line: Int
    /// The column as the file names it, when the problem is in one column.
    public var column: String?
    public var message: String

    public init(file: String, line: Int, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        DelimitedTextError.positioned(file: file, line: line, column: column, message: message)
    }
}
