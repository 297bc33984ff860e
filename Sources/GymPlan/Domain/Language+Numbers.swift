extension Language {
    /// A whole number with the language's thousands separator: `12,292` in English, `12.292` in Dutch.
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(thousandsSeparator) }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A decimal number with `fractionDigits` digits after the language's decimal mark and its
    /// thousands separator: `1,234.5` in English, `1.234,5` in Dutch.
    public func decimal(_ value: Double, fractionDigits: Int) -> String {
        let plain = value.formatted(fractionDigits: fractionDigits)
        guard !plain.isEmpty else { return "" }
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1).map(String.init)
        let whole = number(Int(parts[0]) ?? 0)
        return (negative ? "-" : "") + whole + (parts.count > 1 ? String(decimalMark) + parts[1] : "")
    }

    /// A share as a whole percentage: `83%` (both languages write it so).
    public func percent(_ share: Double) -> String {
        number(Int((share * 100).rounded())) + "%"
    }

    /// An amount in whole euros: `€3,150,000` in English, `€ 3.150.000` in Dutch.
    public func euros(_ amount: Double) -> String {
        let text = number(Int(amount.rounded()))
        return self == .nl ? "€ " + text : "€" + text
    }

    /// A count with its noun in the right number: `1 lesson`, `2 lessons`; `1 les`, `2 lessen`.
    public func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(number(value)) \(value == 1 ? singular : plural)"
    }

    /// `,` in English, `.` in Dutch.
    public var thousandsSeparator: Character { self == .nl ? "." : "," }

    /// `.` in English, `,` in Dutch.
    public var decimalMark: Character { self == .nl ? "," : "." }
}
