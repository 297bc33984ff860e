/// A problem in a delimited text file, with where it is: `file:line: column: message`.
public struct DelimitedTextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is.
    public enum Kind: String, Sendable, Hashable {
        /// The file could not be read.
        case unreadable
        /// The file has no header row.
        case missingHeader
        /// A byte that is not valid in the file's encoding.
        case invalidEncoding
        /// A row whose number of fields differs from the header's.
        case wrongFieldCount
        /// A quoted field that is never closed.
        case unterminatedQuote
        /// Text after the closing quote of a field.
        case textAfterQuote
        /// A control character (NUL, ...) inside a field.
        case controlCharacter
        /// Not delimited text at all: a spreadsheet, a PDF, a binary file.
        case notText
    }

    public var kind: Kind
    /// The file's name as the user gave it.
    public var file: String
    /// The physical line (1-based) where the row starts; 0 when the problem is the whole file.
    public var line: Int
    /// The name of the column, when the problem is in one field.
    public var column: String?
    public var message: String

    public init(kind: Kind, file: String, line: Int, column: String? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line: column: message`, leaving out what is unknown.
    public var description: String {
        Self.positioned(file: file, line: line, column: column, message: message)
    }

    /// The one way positions are written: `file:line: column: message`, without a line of 0 or
    /// an absent column.
    public static func positioned(file: String, line: Int, column: String?, message: String) -> String {
        var text = file
        if line > 0 { text += ":\(line)" }
        text += ": "
        if let column { text += "\(column): " }
        return text + message
    }
}
