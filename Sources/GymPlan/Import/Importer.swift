import DelimitedText
import PostgresClient

/// Imports data-set files (data contract, section 2) and the public DUO, CBS and PC4 files.
///
/// All files of one import go through COPY into staging tables, are checked set-based, and are
/// upserted in one transaction under an advisory lock: either every file is imported, or nothing
/// changes and every problem is reported (`ImportFailure`).
public struct Importer {
    public let connection: Connection

    /// The advisory lock that keeps two imports from interleaving.
    public static let lockKey: Int64 = 0x6779_6d70_6c61_6e03

    public init(connection: Connection) {
        self.connection = connection
    }

    /// Imports the files and folders at `paths`. Throws `ImportFailure` for bad input.
    public func importFiles(at paths: [String], options: ImportOptions = ImportOptions()) throws -> ImportReport {
        var problems: [ImportProblem] = []
        var warnings: [ImportProblem] = []
        let sources = ImportSources.expand(paths, problems: &problems)
        let missingPaths = !problems.isEmpty
        options.progress?.report("reading \(sources.count) file\(sources.count == 1 ? "" : "s")")
        let opened = ImportFile.openAll(sources, encoding: options.encoding)
        let files = opened.compactMap(\.file)
        problems += opened.flatMap(\.problems)
        warnings += opened.flatMap(\.warnings)
        if files.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(file: paths.joined(separator: " "), line: 0, message: "nothing to import"))
        }
        // The checks across files need every file; problems in single rows do not stop them.
        let unusableFile = opened.contains { $0.file == nil && !$0.problems.isEmpty }
        let everyFileStaged = !missingPaths && !unusableFile && !files.isEmpty

        try connection.query("BEGIN")
        do {
            let report = try run(files, options: options, everyFileStaged: everyFileStaged,
                                 problems: &problems, warnings: &warnings, order: sources.map(\.name))
            try connection.query(options.dryRun ? "ROLLBACK" : "COMMIT")
            return report
        } catch {
            _ = try? connection.query("ROLLBACK")
            throw error
        }
    }

    private func run(
        _ files: [ImportFile], options: ImportOptions, everyFileStaged: Bool,
        problems: inout [ImportProblem], warnings: inout [ImportProblem], order: [String]
    ) throws -> ImportReport {
        try connection.advisoryTransactionLock(Self.lockKey)
        try Staging.prepareSession(on: connection)
        try Staging.create(on: connection)
        let direct = everyFileStaged && problems.isEmpty ? try Staging.directLoads(files, on: connection) : []
        for file in files where !direct.contains(file.index) {
            options.progress?.report("loading \(file.name)")
            try Staging.load(file, on: connection, progress: options.progress)
        }
        let index = ImportFileIndex(files: files)

        // Duplicate keys of a target whose table is empty need no check of their own: its primary
        // key (rebuilt, or filled by plain inserts) refuses them, and only then are they looked up.
        let staged = Set(files.flatMap { $0.bindings.map(\.output.target) })
        var keysCheckedOnWrite: [TargetTable] = []
        if everyFileStaged {
            options.progress?.report("checking keys")
            let checks = StagingChecks(connection: connection, files: index)
            for target in TargetTable.writeOrder where staged.contains(target) {
                if try connection.query("SELECT NOT EXISTS (SELECT 1 FROM \(target.name))").scalar(Bool.self) {
                    keysCheckedOnWrite.append(target)
                } else {
                    problems += try checks.duplicates(in: target)
                }
            }
        }
        // Every reference is a foreign key of the schema, in force or validated when the write
        // re-adds it. So when nothing else is wrong the write is the check, and the references
        // are only looked up (for the report) when it fails.
        let references = everyFileStaged ? Reference.all.filter { staged.contains($0.from) } : []
        let referencesCheckedOnWrite = problems.isEmpty ? references : []
        // Files loaded straight into their tables at write are staged after all when their lines
        // are needed for a report.
        let stageDirectLoads = {
            for file in files where direct.contains(file.index) {
                try Staging.load(file, on: connection, progress: nil)
            }
        }
        if !problems.isEmpty {
            if everyFileStaged {
                try stageDirectLoads()
                let checks = StagingChecks(connection: connection, files: index)
                problems += try references.flatMap { try checks.missing($0) }
                problems += try keysCheckedOnWrite.flatMap { try checks.duplicates(in: $0) }
            }
            throw ImportFailure(problems: Self.sorted(problems, order: order))
        }

        try connection.query("SAVEPOINT import_write")
        do {
            return try write(files, options: options, warnings: warnings, order: order, index: index, direct: direct)
        } catch let error as PostgresError
            where error.sqlState?.hasPrefix("23") == true && !(keysCheckedOnWrite.isEmpty && referencesCheckedOnWrite.isEmpty) {
            try connection.query("ROLLBACK TO SAVEPOINT import_write")
            try stageDirectLoads()
            let checks = StagingChecks(connection: connection, files: index)
            var found = try referencesCheckedOnWrite.flatMap { try checks.missing($0) }
            found += try keysCheckedOnWrite.flatMap { try checks.duplicates(in: $0) }
            if found.isEmpty { throw error }
            throw ImportFailure(problems: Self.sorted(found, order: order))
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
