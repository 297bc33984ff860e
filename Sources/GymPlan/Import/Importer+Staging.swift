import PostgresClient

extension Importer {
    /// Takes the import lock, prepares the session, reads the target tables' columns from the
    /// catalogue and creates the staging tables.
    func prepareStaging() throws -> TargetSchema {
        try connection.advisoryTransactionLock(Self.lockKey)
        try Staging.prepareSession(on: connection)
        let schema = try TargetSchema.read(TargetTable.writeOrder, on: connection)
        try Staging.create(schema, on: connection)
        return schema
    }

    /// Stages the files that are staged in any case as they are read, while larger ones still are.
    /// Returns their indices.
    func stageAsTheyArrive(_ opening: OpenedFiles, options: ImportOptions) throws -> Set<Int> {
        var loaded: Set<Int> = []
        while let opened = opening.next() {
            guard let file = opened.file, !Staging.mayLoadDirectly(file) else { continue }
            options.progress?.report("loading \(file.name)")
            try Staging.load(file, on: connection, progress: options.progress)
            loaded.insert(file.index)
        }
        return loaded
    }

    /// Stages the files of `plan` that are neither `streamed` already nor loaded directly, in
    /// write order.
    func stageTheRest(of plan: ImportPlan, streamed: Set<Int>, options: ImportOptions) throws {
        for file in ImportFile.inWriteOrder(plan.files) where !plan.direct.contains(file.index) && !streamed.contains(file.index) {
            options.progress?.report("loading \(file.name)")
            try Staging.load(file, on: connection, progress: options.progress)
        }
    }
}
