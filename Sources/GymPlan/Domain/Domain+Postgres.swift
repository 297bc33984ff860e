import PostgresClient

// Row decoding and query parameters of the domain's types. PostgresClient knows nothing of
// schools: the conformances live here. The database stores the same text as the files and the
// export (`YYYY-MM-DD`, `YYYY-YYYY`, the enums' raw values).

/// Decoded through `init?(_:)`, that is `init(parsing:)`: a cell that is not a date is a decoding
/// error naming its column.
extension ISODate: PostgresDecodable, PostgresEncodable {
    public var postgresText: String? { description }
}

/// Decoded through `init?(_:)`, that is `init(parsing:)`: a cell that is not a school year of
/// consecutive years is a decoding error naming its column, never a year of its own.
extension SchoolYear: PostgresDecodable, PostgresEncodable {
    public var postgresText: String? { description }
}

// The enums are sent as their raw values. They are deliberately not PostgresDecodable: reading a
// RawRepresentable from its raw value is generic, PostgresClient's business, and a second,
// PostgresDecodable path beside it would make such reads ambiguous.
extension Qualification: PostgresEncodable {}
extension GrantStatus: PostgresEncodable {}
extension Obstacle: PostgresEncodable {}
extension LocationSource: PostgresEncodable {}

/// A domain enum is sent as its raw value.
extension PostgresEncodable where Self: RawRepresentable, Self.RawValue == String {
    public var postgresText: String? { rawValue }
}
