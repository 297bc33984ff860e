import PostgresClient

/// The constraints and indexes of one table, dropped for a bulk load and rebuilt after it.
///
/// Checking foreign keys and maintaining indexes row by row is what makes a large load slow.
/// Adding a foreign key back checks all rows in one set-based pass, and building an index sorts
/// once, so every constraint is in force again at the end. When the table is empty its primary
/// key goes too (with the foreign keys of other tables that point at it), and is rebuilt the same
/// way. It all happens inside the import's transaction: a failed or killed import gets everything
/// back by rolling back. The catalogue is read in one query, and the drops and the rebuild are
/// each sent as one script, so that a suspension costs few round trips.
struct BulkLoadSuspension {
    /// A constraint or index as the catalog defines it.
    private struct Definition {
        var table: String
        var name: String
        var definition: String
    }

    let table: String
    /// Whether the primary key is gone: only plain inserts work until `restore`.
    let droppedKeys: Bool
    private let keys: [Definition]
    private let indexes: [Definition]
    /// Whether `restore` builds an index (which records the table's row count for the planner).
    var rebuildsIndexes: Bool { !keys.isEmpty || !indexes.isEmpty }
    private let foreignKeys: [Definition]
    private let incomingForeignKeys: [Definition]

    /// Suspends when `rows` is large compared with the table and the user owns the tables
    /// involved; nil when it is better (or only possible) to load row by row. `keysMayGo` allows
    /// dropping the primary key of an `empty` table (not when rows are added with ON CONFLICT).
    static func suspendIfWorthwhile(
        _ table: String, rows: Int, empty: Bool, keysMayGo: Bool, on connection: Connection
    ) throws -> BulkLoadSuspension? {
        guard rows >= 2000 else { return nil }
        // One query: first whether the user owns the table, its size and whether the user owns the
        // tables that reference it, then the definitions, by kind.
        let catalogue = try connection.query("""
            SELECT * FROM (
                SELECT 'info' AS kind, pg_has_role(c.relowner, 'USAGE')::text, greatest(c.reltuples, 0)::bigint::text,
                       coalesce((SELECT bool_and(pg_has_role(r.relowner, 'USAGE')) FROM pg_constraint k
                                 JOIN pg_class r ON r.oid = k.conrelid WHERE k.confrelid = c.oid), true)::text
                FROM pg_class c WHERE c.oid = $1::regclass
                UNION ALL
                SELECT 'foreign', conrelid::regclass::text, conname::text, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = $1::regclass AND contype = 'f'
                UNION ALL
                SELECT 'incoming', conrelid::regclass::text, conname::text, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE confrelid = $1::regclass AND conrelid <> confrelid AND contype = 'f'
                UNION ALL
                SELECT 'key', conrelid::regclass::text, conname::text, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = $1::regclass AND contype IN ('p', 'u')
                UNION ALL
                SELECT 'index', i.indrelid::regclass::text, c.relname::text, pg_get_indexdef(i.indexrelid)
                FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE i.indrelid = $1::regclass AND NOT i.indisunique AND NOT i.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ) d ORDER BY kind <> 'info', 1, 2, 3
            """, [table]).rows
        guard let info = catalogue.first, try info.decode(0, as: String.self) == "info",
              try info.decode(1, as: String.self) == "true" else { return nil }
        guard rows * 20 >= (try info.decode(2, as: Int.self)) else { return nil }
        let referencingTablesOwned = try info.decode(3, as: String.self) == "true"
        let definitions = try Dictionary(grouping: catalogue.dropFirst().map { row in
            (kind: try row.decode(0, as: String.self),
             definition: Definition(table: try row.decode(1), name: try row.decode(2), definition: try row.decode(3)))
        }, by: \.kind).mapValues { $0.map(\.definition) }

        let foreignKeys = definitions["foreign"] ?? []
        let indexes = definitions["index"] ?? []
        var keys: [Definition] = []
        var incoming: [Definition] = []
        if empty && keysMayGo && referencingTablesOwned {
            keys = definitions["key"] ?? []
            incoming = keys.isEmpty ? [] : definitions["incoming"] ?? []
        }
        guard !foreignKeys.isEmpty || !indexes.isEmpty || !keys.isEmpty else { return nil }

        var drops: [String] = []
        for constraint in incoming + foreignKeys + keys {
            drops.append("ALTER TABLE \(constraint.table) DROP CONSTRAINT \(try connection.quoteIdentifier(constraint.name))")
        }
        for index in indexes {
            drops.append("DROP INDEX \(try connection.quoteIdentifier(index.name))")
        }
        try connection.execute(script: drops.joined(separator: ";\n"))
        return BulkLoadSuspension(
            table: table, droppedKeys: !keys.isEmpty, keys: keys, indexes: indexes, foreignKeys: foreignKeys,
            incomingForeignKeys: incoming)
    }

    /// Rebuilds keys and indexes, then adds the foreign keys back, validating every row.
    func restore(on connection: Connection) throws {
        let statements = try adds(keys, connection) + indexes.map(\.definition)
            + adds(foreignKeys, connection) + adds(incomingForeignKeys, connection)
        guard !statements.isEmpty else { return }
        try connection.execute(script: statements.joined(separator: ";\n"))
    }

    /// One ALTER TABLE per table that adds `constraints` back.
    private func adds(_ constraints: [Definition], _ connection: Connection) throws -> [String] {
        try Dictionary(grouping: constraints, by: \.table).sorted(by: { $0.key < $1.key }).map { table, group in
            let adds = try group.map { "ADD CONSTRAINT \(try connection.quoteIdentifier($0.name)) \($0.definition)" }
            return "ALTER TABLE \(table) \(adds.joined(separator: ", "))"
        }
    }
}
