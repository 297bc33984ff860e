import ArgumentParser
import Foundation

/// How wide a table may be: the terminal's `COLUMNS` (100 when unset), or everything with `--wide`.
struct TableOptions: ParsableArguments {
    @Flag(help: "Tables: every cell whole, however wide (else they fit COLUMNS, default 100).") var wide = false

    /// The width tables fit, or nil for `--wide`.
    var width: Int? {
        wide ? nil : Self.width(environment: ProcessInfo.processInfo.environment)
    }

    static let defaultWidth = 100

    /// `COLUMNS` when it is a sensible width, else 100.
    static func width(environment: [String: String]) -> Int {
        guard let text = environment["COLUMNS"], let columns = Int(text), columns >= 20 else { return defaultWidth }
        return columns
    }
}
