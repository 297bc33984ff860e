import PostgresClient

/// Writes the staged rows of one file into its target table: counts what will change, removes
/// replaced rows, and upserts by natural key without touching rows that stay the same.
struct TableWriter {
    let connection: Connection
    let target: TargetTable
    let file: Int
    /// The stored columns the file has; the upsert sets only these, so that columns a file does
    /// not have (DUO has no coordinates) keep their values.
    let columns: [String]

    private var rowFilter: String {
        "s.file = \(file)" + (target.authoritativeFlag.map { " AND s.\($0)" } ?? "")
    }

    private var valueColumns: [String] { columns.filter { !target.key.contains($0) } }

    /// How many staged rows are new, different from the stored row, or the same. With
    /// `targetEmpty` every staged row is new, and only they are counted.
    func counts(targetEmpty: Bool = false) throws -> (inserted: Int, updated: Int, unchanged: Int) {
        if targetEmpty {
            return (try connection.query("SELECT count(*) FROM \(target.staging) s WHERE \(rowFilter)").scalar(Int.self), 0, 0)
        }
        let join = target.key.map { "t.\($0) = s.\($0)" }.joined(separator: " AND ")
        let missing = "t.\(target.key[0]) IS NULL"
        let distinct = valueColumns.isEmpty ? "false"
            : "ROW(\(valueColumns.map { "t.\($0)" }.joined(separator: ", "))) IS DISTINCT FROM ROW(\(valueColumns.map { "s.\($0)" }.joined(separator: ", ")))"
        let row = try connection.query("""
            SELECT count(*) FILTER (WHERE \(missing)) AS inserted,
                   count(*) FILTER (WHERE NOT \(missing) AND \(distinct)) AS updated,
                   count(*) FILTER (WHERE NOT \(missing) AND NOT \(distinct)) AS unchanged
            FROM \(target.staging) s LEFT JOIN \(target.name) t ON \(join) WHERE \(rowFilter)
            """)[0]
        return (try row.decode("inserted"), try row.decode("updated"), try row.decode("unchanged"))
    }

    /// For targets replaced per (school year, school): deletes the stored rows of each scope the
    /// file names that the import does not contain; for a target replaced whole, every stored row
    /// the file does not contain. Returns how many rows it deleted.
    func deleteReplaced() throws -> Int {
        if target.replacesAll {
            let sameKey = target.key.map { "s.\($0) = t.\($0)" }.joined(separator: " AND ")
            return try connection.query("""
                DELETE FROM \(target.name) t
                WHERE NOT EXISTS (SELECT 1 FROM \(target.staging) s WHERE s.file = \(file) AND \(sameKey))
                """).affectedRows
        }
        guard let scope = target.replaceScope else { return 0 }
        let scopeColumns = scope.joined(separator: ", ")
        let inScope = scope.map { "t.\($0) = sc.\($0)" }.joined(separator: " AND ")
        let sameKey = target.key.map { "s.\($0) = t.\($0)" }.joined(separator: " AND ")
        return try connection.query("""
            DELETE FROM \(target.name) t
            USING (SELECT DISTINCT \(scopeColumns) FROM \(target.staging) WHERE file = \(file)) sc
            WHERE \(inScope) AND NOT EXISTS (SELECT 1 FROM \(target.staging) s WHERE \(sameKey))
            """).affectedRows
    }

    /// Inserts new rows and updates changed ones. With `onlyNewRows` (none of the file's keys is
    /// stored yet, as `counts()` found) a plain insert does, which is faster for bulk loads.
    func upsert(onlyNewRows: Bool = false) throws {
        let list = columns.joined(separator: ", ")
        let conflict: String
        if onlyNewRows {
            conflict = ""
        } else if valueColumns.isEmpty {
            conflict = "DO NOTHING"
        } else {
            let set = valueColumns.map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
            let old = valueColumns.map { "t.\($0)" }.joined(separator: ", ")
            let new = valueColumns.map { "EXCLUDED.\($0)" }.joined(separator: ", ")
            conflict = "DO UPDATE SET \(set) WHERE ROW(\(old)) IS DISTINCT FROM ROW(\(new))"
        }
        try connection.query("""
            INSERT INTO \(target.name) AS t (\(list))
            SELECT \(columns.map { "s.\($0)" }.joined(separator: ", ")) FROM \(target.staging) s WHERE \(rowFilter)
            \(conflict.isEmpty ? "" : "ON CONFLICT (\(target.key.joined(separator: ", "))) \(conflict)")
            """)
    }

    /// Adds the rows of a non-authoritative output (municipalities named by the DUO file) that do
    /// not exist yet, one per key. Returns how many it added.
    func insertMissing() throws -> Int {
        let list = columns.joined(separator: ", ")
        let keys = target.key.joined(separator: ", ")
        return try connection.query("""
            INSERT INTO \(target.name) (\(list))
            SELECT DISTINCT ON (\(keys)) \(list) FROM \(target.staging) s
            WHERE s.file = \(file) ORDER BY \(keys), s.line
            ON CONFLICT (\(keys)) DO NOTHING
            """).affectedRows
    }
}
