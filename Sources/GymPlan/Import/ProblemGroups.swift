/// The same problem on many lines of a file, shown as one line with a count, an example, the
/// first line numbers and, where a spreadsheet is the likely cause, a hint:
/// `teachers.csv:2: qualified_on: 221 values like "2-7-1987" are not dates (YYYY-MM-DD); Excel wrote
/// them in the Dutch format: format the column as yyyy-mm-dd before saving (lines 2, 3, 5, 8, 13 and 216 more)`.
enum ProblemGroups {
    /// A group needs this many problems; fewer are shown one by one.
    static let minimumSize = 5
    /// How many line numbers a group line names.
    static let shownLines = 5

    /// The lines to show for `problems` (in their order): each group at the place of its first problem.
    static func lines(for problems: [ImportProblem]) -> [String] {
        var members: [Key: [Int]] = [:]
        var keys: [Key?] = []
        for (position, problem) in problems.enumerated() {
            let key = Key(problem)
            keys.append(key)
            if let key { members[key, default: []].append(position) }
        }
        var lines: [String] = []
        for (position, problem) in problems.enumerated() {
            guard let key = keys[position], let group = members[key], group.count >= minimumSize else {
                lines.append(problem.description)
                continue
            }
            guard group[0] == position else { continue }
            lines.append(groupLine(group.map { problems[$0] }, key: key))
        }
        return lines
    }

    /// What makes problems the same: file, column and message apart from the value it names.
    struct Key: Hashable {
        var file: String
        var column: String?
        /// The message after the value (` is not a date (YYYY-MM-DD)`), or all of it.
        var rest: String
        var hasValue: Bool

        init?(_ problem: ImportProblem) {
            guard problem.line > 0 else { return nil }
            file = problem.file
            column = problem.column
            if let (_, rest) = ProblemGroups.split(problem.message) {
                self.rest = rest
                hasValue = true
            } else {
                self.rest = problem.message
                hasValue = false
            }
        }
    }

    /// The message's leading value (as shown, with its quotes) and the rest, starting with a space.
    static func split(_ message: String) -> (value: String, rest: String)? {
        if message.hasPrefix("\""), let close = message.dropFirst().range(of: "\" ") {
            return (String(message[..<close.upperBound].dropLast()), String(message[message.index(before: close.upperBound)...]))
        }
        if let space = message.firstIndex(of: " "), message[space...].hasPrefix(" is ") {
            return (String(message[..<space]), String(message[space...]))
        }
        return nil
    }

    private static func groupLine(_ group: [ImportProblem], key: Key) -> String {
        let first = group[0]
        var message: String
        if key.hasValue, let (value, _) = split(first.message) {
            let values = group.compactMap { split($0.message)?.value }
            message = "\(group.count) values like \(value)\(plural(key.rest))"
            if let hint = hint(values: values.map(unquoted), rest: key.rest) { message += "; " + hint }
        } else {
            message = "\(group.count) rows: \(first.message)"
        }
        let numbers = group.prefix(shownLines).map { String($0.line) }.joined(separator: ", ")
        let more = group.count > shownLines ? " and \(group.count - shownLines) more" : ""
        message += " (lines \(numbers)\(more))"
        return ImportProblem(file: first.file, line: first.line, column: first.column, message: message).description
    }

    /// ` is not a date (…)` as ` are not dates (…)`; ` is out of range` as ` are out of range`.
    static func plural(_ rest: String) -> String {
        for article in [" is not a ", " is not an "] where rest.hasPrefix(article) {
            let phrase = rest.dropFirst(article.count)
            let end = [" (", " of ", ":"].compactMap { phrase.range(of: $0)?.lowerBound }.min() ?? phrase.endIndex
            let noun = phrase[..<end]
            let suffix = noun.hasSuffix("s") ? "es" : "s"
            return " are not " + noun + suffix + phrase[end...]
        }
        if rest.hasPrefix(" is ") { return " are " + rest.dropFirst(4) }
        return ":" + rest
    }

    private static func unquoted(_ value: String) -> String {
        value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 ? String(value.dropFirst().dropLast()) : value
    }

    /// Why a spreadsheet may have written values like these, and what to do before saving again.
    static func hint(values: [String], rest: String) -> String? {
        func most(_ test: (String) -> Bool) -> Bool { values.filter(test).count * 2 > values.count }
        let upper = values.map { $0.uppercased() }
        if upper.filter({ $0.hasPrefix("#") }).count * 2 > values.count {
            return "these are Excel error values (#N/A, #VALUE!): correct the formulas or paste the values"
        }
        if upper.filter({ ["TRUE", "FALSE", "WAAR", "ONWAAR"].contains($0) }).count * 2 > values.count {
            return "Excel turned them into TRUE/FALSE: format the column as Text before saving"
        }
        if rest.contains("not a date"), most(isDayMonthYear) {
            return "Excel wrote them in the Dutch format: format the column as yyyy-mm-dd before saving"
        }
        if rest.contains("number") || rest.contains("out of range") {
            if most({ $0.uppercased().contains("E+") || $0.uppercased().contains("E-") }) {
                return "Excel wrote them in scientific notation: format the column as Number before saving"
            }
            if most(hasThousandsSeparator) {
                return "the numbers have thousands separators: format the column as Number without them before saving"
            }
            if most({ $0.contains(",") }) {
                return "the numbers have a decimal comma: save the file with ; as separator, or format the column with a decimal point"
            }
        }
        return nil
    }

    /// `2-7-1987`, `02/07/1987`, `2.7.1987`.
    static func isDayMonthYear(_ text: String) -> Bool {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        return parts[0].count <= 2 && parts[1].count <= 2 && parts[2].count == 4
    }

    /// `1.234`, `12,345`, `1.234.567,5`.
    static func hasThousandsSeparator(_ text: String) -> Bool {
        let groups = text.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        guard groups.count >= 2, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              groups[0].count <= 3 else { return false }
        // Every group after the first has three digits, except perhaps a decimal part at the end.
        let middle = groups.dropFirst().dropLast()
        return middle.allSatisfy { $0.count == 3 } && (groups.last!.count == 3 || groups.count >= 3)
    }
}
