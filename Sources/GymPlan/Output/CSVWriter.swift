import Foundation

/// Writes RFC 4180 CSV: `,` and a decimal point, or with `dutch` the `;` and decimal comma that
/// Dutch spreadsheets expect.
public struct CSVWriter: Sendable {
    public var dutch: Bool

    public init(dutch: Bool = false) {
        self.dutch = dutch
    }

    public var delimiter: Character { dutch ? ";" : "," }

    /// One field, quoted when it holds the delimiter, a quote or a line break.
    public func field(_ value: String) -> String {
        if value.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// A decimal number with the locale's decimal separator.
    public func number(_ value: Double, fractionDigits: Int = 2) -> String {
        var text = value.formatted(fractionDigits: fractionDigits)
        if dutch { text = text.replacingOccurrences(of: ".", with: ",") }
        return text
    }

    /// One record, ended by CRLF as RFC 4180 says.
    public func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(delimiter)) + "\r\n"
    }

    /// A whole document: header and rows.
    /// With `dutch` it starts with a byte-order mark: without one, Excel reads UTF-8 as Windows-1252.
    public func document(header: [String], rows: [[String]]) -> String {
        (dutch ? Self.byteOrderMark : "") + ([header] + rows).map(line).joined()
    }

    public static let byteOrderMark = "\u{FEFF}"
}

extension Double {
    /// Fixed-point text without Foundation's locale: `3.14` for 2 digits.
    public func formatted(fractionDigits: Int) -> String {
        guard isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let scaled = (abs(self) * scale).rounded()
        let negative = self < 0 && scaled > 0
        let integer = Int(scaled / scale)
        let fraction = Int(scaled) - integer * Int(scale)
        var text = (negative ? "-" : "") + String(integer)
        if fractionDigits > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: fractionDigits - digits.count) + digits
        }
        return text
    }
}
