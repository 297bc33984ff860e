import PostgresClient

extension Importer {
    /// Writes the checked staging rows into their tables, table by table in the plan's order, and
    /// returns what changed.
    func write(_ plan: ImportPlan, schema: TargetSchema, options: ImportOptions, order: [String]) throws -> ImportReport {
        try Staging.prepareWrites(on: connection)
        var summaries = Dictionary(uniqueKeysWithValues: plan.files.map { ($0.index, ImportReport.FileSummary(before: $0)) })
        try LocationFill.fillStaged(files: plan.filesWithCoordinates, on: connection)
        for table in plan.writes {
            // Writing on is futile once a file still to be loaded directly is known to have problems.
            if plan.files.contains(where: { plan.direct.contains($0.index) && $0.decoded.haveProblemsYet }) {
                throw DirectLoadWithProblems()
            }
            options.progress?.report("writing \(table.target.name)")
            try write(table, columns: schema.columnNames(of: table.target), summaries: &summaries)
        }

        var notes: [String] = []
        for file in plan.files { summaries[file.index]?.rows = file.rowCount }
        let located = try LocationFill.refreshStored(on: connection)
        if located > 0 { notes.append("\(located) school\(located == 1 ? "" : "s") (re)located from their postcode (PC4)") }
        var warnings = plan.input.opened.flatMap(\.warnings)
        if plan.hasGrants {
            warnings += try GrantWarnings.find(on: connection, files: plan.index)
        }
        return ImportReport(
            dryRun: options.dryRun, files: plan.files.compactMap { summaries[$0.index] },
            warnings: Self.sorted(warnings, order: order), notes: notes)
    }

    /// Writes one table: counts first (only rows that will be written make a bulk load
    /// worthwhile), suspends its keys and indexes for a bulk load, writes each file's rows, then
    /// restores them.
    private func write(
        _ table: ImportPlan.TableWrite, columns: [String], summaries: inout [Int: ImportReport.FileSummary]
    ) throws {
        let target = table.target
        let writers = table.primaries.map { file in
            TableWriter(connection: connection, target: target, file: file.index, columns: file.bindings[0].presentColumns)
        }
        if let directFile = table.directFile, !directFile.decoded.value.problems.isEmpty { throw DirectLoadWithProblems() }
        let targetEmpty = table.directFile != nil || table.wasEmpty
        let counts = try table.directFile.map { [(inserted: $0.rowCount, updated: 0, unchanged: 0)] }
            ?? writers.map { try $0.counts(targetEmpty: targetEmpty) }
        let written = counts.reduce(0) { $0 + $1.inserted + $1.updated }
        let suspension = try BulkLoadSuspension.suspendIfWorthwhile(
            target.name, rows: written, empty: targetEmpty, keysMayGo: table.derived.isEmpty, on: connection)
        for (file, (writer, count)) in zip(table.primaries, zip(writers, counts)) {
            summaries[file.index]?.inserted = count.inserted
            summaries[file.index]?.updated = count.updated
            summaries[file.index]?.unchanged = count.unchanged
            if table.directFile?.index == file.index {
                try Staging.loadDirect(file, on: connection)
                continue
            }
            summaries[file.index]?.deleted = try writer.deleteReplaced()
            if count.inserted + count.updated > 0 {
                try writer.upsert(onlyNewRows: count.updated + count.unchanged == 0 || suspension?.droppedKeys == true)
            }
        }
        for (file, binding) in table.derived {
            let added = try TableWriter(connection: connection, target: target, file: file.index, columns: binding.presentColumns)
                .insertMissing()
            if added > 0 { summaries[file.index]?.notes.append("\(added) \(target.plural) added as named in the file") }
        }
        let deleted = table.primaries.reduce(0) { $0 + (summaries[$1.index]?.deleted ?? 0) }
        // A bulk load into an empty table leaves the planner its row count (the index builds of
        // `restore` record it), all the import's own statements need; its column statistics come
        // from autovacuum, or from `PlannerStatistics` for the queries that cannot wait. A table
        // that had rows has statistics, stale now: it gets fresh ones.
        let rowCountFromIndexBuilds = table.wasEmpty && suspension?.rebuildsIndexes == true
        if written + deleted >= 2000 && !rowCountFromIndexBuilds { try analyze(target, columns: columns) }
        try suspension?.restore(on: connection)
        if table.directFile != nil, target.windowOwner != nil, try StagingChecks.windowsClash(in: target, on: connection) {
            throw DirectLoadWithProblems(windowsClash: true)
        }
    }

    /// Gives the planner statistics for `target` right after a bulk write into a table that had
    /// rows (before autovacuum would): the foreign keys re-added next and the first queries after
    /// the import plan with the new data. A small sample (statistics target 10) of the importer's columns (not the
    /// derived geography) keeps this cheap. A role that does not own the table gets a notice.
    private func analyze(_ target: TargetTable, columns: [String]) throws {
        let list = columns.joined(separator: ", ")
        try connection.execute(script: """
            SET LOCAL default_statistics_target = 10;
            ANALYZE \(target.name) (\(list));
            SET LOCAL default_statistics_target TO DEFAULT;
            """)
        _ = connection.takeNotices()
    }
}

extension ImportReport.FileSummary {
    /// A file's summary before anything is written: nothing changed yet, and no rows counted (the
    /// write counts them once they are all decoded).
    init(before file: ImportFile) {
        self.init(
            file: file.name, kind: file.layout.kind, table: file.layout.primary.target.name,
            rowNoun: file.layout.primary.target.plural,
            encoding: file.encoding.rawValue, delimiter: String(UnicodeScalar(file.delimiter.rawValue)),
            rows: 0, inserted: 0, updated: 0, unchanged: 0, deleted: 0, notes: [])
    }
}

/// The write came to a file it would load directly (`Staging.directLoads`) whose rows, decoded
/// in the background meanwhile, have problems, or loaded one whose windows clash
/// (`windowsClash`): the import is to be rejected instead.
struct DirectLoadWithProblems: Error {
    var windowsClash = false
}
