/// A Swift type that can be read from a column in PostgreSQL's text format.
public protocol PostgresDecodable {
    /// Builds the value from the cell's text; `nil` is SQL NULL. `column` names the column in errors.
    static func decode(postgresText text: String?, column: String) throws -> Self
}

extension PostgresDecodable {
    static func require(_ text: String?, _ column: String) throws -> String {
        guard let text else {
            throw PostgresError(kind: .decoding, message: "column \"\(column)\" is NULL, expected \(Self.self)", column: column)
        }
        return text
    }

    static func mismatch(_ text: String, _ column: String) -> PostgresError {
        PostgresError(
            kind: .decoding, message: "column \"\(column)\" holds \"\(text.prefix(40))\", not a \(Self.self)", column: column)
    }
}

/// Numbers read as their text form, which PostgreSQL's text format matches.
extension PostgresDecodable where Self: LosslessStringConvertible {
    public static func decode(postgresText text: String?, column: String) throws -> Self {
        let text = try require(text, column)
        guard let value = Self(text) else { throw mismatch(text, column) }
        return value
    }
}

extension String: PostgresDecodable {
    public static func decode(postgresText text: String?, column: String) throws -> String {
        try require(text, column)
    }
}

extension Int: PostgresDecodable {}

extension Int64: PostgresDecodable {}

extension Int32: PostgresDecodable {}

extension Double: PostgresDecodable {}

extension Bool: PostgresDecodable {
    public static func decode(postgresText text: String?, column: String) throws -> Bool {
        switch try require(text, column) {
        case "t": return true
        case "f": return false
        case let other: throw mismatch(other, column)
        }
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static func decode(postgresText text: String?, column: String) throws -> Wrapped? {
        guard let text else { return nil }
        return try Wrapped.decode(postgresText: text, column: column)
    }
}
