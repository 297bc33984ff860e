import Foundation
import GymPlan

/// A usage error as the one line the command line prints after `gymplan: `: the argument parser's
/// message, saying why where the parser would say only "invalid" (a school year, a value not among
/// the allowed ones, with the one probably meant), and never its usage screen.
struct UsageMessage: Equatable {
    var text: String

    /// The line for the parser's `message` (`The value '2021/22' is invalid for '--school-year <school-year>'`).
    init(parserMessage message: String) {
        text = Self.invalidValue(message) ?? Self.oneLine(message)
    }

    /// The options whose value is a school year.
    static let schoolYearValueNames: Set<String> = ["school-year", "from", "to"]

    /// `The value 'V' is invalid for '--option <name>'` (or `'<name>'` of an argument), followed
    /// by the allowed values when the parser knows them, in words.
    private static func invalidValue(_ message: String) -> String? {
        let pattern = #"^The value '(.*)' is invalid for '(?:(--[a-z-]+) )?<([a-z-]+)>'(.*)$"#
        guard let match = message.firstMatch(pattern) else { return nil }
        let (value, option, valueName, rest) = (match[1], match[2], match[3], match[4])
        let subject = option.isEmpty ? valueName : option
        if schoolYearValueNames.contains(valueName) {
            return "\(subject): " + SchoolYearArgument.problem(value)
        }
        let allowed = allowedValues(rest)
        guard !allowed.isEmpty else { return "\(subject): '\(value)' is not valid" }
        var text = "\(subject): '\(value)' is not one of \(allowed.joined(separator: ", "))"
        if let meant = UnknownCommand.nearest(value, among: allowed) { text += "; did you mean '\(meant)'?" }
        return text
    }

    /// The values the parser lists after `. Please provide one of 'a', 'b' or 'c'.` or as a list of `  - a` lines.
    private static func allowedValues(_ rest: String) -> [String] {
        let bullets = rest.split(separator: "\n").filter { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4)) }
        if !bullets.isEmpty { return bullets }
        guard rest.hasPrefix(". Please provide one of ") else { return [] }
        var values: [String] = []
        var remaining = Substring(rest)
        while let open = remaining.firstIndex(of: "'") {
            let after = remaining[remaining.index(after: open)...]
            guard let close = after.firstIndex(of: "'") else { break }
            values.append(String(after[..<close]))
            remaining = after[after.index(after: close)...]
        }
        return values
    }

    /// A message of several lines as one: its lines joined with `; `.
    private static func oneLine(_ message: String) -> String {
        message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "; ")
    }
}

/// Why a text is not a school year, for the command line.
enum SchoolYearArgument {
    /// `'2021/22' is not a school year: write YYYY-YYYY, two consecutive years, e.g. 2021-2022`.
    static func problem(_ text: String) -> String {
        let years = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        if years.count == 2, years.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) }),
           let first = Int(years[0]), let second = Int(years[1]), first >= 1, second != first + 1 {
            return "'\(text)' is not a school year: \(years[0]) and \(years[1]) are not consecutive years"
                + " (a school year is YYYY-YYYY, e.g. \(SchoolYear(firstYear: first)))"
        }
        return "'\(text)' is not a school year: write YYYY-YYYY, two consecutive years, e.g. 2021-2022"
    }
}

extension String {
    /// The groups of the first match of `pattern` (0: the whole match; "" for a group that did not take part).
    fileprivate func firstMatch(_ pattern: String) -> [String]? {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
              let match = expression.firstMatch(in: self, range: NSRange(startIndex..., in: self)) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: self).map { String(self[$0]) } ?? ""
        }
    }
}
