/// A calendar date written ISO `YYYY-MM-DD` (data contract, section 2), checked without
/// Foundation's calendars and time zones. The one date parser of the importer, the command line and
/// row decoding.
public struct ISODate: Hashable, Comparable, Sendable, Codable, LosslessStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A real calendar date of the years 1 to 9999; nil for `2019-02-29` and the like.
    public init?(year: Int, month: Int, day: Int) {
        guard (1 ... 9999).contains(year), (1 ... 12).contains(month),
              (1 ... ISODate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` of ASCII digits: no other separators or orders (`2-7-1987`), no
    /// spaces (callers trim, as the importer trims cells), no signs.
    public init?(parsing text: String) {
        guard let (year, month, day) = DigitText.withUTF8(text, { bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  let year = DigitText.number(bytes[0 ..< 4]), let month = DigitText.number(bytes[5 ..< 7]),
                  let day = DigitText.number(bytes[8 ..< 10]) else { return nil }
            return (year, month, day)
        }) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `LosslessStringConvertible`: the same as `init(parsing:)`.
    public init?(_ description: String) {
        self.init(parsing: description)
    }

    /// True for a real calendar date such as `2020-02-29`.
    public static func isValid(_ text: String) -> Bool {
        ISODate(parsing: text) != nil
    }

    /// `YYYY-MM-DD`, as PostgreSQL reads and writes dates.
    public var description: String {
        DigitText.padded(year, 4) + "-" + DigitText.padded(month, 2) + "-" + DigitText.padded(day, 2)
    }

    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Leap years of the Gregorian calendar: every fourth, but not centuries unless divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// JSON holds the text `init(parsing:)` reads.
    public init(from decoder: any Decoder) throws {
        self = try TextCoding.decode(from: decoder, noun: "a date YYYY-MM-DD")
    }

    public func encode(to encoder: any Encoder) throws {
        try TextCoding.encode(self, to: encoder)
    }
}
