/// A line of DIMACS text that could not be read.
public struct DIMACSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number (the last line + 1 for something missing at the end).
    public var line: Int
    /// What is wrong with the line.
    public var reason: String

    /// Creates an error.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}
