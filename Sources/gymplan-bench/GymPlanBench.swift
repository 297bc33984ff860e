import ArgumentParser
import Foundation

/// Benchmarks of gymplan's building blocks.
@main
struct GymPlanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gymplan-bench",
        abstract: "Benchmarks of gymplan's building blocks.",
        subcommands: [MCF.self, RosterFET.self]
    )
}

/// Progress and timings for standard error, keeping standard output for data.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

extension Duration {
    /// The duration in seconds with 6 decimals, e.g. `0.012345`.
    var secondsText: String {
        let (seconds, attoseconds) = components
        let microseconds = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        let fraction = String(microseconds % 1_000_000)
        return "\(microseconds / 1_000_000).\(String(repeating: "0", count: 6 - fraction.count))\(fraction)"
    }
}
