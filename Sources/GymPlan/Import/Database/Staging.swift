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

    /// Creates a staging table for every target: `file`, `line`, then the target's columns as
    /// `schema` has them and its staging-only ones, all nullable and unconstrained (a row with a
    /// bad value is staged with NULL there, so its key still counts).
    static func create(_ schema: TargetSchema, on connection: Connection) throws {
        var script = ""
        for target in TargetTable.writeOrder {
            let columns = ["file integer NOT NULL", "line integer NOT NULL"]
                + (schema.columns(of: target) + target.stagingOnlyColumns).map { "\($0.name) \($0.type)" }
            script += "CREATE TEMPORARY TABLE \(target.staging) (\(columns.joined(separator: ", "))) ON COMMIT DROP;\n"
        }
        try connection.execute(script: script)
    }

    /// Streams the decoded rows of `file` into the staging table of each of its outputs.
    static func load(_ file: ImportFile, on connection: Connection, progress: ImportProgress?) throws {
        let chunk = 1 << 20
        for (position, (binding, data)) in zip(file.bindings, file.decoded.value.copyData).enumerated()
        where position == 0 || !data.isEmpty {
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

    /// The files whose rows can go through COPY straight into their target table, skipping
    /// staging: the table is `empty` (so the upsert would be plain inserts), and the file is the
    /// only one to fill it, with every column of its rows stored as is (no derived outputs, no
    /// flags, nothing computed in staging afterwards). Only for an import where nothing is wrong
    /// with any row: their keys and references are checked by the primary and foreign keys, the
    /// windows of opening hours by `StagingChecks.windowsClash` once they are in their table, and
    /// when those refuse the rows, or a file's rows turn out to have problems, they are staged
    /// (`load`) to find the lines.
    static func directLoads(_ files: [ImportFile], empty: Set<TargetTable>) -> Set<Int> {
        var direct: Set<Int> = []
        for file in files where mayLoadDirectly(file) {
            let target = file.layout.primary.target
            guard !files.contains(where: { $0.index != file.index && $0.bindings.contains { $0.output.target == target } }),
                  empty.contains(target)
            else { continue }
            direct.insert(file.index)
        }
        return direct
    }

    /// Those of `targets` whose tables have no rows, looked up in one round trip.
    static func emptyTables(_ targets: [TargetTable], on connection: Connection) throws -> Set<TargetTable> {
        guard !targets.isEmpty else { return [] }
        let tests = targets.map { "NOT EXISTS (SELECT 1 FROM \($0.name))" }.joined(separator: ", ")
        let sql = "SELECT " + tests
        let row = try connection.query(sql)[0]
        return Set(try targets.indices.filter { try row.decode($0, as: Bool.self) }.map { targets[$0] })
    }

    /// Whether `file` alone could be one of `directLoads`: it fills one table of those that take
    /// direct loads, and every column of its rows is stored as is.
    static func mayLoadDirectly(_ file: ImportFile) -> Bool {
        let eligible: Set<TargetTable> = [.gymHours, .schoolHours, .distance, .teacher, .schoolClass, .lesson]
        guard file.bindings.count == 1, let binding = file.bindings.first else { return false }
        return eligible.contains(binding.output.target) && binding.copyColumns == binding.presentColumns
    }

    /// Streams the rows of `file` (one of `directLoads`) into its target table: the staging rows
    /// without their `file` and `line` fields, a chunk at a time.
    static func loadDirect(_ file: ImportFile, on connection: Connection) throws {
        let binding = file.bindings[0]
        let list = binding.copyColumns.joined(separator: ", ")
        let table = binding.output.target.name
        let chunk = 1 << 20
        try connection.copyIn("COPY \(table) (\(list)) FROM STDIN") { writer in
            var rows: [UInt8] = []
            rows.reserveCapacity(chunk + 4096)
            try file.decoded.value.copyData[0].withUnsafeBufferPointer { bytes in
                var start = 0
                while start < bytes.count {
                    // Fields are separated by raw tabs and rows end with a raw newline (COPY text
                    // escapes both inside values): skip to after the second tab, keep the rest.
                    var tabs = 0
                    var position = start
                    while tabs < 2 && position < bytes.count {
                        if bytes[position] == 0x09 { tabs += 1 }
                        position += 1
                    }
                    var end = position
                    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                    end = min(end + 1, bytes.count)
                    rows.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position ..< end]))
                    start = end
                    if rows.count >= chunk || start == bytes.count {
                        try rows.withUnsafeBytes { try writer.write($0) }
                        rows.removeAll(keepingCapacity: true)
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
