import DelimitedText

/// What parsing one cell gives: the value to store (in PostgreSQL's text form), or why it is wrong.
enum FieldOutcome: Sendable, Equatable {
    case value(String)
    case problem(String)
}

/// What a cell parser may know besides the cell: the file's dialect and the row's other cells.
struct RowContext {
    /// A `;` file: a decimal comma (`4,5`) is accepted.
    var decimalComma: Bool
    var header: Header
    var fields: [String?]

    /// The raw, trimmed cell of another column of the same row, by header name.
    func raw(_ name: String) -> String? {
        header.index(of: name).flatMap { fields[$0] }
    }
}

/// Turns one non-empty cell into the value stored, normalised, or a problem message.
struct FieldParser: Sendable {
    let parse: @Sendable (String, RowContext) -> FieldOutcome

    init(_ parse: @escaping @Sendable (String, RowContext) -> FieldOutcome) {
        self.parse = parse
    }

    /// A parser that ignores the row context.
    static func plain(_ parse: @escaping @Sendable (String) -> FieldOutcome) -> FieldParser {
        FieldParser { text, _ in parse(text) }
    }
}

/// Quotes a user's value for a message, shortened.
func shown(_ text: String) -> String {
    let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
    return "\"\(short)\""
}
