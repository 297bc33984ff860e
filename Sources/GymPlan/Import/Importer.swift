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

    private func run(
        _ opening: OpenedFiles, paths: [String], pathProblems: [ImportProblem], options: ImportOptions, order: [String]
    ) throws -> ImportReport {
        try connection.advisoryTransactionLock(Self.lockKey)
        try Staging.prepareSession(on: connection)
        let schema = try TargetSchema.read(TargetTable.writeOrder, on: connection)
        try Staging.create(schema, on: connection)
        // Files that are staged in any case go in as they are read, while larger ones still are.
        var loaded: Set<Int> = []
        while let opened = opening.next() {
            guard let file = opened.file, !Staging.mayLoadDirectly(file) else { continue }
            options.progress?.report("loading \(file.name)")
            try Staging.load(file, on: connection, progress: options.progress)
            loaded.insert(file.index)
        }
        let input = ImportInput(paths: paths, pathProblems: pathProblems, opened: opening.all)
        let files = input.files
        let everyFileStaged = input.everyFileStaged
        // Files still being decoded in the background may be loaded directly, as long as their rows
        // turn out fine; when they do not, the import is rejected below.
        let direct = everyFileStaged && input.readingProblems.isEmpty ? try Staging.directLoads(files, on: connection) : []
        for file in ImportFile.inWriteOrder(files) where !direct.contains(file.index) && !loaded.contains(file.index) {
            options.progress?.report("loading \(file.name)")
            try Staging.load(file, on: connection, progress: options.progress)
        }
        let index = ImportFileIndex(files: files)

        // Duplicate keys of a target whose table is empty need no check of their own: its primary
        // key (rebuilt, or filled by plain inserts) refuses them, and only then are they looked up.
        let staged = Set(files.flatMap { $0.bindings.map(\.output.target) })
        var keysCheckedOnWrite: [TargetTable] = []
        var duplicates: [ImportProblem] = []
        if everyFileStaged {
            options.progress?.report("checking keys")
            let checks = StagingChecks(connection: connection, files: index)
            for target in TargetTable.writeOrder where staged.contains(target) {
                if try connection.query("SELECT NOT EXISTS (SELECT 1 FROM \(target.name))").scalar(Bool.self) {
                    keysCheckedOnWrite.append(target)
                } else {
                    duplicates += try checks.duplicates(in: target)
                }
            }
        }
        // Every reference is a foreign key of the schema, in force or validated when the write
        // re-adds it. So when nothing else is wrong the write is the check, and the references
        // are only looked up (for the report) when it fails.
        let references = everyFileStaged ? Reference.all.filter { staged.contains($0.from) } : []
        // Every problem, with those of the checks the write would have made: files loaded straight
        // into their tables are staged after all, for their lines.
        let rejection = { () throws -> ImportFailure in
            var problems = input.allProblems() + duplicates
            if everyFileStaged {
                for file in files where direct.contains(file.index) {
                    try Staging.load(file, on: connection, progress: nil)
                }
                let checks = StagingChecks(connection: connection, files: index)
                problems += try references.flatMap { try checks.missing($0) }
                problems += try keysCheckedOnWrite.flatMap { try checks.duplicates(in: $0) }
            }
            return ImportFailure(problems: Self.sorted(problems, order: order))
        }
        let stagedFiles = files.filter { !direct.contains($0.index) }
        if !input.readingProblems.isEmpty || ImportInput.rowsHaveProblems(stagedFiles) || !duplicates.isEmpty {
            throw try rejection()
        }

        try connection.query("SAVEPOINT import_write")
        do {
            return try write(files, schema: schema, options: options, warnings: input.opened.flatMap(\.warnings), order: order, index: index,
                             direct: direct)
        } catch {
            // The write refused rows (a key or reference), or began before the rows of the files it
            // loads directly were all decoded and came to one with problems: it never happened, and
            // the problems are found as if nothing had been written.
            let statementFailed = (error as? PostgresError).map { $0.kind != .connection } ?? false
            guard error is DirectLoadWithProblems || statementFailed else { throw error }
            let refused = (error as? PostgresError)?.sqlState?.hasPrefix("23") == true
                && !(keysCheckedOnWrite.isEmpty && references.isEmpty)
            guard refused || ImportInput.rowsHaveProblems(files) else { throw error }
            try connection.query("ROLLBACK TO SAVEPOINT import_write")
            let failure = try rejection()
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
