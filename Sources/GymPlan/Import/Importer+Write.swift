import PostgresClient

extension Importer {
    /// Writes the checked staging rows into their tables, target by target in dependency order,
    /// and returns what changed.
    func write(
        _ files: [ImportFile], schema: TargetSchema, options: ImportOptions, warnings: [ImportProblem], order: [String], index: ImportFileIndex,
        direct: Set<Int> = []
    ) throws -> ImportReport {
        try Staging.prepareWrites(on: connection)
        var warnings = warnings
        var summaries = Dictionary(uniqueKeysWithValues: files.map { file in
            (file.index, ImportReport.FileSummary(
                file: file.name, kind: file.layout.kind, table: file.layout.primary.target.name,
                rowNoun: file.layout.primary.target.plural,
                encoding: file.encoding.rawValue, delimiter: String(UnicodeScalar(file.delimiter.rawValue)),
                rows: file.rowCount, inserted: 0, updated: 0, unchanged: 0, deleted: 0, notes: []))
        })
        let filesWithCoordinates = files.filter {
            $0.bindings[0].output.target == .school && $0.bindings[0].presentColumns.contains("latitude")
        }
        try LocationFill.fillStaged(files: filesWithCoordinates.map(\.index), on: connection)

        for target in TargetTable.writeOrder {
            // Writing on is futile once a file still to be loaded directly is known to have problems.
            if files.contains(where: { direct.contains($0.index) && $0.decoded.haveProblemsYet }) {
                throw DirectLoadWithProblems()
            }
            let primaries = files.filter { $0.bindings[0].output.target == target }
            let derived = files.compactMap { file in file.bindings.dropFirst().first { $0.output.target == target }.map { (file, $0) } }
            guard !primaries.isEmpty || !derived.isEmpty else { continue }
            options.progress?.report("writing \(target.name)")
            // Count first: only rows that will be written make a bulk load worthwhile.
            let writers = primaries.map { file in
                TableWriter(connection: connection, target: target, file: file.index, columns: file.bindings[0].presentColumns)
            }
            // A file loaded directly (`Staging.directLoads`) is the only one for its empty table.
            let directFile = primaries.count == 1 && derived.isEmpty && direct.contains(primaries[0].index) ? primaries[0] : nil
            if let directFile, !directFile.decoded.value.problems.isEmpty { throw DirectLoadWithProblems() }
            let targetEmpty = try directFile != nil
                || connection.query("SELECT NOT EXISTS (SELECT 1 FROM \(target.name))").scalar(Bool.self)
            let counts = try directFile.map { [(inserted: $0.rowCount, updated: 0, unchanged: 0)] }
                ?? writers.map { try $0.counts(targetEmpty: targetEmpty) }
            let written = counts.reduce(0) { $0 + $1.inserted + $1.updated }
            let suspension = try BulkLoadSuspension.suspendIfWorthwhile(
                target.name, rows: written, keysMayGo: derived.isEmpty, on: connection)
            for (file, (writer, count)) in zip(primaries, zip(writers, counts)) {
                summaries[file.index]?.inserted = count.inserted
                summaries[file.index]?.updated = count.updated
                summaries[file.index]?.unchanged = count.unchanged
                if let directFile, directFile.index == file.index {
                    try Staging.loadDirect(file, on: connection)
                    continue
                }
                summaries[file.index]?.deleted = try writer.deleteReplaced()
                if count.inserted + count.updated > 0 {
                    try writer.upsert(onlyNewRows: count.updated + count.unchanged == 0 || suspension?.droppedKeys == true)
                }
            }
            for (file, binding) in derived {
                let added = try TableWriter(connection: connection, target: target, file: file.index, columns: binding.presentColumns)
                    .insertMissing()
                if added > 0 { summaries[file.index]?.notes.append("\(added) \(target.plural) added as named in the file") }
            }
            let deleted = primaries.reduce(0) { $0 + (summaries[$1.index]?.deleted ?? 0) }
            if written + deleted >= 2000 { try analyze(target, columns: schema.columnNames(of: target)) }
            try suspension?.restore(on: connection)
        }

        var notes: [String] = []
        let located = try LocationFill.refreshStored(on: connection)
        if located > 0 { notes.append("\(located) school\(located == 1 ? "" : "s") (re)located from their postcode (PC4)") }
        if files.contains(where: { $0.bindings[0].output.target == .grant }) {
            warnings += try GrantWarnings.find(on: connection, files: index)
        }
        return ImportReport(
            dryRun: options.dryRun, files: files.compactMap { summaries[$0.index] },
            warnings: Self.sorted(warnings, order: order), notes: notes)
    }

    /// Gives the planner statistics for `target` right after a bulk write (before autovacuum would):
    /// the foreign keys re-added next and the first queries after the import plan with the real
    /// row counts. A small sample (statistics target 10) of the importer's columns (not the
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

/// The write came to a file it would load directly (`Staging.directLoads`) whose rows, decoded
/// in the background meanwhile, have problems: the import is to be rejected instead.
struct DirectLoadWithProblems: Error {}
