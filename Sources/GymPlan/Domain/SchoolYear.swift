/// A Dutch school year, `2019-2020`: from 1 August of its first year to 31 July of the next. The one
/// school-year parser of the importer, the command line and row decoding.
public struct SchoolYear: Hashable, Comparable, Sendable, Codable, LosslessStringConvertible {
    public let firstYear: Int

    public init(firstYear: Int) {
        self.firstYear = firstYear
    }

    /// Parses `YYYY-YYYY`, or `YYYY/YYYY` (data contract, section 2), of consecutive years of
    /// ASCII digits, the first from 1 to 9998: no spaces (callers trim, as the importer trims
    /// cells), no signs, no short years (`19-20`).
    public init?(parsing text: String) {
        let first = DigitText.withUTF8(text) { bytes -> Int? in
            guard bytes.count == 9, bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"),
                  let first = DigitText.number(bytes[0 ..< 4]), let second = DigitText.number(bytes[5 ..< 9]),
                  first >= 1, second == first + 1 else { return nil }
            return first
        }
        guard let first else { return nil }
        self.firstYear = first
    }

    /// `LosslessStringConvertible`: the same as `init(parsing:)`.
    public init?(_ description: String) {
        self.init(parsing: description)
    }

    /// `2019-2020`, the form stored and exported.
    public var description: String { DigitText.padded(firstYear, 4) + "-" + DigitText.padded(firstYear + 1, 4) }

    /// DUO's count date and the default day qualifications are judged on: 1 October, `YYYY-MM-DD`.
    public var referenceDate: String { DigitText.padded(firstYear, 4) + "-10-01" }
    /// The first day of the school year (grants are counted from 1 August), `YYYY-MM-DD`.
    public var startDate: String { DigitText.padded(firstYear, 4) + "-08-01" }
    /// The last day of the school year, 31 July, `YYYY-MM-DD`.
    public var endDate: String { DigitText.padded(firstYear + 1, 4) + "-07-31" }

    public static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.firstYear < rhs.firstYear }

    /// JSON holds the text `init(parsing:)` reads.
    public init(from decoder: any Decoder) throws {
        self = try TextCoding.decode(from: decoder, noun: "a school year YYYY-YYYY")
    }

    public func encode(to encoder: any Encoder) throws {
        try TextCoding.encode(self, to: encoder)
    }
}
