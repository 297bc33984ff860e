extension Language {
    /// The names of the months, January first.
    public var monthNames: [String] {
        switch self {
        case .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        case .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        }
    }

    /// A date in words: `1 December 2026` in English, `1 december 2026` in Dutch.
    public func date(_ date: ISODate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// A date and time of an ISO 8601 UTC timestamp (`2026-12-01T11:32:54Z`) in words:
    /// `1 December 2026, 11:32 UTC`; the text as it is when it is not one.
    public func timestamp(_ iso: String) -> String {
        guard iso.count >= 16, let day = ISODate(parsing: String(iso.prefix(10))) else { return iso }
        let time = iso.dropFirst(11).prefix(5)
        return date(day) + (self == .nl ? " om " : ", ") + time + " UTC"
    }
}
