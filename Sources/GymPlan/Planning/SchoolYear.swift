/// A Dutch school year, `2019-2020`: from 1 August of its first year to 31 July of the next.
public struct SchoolYear: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let firstYear: Int

    public init(firstYear: Int) {
        self.firstYear = firstYear
    }

    /// Parses `YYYY-YYYY` (or `YYYY/YYYY`) with consecutive years.
    public init?(_ text: String) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 4,
              let first = Int(parts[0]), let second = Int(parts[1]), second == first + 1 else { return nil }
        self.firstYear = first
    }

    public var description: String { "\(firstYear)-\(firstYear + 1)" }

    /// DUO's count date and the default day qualifications are judged on: 1 October.
    public var referenceDate: String { "\(firstYear)-10-01" }
    /// The first day of the school year (grants are counted from 1 August).
    public var startDate: String { "\(firstYear)-08-01" }
    /// The last day of the school year, 31 July.
    public var endDate: String { "\(firstYear + 1)-07-31" }

    public static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.firstYear < rhs.firstYear }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let year = SchoolYear(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a school year: \(text)"))
        }
        self = year
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
