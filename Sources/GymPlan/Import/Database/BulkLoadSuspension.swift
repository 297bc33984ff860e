import PostgresClient

/// The constraints and indexes of one table, dropped for a bulk load and rebuilt after it.
///
/// Checking foreign keys and maintaining indexes row by row is what makes a large load slow.
/// Adding a foreign key back checks all rows in one set-based pass, and building an index sorts
/// once, so every constraint is in force again at the end. When the table is empty its primary
/// key goes too (with the foreign keys of other tables that point at it), and is rebuilt the same
/// way. It all happens inside the import's transaction: a failed or killed import gets everything
/// back by rolling back.
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
    private let foreignKeys: [Definition]
    private let incomingForeignKeys: [Definition]

    /// Suspends when `rows` is large compared with the table and the user owns the tables
    /// involved; nil when it is better (or only possible) to load row by row. `keysMayGo` allows
    /// dropping the primary key of an empty table (not when rows are added with ON CONFLICT).
    static func suspendIfWorthwhile(
        _ table: String, rows: Int, keysMayGo: Bool, on connection: Connection
    ) throws -> BulkLoadSuspension? {
        guard rows >= 2000 else { return nil }
        let info = try connection.query("""
            SELECT pg_has_role(relowner, 'USAGE'), greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = $1::regclass
            """, [table])
        guard info.count == 1, try info[0].decode(0, as: Bool.self) else { return nil }
        guard rows * 20 >= (try info[0].decode(1, as: Int.self)) else { return nil }
        let empty = try connection.query("SELECT NOT EXISTS (SELECT 1 FROM \(table))").scalar(Bool.self)

        let foreignKeys = try constraints("conrelid = $1::regclass AND contype = 'f'", table, connection)
        let indexes = try connection.query("""
            SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = $1::regclass AND NOT i.indisunique AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY c.relname
            """, [table]).rows.map { Definition(table: table, name: try $0.decode(0), definition: try $0.decode(1)) }
        var keys: [Definition] = []
        var incoming: [Definition] = []
        if empty && keysMayGo {
            incoming = try constraints("confrelid = $1::regclass AND conrelid <> confrelid AND contype = 'f'", table, connection)
            let owned = try connection.query("""
                SELECT bool_and(pg_has_role(c.relowner, 'USAGE')) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
                WHERE k.confrelid = $1::regclass
                """, [table]).rows.first.map { try $0.decode(0, as: Bool?.self) ?? true } ?? true
            if owned { keys = try constraints("conrelid = $1::regclass AND contype IN ('p', 'u')", table, connection) }
            if keys.isEmpty { incoming = [] }
        }
        guard !foreignKeys.isEmpty || !indexes.isEmpty || !keys.isEmpty else { return nil }

        for constraint in incoming + foreignKeys + keys {
            try connection.query("ALTER TABLE \(constraint.table) DROP CONSTRAINT \(try connection.quoteIdentifier(constraint.name))")
        }
        for index in indexes {
            try connection.query("DROP INDEX \(try connection.quoteIdentifier(index.name))")
        }
        return BulkLoadSuspension(
            table: table, droppedKeys: !keys.isEmpty, keys: keys, indexes: indexes, foreignKeys: foreignKeys,
            incomingForeignKeys: incoming)
    }

    /// Rebuilds keys and indexes, then adds the foreign keys back, validating every row.
    func restore(on connection: Connection) throws {
        try add(keys, on: connection)
        for index in indexes {
            try connection.query(index.definition)
        }
        try add(foreignKeys, on: connection)
        try add(incomingForeignKeys, on: connection)
    }

    private func add(_ constraints: [Definition], on connection: Connection) throws {
        for (table, group) in Dictionary(grouping: constraints, by: \.table).sorted(by: { $0.key < $1.key }) {
            let adds = try group.map { "ADD CONSTRAINT \(try connection.quoteIdentifier($0.name)) \($0.definition)" }
            try connection.query("ALTER TABLE \(table) \(adds.joined(separator: ", "))")
        }
    }

    private static func constraints(_ condition: String, _ table: String, _ connection: Connection) throws -> [Definition] {
        try connection.query("""
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE \(condition) ORDER BY conrelid::regclass::text, conname
            """, [table]).rows.map { Definition(table: try $0.decode(0), name: try $0.decode(1), definition: try $0.decode(2)) }
    }
}
