import DelimitedText
import PostgresClient

/// Imports data-set files (data contract, section 2) and the public DUO, CBS and PC4 files.
///
/// All files of one import go through COPY into staging tables, are checked set-based, and are
/// upserted in one transaction under an advisory lock: either every file is imported, or nothing
/// changes and every problem is reported (`ImportFailure`).
///
/// Files are read and their rows decoded on other threads meanwhile (`ImportFile.openAll`): the
/// small files are staged as they arrive, and the large ones, when nothing else is wrong, go
/// straight into their empty tables when the write reaches them, decoded in the background until
/// then.
public struct Importer {
    public let connection: Connection

    /// The advisory lock that keeps two imports from interleaving.
    public static let lockKey: Int64 = 0x6779_6d70_6c61_6e03

    public init(connection: Connection) {
        self.connection = connection
    }

    /// Imports the files and folders at `paths`. Throws `ImportFailure` for bad input.
    public func importFiles(at paths: [String], options: ImportOptions = ImportOptions()) throws -> ImportReport {
        var pathProblems: [ImportProblem] = []
        let sources = ImportSources.expand(paths, problems: &pathProblems)
        options.progress?.report("reading \(sources.count) file\(sources.count == 1 ? "" : "s")")
        let opening = ImportFile.openAll(sources, encoding: options.encoding)
        // No reading or decoding outlives the import, whatever ends it.
        defer { opening.all.forEach { _ = $0.file?.decoded.value } }

        try connection.query("BEGIN")
        do {
            let report = try run(opening, paths: paths, pathProblems: pathProblems, options: options,
                                 order: sources.map(\.name))
            try connection.query(options.dryRun ? "ROLLBACK" : "COMMIT")
            return report
        } catch {
            _ = try? connection.query("ROLLBACK")
            throw error
        }
    }

    /// The import's steps, inside its transaction: stage the files, plan, check, write.
    private func run(
        _ opening: OpenedFiles, paths: [String], pathProblems: [ImportProblem], options: ImportOptions, order: [String]
    ) throws -> ImportReport {
        let schema = try prepareStaging()
        let streamed = try stageAsTheyArrive(opening, options: options)
        let input = ImportInput(paths: paths, pathProblems: pathProblems, opened: opening.all)
        let plan = try ImportPlan.make(input, on: connection)
        try stageTheRest(of: plan, streamed: streamed, options: options)
        let duplicates = try checkKeysFirst(plan, options: options)
        if !input.readingProblems.isEmpty || ImportInput.rowsHaveProblems(plan.stagedFiles) || !duplicates.isEmpty {
            throw try rejection(plan, duplicates: duplicates, order: order)
        }
        return try writeOrReject(plan, schema: schema, options: options, order: order)
    }

    /// Writes under a savepoint. When the write refuses rows (a key or reference), or began before
    /// the rows of the files it loads directly were all decoded and came to one with problems, it
    /// never happened, and the problems are found as if nothing had been written.
    private func writeOrReject(
        _ plan: ImportPlan, schema: TargetSchema, options: ImportOptions, order: [String]
    ) throws -> ImportReport {
        try connection.query("SAVEPOINT import_write")
        do {
            return try write(plan, schema: schema, options: options, order: order)
        } catch {
            let statementFailed = (error as? PostgresError).map { $0.kind != .connection } ?? false
            guard error is DirectLoadWithProblems || statementFailed else { throw error }
            let refused = ((error as? PostgresError)?.sqlState?.hasPrefix("23") == true
                && !(plan.duplicatesCheckedOnWrite.isEmpty && plan.references.isEmpty))
                || (error as? DirectLoadWithProblems)?.windowsClash == true
            guard refused || ImportInput.rowsHaveProblems(plan.files) else { throw error }
            try connection.query("ROLLBACK TO SAVEPOINT import_write")
            let failure = try rejection(plan, duplicates: [], order: order)
            if failure.problems.isEmpty { throw error }
            throw failure
        }
    }

    /// Problems in the order of the files as given, then by line.
    static func sorted(_ problems: [ImportProblem], order: [String]) -> [ImportProblem] {
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return problems.enumerated().sorted { a, b in
            let (rankA, rankB) = (rank[a.element.file] ?? -1, rank[b.element.file] ?? -1)
            if rankA != rankB { return rankA < rankB }
            if a.element.line != b.element.line { return a.element.line < b.element.line }
            return a.offset < b.offset
        }.map(\.element)
    }
}
