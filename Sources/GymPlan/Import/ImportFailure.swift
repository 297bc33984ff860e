import Foundation

/// An import that was rejected: every problem found, the database left as it was (exit status 65).
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// The problems, in file and line order.
    public var problems: [ImportProblem]
    /// The warnings, named after the problems: the files of folders left out as no gymplan files
    /// and the columns ignored as unknown; one of them may be the file or column the user meant.
    public var warnings: [ImportProblem]
    /// How many problems are shown in `description`; the rest are counted.
    public static let shownProblems = 50

    public init(problems: [ImportProblem], warnings: [ImportProblem] = []) {
        self.problems = problems
        self.warnings = warnings
    }

    /// The first problems, one a line (the same problem on many lines of a file as one line),
    /// then how many more lines there are.
    public var description: String {
        let count = problems.count
        var lines = ["import rejected, nothing was changed: \(count) problem\(count == 1 ? "" : "s")"]
        let shown = ProblemGroups.lines(for: problems)
        lines += shown.prefix(Self.shownProblems)
        if shown.count > Self.shownProblems { lines.append("and \(shown.count - Self.shownProblems) more") }
        lines += warnings.map { "warning: \($0)" }
        return lines.joined(separator: "\n")
    }

    /// The problems as JSON, for `--json`.
    public func jsonText() throws -> String {
        struct Document: Encodable {
            var ok = false
            var problems: [ImportProblem]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(problems: problems)), as: UTF8.self)
    }
}
