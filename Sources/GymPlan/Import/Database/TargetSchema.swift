import PostgresClient

/// The columns of the import's target tables as the migrated database defines them: read from
/// its catalogue once per import, inside the import's transaction, so that a column is declared
/// once, in `SQL/`.
struct TargetSchema: Sendable {
    /// One column a file can fill: its name and its SQL type (a domain's base type, with the
    /// column's collation where it is not the default).
    struct Column: Sendable, Hashable {
        var name: String
        var type: String
    }

    private let columnsByTable: [String: [Column]]

    init(columns: [String: [Column]]) {
        columnsByTable = columns
    }

    /// The stored columns of `target` that rows are written to (not generated ones), in table order.
    func columns(of target: TargetTable) -> [Column] {
        columnsByTable[target.name] ?? []
    }

    /// The names of those columns.
    func columnNames(of target: TargetTable) -> [String] {
        columns(of: target).map(\.name)
    }

    /// Reads the columns of `targets` from the catalogue. A target the database lacks is an error
    /// of the server's (undefined table), as any statement on it would be.
    static func read(_ targets: [TargetTable], on connection: Connection) throws -> TargetSchema {
        let rows = try connection.query("""
            SELECT r.position, a.attname,
                   format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END,
                               CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END)
                   || CASE WHEN a.attcollation NOT IN (0, 100) THEN ' COLLATE ' || a.attcollation::regcollation::text
                           ELSE '' END AS type
            FROM unnest($1::regclass[]) WITH ORDINALITY AS r(relation, position)
            JOIN pg_attribute a ON a.attrelid = r.relation
            JOIN pg_type t ON t.oid = a.atttypid
            WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            ORDER BY r.position, a.attnum
            """, [targets.map(\.name)]).rows
        var columns: [String: [Column]] = [:]
        for row in rows {
            let target = targets[try row.decode("position", as: Int.self) - 1]
            columns[target.name, default: []].append(Column(name: try row.decode("attname"), type: try row.decode("type")))
        }
        return TargetSchema(columns: columns)
    }
}
