import Foundation

/// Places in this repository and beside it that the tests read.
public enum Repository {
    /// The repository's top folder (this file is `Sources/TestSupport/Repository.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled sample data set, `data/sample`.
    public static var sampleData: String { root.appendingPathComponent("data/sample").path }

    /// The JSON Schema of the ministry export.
    public static var exportSchema: URL { root.appendingPathComponent("schema/ministry-export.schema.json") }

    /// The Swift sources.
    public static var sources: URL { root.appendingPathComponent("Sources") }

    /// The real public files: `GYMPLAN_SHARED_DATA`, or `shared/data` beside the repository.
    public static let sharedData: String = ProcessInfo.processInfo.environment["GYMPLAN_SHARED_DATA"]
        ?? root.deletingLastPathComponent().appendingPathComponent("shared/data").path
}

/// Comparing export documents made at different moments.
public enum ExportDocument {
    /// The document without its `generated_at` line, the only one that differs between two runs
    /// on the same data.
    public static func withoutGeneratedAt(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("\"generated_at\"") }.joined(separator: "\n")
    }
}
