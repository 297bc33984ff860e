import PostgresClient

// Row decoding and query parameters of the domain's words. PostgresClient knows nothing of
// schools: the conformances live here. The database stores the same text as the files and the
// export (the enums' raw values, `YYYY-MM-DD`, `YYYY-YYYY`), and a cell that is not one of them is
// a decoding error naming its column, never a default.

/// Decoded through `init?(_:)`, that is `init(parsing:)`.
extension ISODate: PostgresDecodable, PostgresEncodable {
    public var postgresText: String? { description }
}

/// Decoded through `init?(_:)`, that is `init(parsing:)`.
extension SchoolYear: PostgresDecodable, PostgresEncodable {
    public var postgresText: String? { description }
}

extension Qualification: PostgresDecodable, PostgresEncodable {}
extension GrantStatus: PostgresDecodable, PostgresEncodable {}
extension Obstacle: PostgresDecodable, PostgresEncodable {}
extension LocationSource: PostgresDecodable, PostgresEncodable {}

/// A domain enum is read from its raw value, exactly (the database holds no letters or capitals).
extension PostgresDecodable where Self: RawRepresentable, Self.RawValue == String {
    public static func decode(postgresText text: String?, column: String) throws -> Self {
        let text = try String.decode(postgresText: text, column: column)
        guard let value = Self(rawValue: text) else {
            throw PostgresError(
                kind: .decoding, message: "column \"\(column)\" holds \"\(text.prefix(40))\", not a \(Self.self)", column: column)
        }
        return value
    }
}

/// A domain enum is sent as its raw value.
extension PostgresEncodable where Self: RawRepresentable, Self.RawValue == String {
    public var postgresText: String? { rawValue }
}
