import PostgresClient

extension Importer {
    /// The duplicate keys the plan looks up before the write (targets whose tables have rows), and
    /// the staged windows of opening hours that overlap or touch (no constraint of the schema
    /// refuses them; windows loaded directly are checked in their table, `StagingChecks.windowsClash`).
    func checkKeysFirst(_ plan: ImportPlan, options: ImportOptions) throws -> [ImportProblem] {
        guard plan.checksAcrossFiles else { return [] }
        options.progress?.report("checking keys")
        let checks = StagingChecks(connection: connection, files: plan.index)
        return try plan.duplicatesCheckedFirst.flatMap { try checks.duplicates(in: $0) }
            + plan.writes.filter { $0.target.windowOwner != nil && $0.directFile == nil }
                .flatMap { try checks.windowClashes(in: $0.target) }
    }

    /// Every problem, with `duplicates` and those of the checks the write would have made: files
    /// loaded straight into their tables are staged after all, for their lines.
    func rejection(_ plan: ImportPlan, duplicates: [ImportProblem], order: [String]) throws -> ImportFailure {
        var problems = plan.input.allProblems() + duplicates
        if plan.checksAcrossFiles {
            for file in plan.files where plan.direct.contains(file.index) {
                try Staging.load(file, on: connection, progress: nil)
            }
            let checks = StagingChecks(connection: connection, files: plan.index)
            problems += try plan.references.flatMap { try checks.missing($0) }
            problems += try plan.duplicatesCheckedOnWrite.flatMap { try checks.duplicates(in: $0) }
            problems += try plan.writes.filter { $0.target.windowOwner != nil && $0.directFile != nil }
                .flatMap { try checks.windowClashes(in: $0.target) }
        }
        return ImportFailure(problems: Self.sorted(problems, order: order),
                             warnings: plan.input.skippedFiles + plan.input.opened.flatMap(\.warnings))
    }
}
