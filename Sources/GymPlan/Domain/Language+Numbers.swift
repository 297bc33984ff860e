extension Language {
    /// A whole number with the language's thousands separator: `12,292` in English, `12.292` in Dutch.
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(self == .nl ? "." : ",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A count with its noun in the right number: `1 lesson`, `2 lessons`; `1 les`, `2 lessen`.
    public func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(number(value)) \(value == 1 ? singular : plural)"
    }
}
