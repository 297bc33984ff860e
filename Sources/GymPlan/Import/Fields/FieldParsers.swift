/// The cell parsers of the data contract (section 2), on UTF-8 bytes, without regular expressions.
enum FieldParsers {
    /// Free text of at most `maxLength` characters.
    static func text(maxLength: Int? = nil) -> FieldParser {
        .plain { text in
            // A character takes at least one byte: most texts need no counting.
            if let maxLength, text.utf8.count > maxLength, text.count > maxLength {
                return .problem("is \(text.count) characters long, at most \(maxLength) allowed")
            }
            return .value(text)
        }
    }

    /// A municipality code: `GM0363`, also `0363` and `363`, stored as `GM0363`.
    static let municipalityCode = FieldParser.plain { text in
        var digits = Substring(text)
        if digits.utf8.count > 2, digits.prefix(2).uppercased() == "GM" { digits = digits.dropFirst(2) }
        guard (1 ... 4).contains(digits.utf8.count), digits.utf8.allSatisfy(isDigit) else {
            return .problem("\(shown(text)) is not a municipality code (GM and 4 digits, e.g. GM0363)")
        }
        return .value("GM" + String(repeating: "0", count: 4 - digits.utf8.count) + digits)
    }

    /// A DUO school location code: 2 digits, 2 letters, 2 digits, upper-cased (`00AP00`).
    static let schoolId = FieldParser.plain(schoolIdValue)

    static func schoolIdValue(_ text: String) -> FieldOutcome {
        let utf8 = text.utf8
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0)
        var lower = false
        if utf8.count == 6 {
            var index = utf8.startIndex
            func next() -> UInt8 {
                defer { index = utf8.index(after: index) }
                return utf8[index]
            }
            bytes = (next(), next(), next(), next(), next(), next())
            if isLowerLetter(bytes.2) { bytes.2 -= 0x20; lower = true }
            if isLowerLetter(bytes.3) { bytes.3 -= 0x20; lower = true }
        }
        guard isDigit(bytes.0), isDigit(bytes.1), isUpperLetter(bytes.2), isUpperLetter(bytes.3),
              isDigit(bytes.4), isDigit(bytes.5) else {
            return .problem("\(shown(text)) is not a school location code (2 digits, 2 letters, 2 digits, e.g. 00AP00)")
        }
        return .value(lower ? text.uppercased() : text)
    }

    /// A Dutch postcode `1234AB`; a space between digits and letters is accepted.
    static let postcode = FieldParser.plain { text in
        // Most postcodes are written as stored: kept as they are, without a copy.
        if isStoredPostcode(text.utf8) { return .value(text) }
        let bytes = Array(text.uppercased().utf8).filter { $0 != 0x20 }
        guard bytes.count == 6, bytes[0] != UInt8(ascii: "0"), bytes[0 ..< 4].allSatisfy(isDigit),
              isUpperLetter(bytes[4]), isUpperLetter(bytes[5]) else {
            return .problem("\(shown(text)) is not a postcode (4 digits and 2 letters, e.g. 1234 AB)")
        }
        return .value(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether `utf8` is a postcode as stored: 4 digits (the first not 0) and 2 capitals.
    private static func isStoredPostcode(_ utf8: String.UTF8View) -> Bool {
        guard utf8.count == 6 else { return false }
        for (position, byte) in utf8.enumerated() {
            let fits = position < 4 ? isDigit(byte) && (position > 0 || byte != UInt8(ascii: "0")) : isUpperLetter(byte)
            if !fits { return false }
        }
        return true
    }

    /// A four-digit postcode area (PC4).
    static let pc4 = FieldParser.plain { text in
        guard text.utf8.count == 4, text.utf8.allSatisfy(isDigit), text.utf8.first != UInt8(ascii: "0") else {
            return .problem("\(shown(text)) is not a four-digit postcode")
        }
        return .value(text)
    }

    /// A whole number in `range`.
    static func integer(_ range: ClosedRange<Int>) -> FieldParser {
        .plain { text in
            guard let value = Int(text) else { return .problem("\(shown(text)) is not a whole number") }
            guard range.contains(value) else {
                return .problem("\(value) is out of range \(range.lowerBound)..\(range.upperBound)")
            }
            return .value(String(value))
        }
    }

    /// A whole number of at least `minimum`.
    static func integer(atLeast minimum: Int) -> FieldParser {
        .plain { text in
            guard let value = Int(text) else { return .problem("\(shown(text)) is not a whole number") }
            guard value >= minimum else { return .problem("\(value) is less than \(minimum)") }
            return .value(String(value))
        }
    }

    /// A decimal number (point, or comma in `;` files) between the bounds.
    static func decimal(_ minimum: Double, _ maximum: Double? = nil, unit: String = "") -> FieldParser {
        FieldParser { text, context in
            guard let normal = decimalText(text, decimalComma: context.decimalComma), let value = Double(normal) else {
                let hint = context.decimalComma ? "" : " (a decimal comma is accepted only in ;-separated files)"
                return .problem("\(shown(text)) is not a number\(text.contains(",") ? hint : "")")
            }
            guard value >= minimum, maximum.map({ value <= $0 }) ?? true else {
                let bound = maximum.map { "\(format(minimum))..\(format($0))" } ?? "at least \(format(minimum))"
                return .problem("\(normal)\(unit) is out of range \(bound)")
            }
            return .value(normal)
        }
    }

    /// The text of a plain decimal (`-12.5`, `4,5` with a decimal comma), normalised to a point;
    /// nil when it is anything else (no exponents, no thousands separators, no `nan`).
    static func decimalText(_ text: String, decimalComma: Bool) -> String? {
        if isPlainDecimal(text.utf8) { return text }
        var bytes = Array(text.utf8)
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var digits = 0
        var separators = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte) {
                digits += 1
            } else if byte == UInt8(ascii: ".") || (decimalComma && byte == UInt8(ascii: ",")) {
                separators += 1
                bytes[index] = UInt8(ascii: ".")
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, separators <= 1 else { return nil }
        if bytes.first == UInt8(ascii: "+") { bytes.removeFirst() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `utf8` is a decimal already in its normal form (digits, at most one point, perhaps
    /// a leading minus): most are, and they are kept as they are, without a copy.
    private static func isPlainDecimal(_ utf8: String.UTF8View) -> Bool {
        var digits = 0
        var points = 0
        for (position, byte) in utf8.enumerated() {
            if isDigit(byte) {
                digits += 1
            } else if byte == UInt8(ascii: ".") {
                points += 1
            } else if byte != UInt8(ascii: "-") || position > 0 {
                return false
            }
        }
        return digits > 0 && points <= 1
    }

    /// A calendar date `YYYY-MM-DD` of the years a file may hold (from `earliestYear` on).
    static let date = FieldParser.plain { text in
        guard let date = ISODate(parsing: text), date.year >= earliestYear else {
            return .problem("\(shown(text)) is not a date (YYYY-MM-DD)")
        }
        return .value(text)
    }

    /// The first year a date in a file may have: earlier ones are typing errors.
    static let earliestYear = 1900

    /// A school year `2019-2020` (also `2019/2020`) of consecutive years, stored with a hyphen.
    static let schoolYear = FieldParser.plain { text in
        guard let year = SchoolYear(parsing: text) else {
            return .problem("\(shown(text)) is not a school year of consecutive years (e.g. 2019-2020)")
        }
        return .value(text.utf8.dropFirst(4).first == UInt8(ascii: "-") ? text : year.description)
    }

    /// Grades 1..8 joined by `/` (`3`, `3/4`), stored as a sorted array literal (`{3,4}`).
    static let grades = FieldParser.plain { text in
        // One bit per grade; the text is digits and slashes, spaces allowed around them.
        let parsed = DigitText.withUTF8(text) { bytes -> (mask: Int, repeated: Int?)? in
            var mask = 0
            var expectDigit = true
            for byte in bytes where byte != 0x20 {
                if expectDigit {
                    guard byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "8") else { return nil }
                    let bit = 1 << Int(byte - 0x30)
                    if mask & bit != 0 { return (mask, Int(byte - 0x30)) }
                    mask |= bit
                } else if byte != UInt8(ascii: "/") {
                    return nil
                }
                expectDigit.toggle()
            }
            return expectDigit ? nil : (mask, nil)
        }
        guard let parsed else { return .problem("\(shown(text)) is not a list of grades 1..8 joined by / (e.g. 3/4)") }
        if let grade = parsed.repeated { return .problem("\(shown(text)) names grade \(grade) twice") }
        return .value(gradeLiterals[parsed.mask])
    }

    /// The array literal of every set of grades, by its mask (bit `g` for grade `g`): `{3,4}`.
    private static let gradeLiterals: [String] = (0 ..< 512).map { mask in
        "{" + (1 ... 8).filter { mask & (1 << $0) != 0 }.map(String.init).joined(separator: ",") + "}"
    }

    /// A teacher's qualification; the letters a-d stand for the first four.
    static let qualification = FieldParser.plain { text in
        guard let qualification = Qualification(fileValue: text) else {
            let names = Qualification.allCases.map(\.rawValue).joined(separator: ", ")
            return .problem("\(shown(text)) is not a qualification (\(names), or a, b, c, d)")
        }
        return .value(qualification.rawValue)
    }

    /// A grant's status.
    static let grantStatus = FieldParser.plain { text in
        guard let status = GrantStatus(fileValue: text) else {
            let names = GrantStatus.allCases.map(\.rawValue).joined(separator: ", ")
            return .problem("\(shown(text)) is not a grant status (\(names))")
        }
        return .value(status.rawValue)
    }

    /// Yes or no: `yes`/`no`, `ja`/`nee`, `true`/`false`, `1`/`0`, stored as `t`/`f`.
    static let yesNo = FieldParser.plain { text in
        switch text.lowercased() {
        case "yes", "y", "ja", "j", "true", "1": return .value("t")
        case "no", "n", "nee", "false", "0": return .value("f")
        default: return .problem("\(shown(text)) is not yes or no")
        }
    }

    /// What a row of `dataset.csv` describes: `all` (the data set) or a kind of data (`schools`).
    static let datasetData = FieldParser.plain { text in
        let value = text.lowercased()
        guard DatasetSource.describable.contains(value) else {
            return .problem("\(shown(text)) is not all or a kind of data (\(DatasetSource.describable.dropFirst().joined(separator: ", ")))")
        }
        return .value(value)
    }

    /// A time of day `HH:MM` (also `H:MM`), stored as `HH:MM`.
    static let timeOfDay = FieldParser.plain { text in
        let time = DigitText.withUTF8(text) { bytes -> (hour: Int, minute: Int)? in
            guard bytes.count == 4 || bytes.count == 5, bytes[bytes.count - 3] == UInt8(ascii: ":"),
                  let hour = DigitText.number(bytes[0 ..< bytes.count - 3]), let minute = DigitText.number(bytes[(bytes.count - 2)...]),
                  hour <= 23, minute <= 59 else { return nil }
            return (hour, minute)
        }
        guard let time else { return .problem("\(shown(text)) is not a time of day (HH:MM)") }
        return .value(text.utf8.count == 5 ? text : "0" + text)
    }

    // MARK: - Bytes

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    static func isUpperLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    @inline(__always)
    static func isLowerLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
