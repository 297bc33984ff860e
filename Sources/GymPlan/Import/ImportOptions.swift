import DelimitedText

/// How to run an import.
public struct ImportOptions: Sendable {
    /// Validate and count everything, then roll back: nothing is written.
    public var dryRun: Bool
    /// Read every file in this encoding instead of detecting it.
    public var encoding: TextEncoding?
    /// Told what the import is doing, for a progress line.
    public var progress: ImportProgress?

    public init(dryRun: Bool = false, encoding: TextEncoding? = nil, progress: ImportProgress? = nil) {
        self.dryRun = dryRun
        self.encoding = encoding
        self.progress = progress
    }
}

/// Receives short progress messages while an import runs ("lessons.csv: 40000 of 90000 rows").
public struct ImportProgress: Sendable {
    public let report: @Sendable (String) -> Void

    public init(_ report: @escaping @Sendable (String) -> Void) {
        self.report = report
    }
}
