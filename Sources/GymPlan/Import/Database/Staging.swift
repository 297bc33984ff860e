import PostgresClient

/// The temporary staging tables of one import: created empty, filled through COPY, dropped at
/// the end of the transaction.
enum Staging {
    /// Gives this transaction room for hashing, sorting and index builds, and this session room for
    /// its temporary tables (possible only before it first uses one; later it keeps what it had).
    /// Merge joins are off for the checks: without statistics on the staging tables the planner
    /// would sort text keys for them, slowly under a non-C collation.
    static func prepareSession(on connection: Connection) throws {
        try connection.execute(script: """
            SET LOCAL work_mem = '64MB';
            SET LOCAL maintenance_work_mem = '256MB';
            SET LOCAL enable_mergejoin = off;
            DO $$ BEGIN PERFORM set_config('temp_buffers', '128MB', false);
                  EXCEPTION WHEN OTHERS THEN NULL; END $$;
            """)
    }

    /// The checks are done: validating re-added foreign keys is faster with merge joins allowed.
    static func prepareWrites(on connection: Connection) throws {
        try connection.query("SET LOCAL enable_mergejoin = on")
    }

    /// Creates a staging table for every target: `file`, `line`, then the target's columns, all
    /// nullable (a row with a bad value is staged with NULL there, so its key still counts).
    static func create(on connection: Connection) throws {
        var script = ""
        for target in TargetTable.writeOrder {
            let columns = ["file integer NOT NULL", "line integer NOT NULL"] + target.columns.map { "\($0.name) \($0.type)" }
            script += "CREATE TEMPORARY TABLE \(target.staging) (\(columns.joined(separator: ", "))) ON COMMIT DROP;\n"
        }
        try connection.execute(script: script)
    }

    /// Streams the decoded rows of `file` into the staging table of each of its outputs.
    static func load(_ file: ImportFile, on connection: Connection, progress: ImportProgress?) throws {
        let chunk = 1 << 20
        for (position, (binding, data)) in zip(file.bindings, file.copyData).enumerated() where position == 0 || !data.isEmpty {
            try connection.copyIn(copyStatement(binding)) { writer in
                try data.withUnsafeBytes { bytes in
                    var offset = 0
                    while offset < bytes.count {
                        let end = min(offset + chunk, bytes.count)
                        try writer.write(UnsafeRawBufferPointer(rebasing: bytes[offset ..< end]))
                        offset = end
                        if position == 0, bytes.count > chunk {
                            progress?.report("\(file.name): \(offset * 100 / bytes.count)% copied")
                        }
                    }
                }
            }
        }
    }

    private static func copyStatement(_ binding: OutputBinding) -> String {
        let columns = ["file", "line"] + binding.copyColumns
        return "COPY \(binding.output.target.staging) (\(columns.joined(separator: ", "))) FROM STDIN"
    }
}
