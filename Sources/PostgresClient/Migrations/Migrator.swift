/// Applies numbered migrations in order, each in its own transaction under an advisory lock, and
/// records each with a checksum in `schema_migrations`.
public struct Migrator: Sendable {
    public let migrations: [Migration]
    /// The advisory lock key that serialises migrators on one database.
    public static let lockKey: Int64 = 0x6779_6d70_6c61_6e01

    public init(migrations: [Migration]) {
        self.migrations = migrations
    }

    /// Applies the pending migrations; returns the versions applied now. Checks the checksums of
    /// those applied before.
    @discardableResult
    public func migrate(_ connection: Connection) throws -> [Int] {
        if try isUpToDate(connection) { return [] }
        var appliedNow: [Int] = []
        for migration in migrations {
            let applied = try connection.transaction { () throws -> Bool in
                try connection.advisoryTransactionLock(Self.lockKey)
                try createTable(connection)
                let recorded = try self.recorded(connection)
                try verify(connection, recorded)
                if recorded[migration.version] != nil { return false }
                try connection.execute(script: migration.sql)
                try connection.query(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, md5($3))",
                    [migration.version, migration.name, migration.sql])
                return true
            }
            if applied { appliedNow.append(migration.version) }
        }
        return appliedNow
    }

    /// True when every migration is recorded with its checksum (a read-only check).
    public func isUpToDate(_ connection: Connection) throws -> Bool {
        let exists = try connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL").scalar(Bool.self)
        guard exists else { return false }
        let recorded = try self.recorded(connection)
        try verify(connection, recorded)
        return migrations.allSatisfy { recorded[$0.version] != nil }
    }

    /// The versions applied to the database with their checksums.
    public func recorded(_ connection: Connection) throws -> [Int: String] {
        let result = try connection.query("SELECT version, checksum FROM schema_migrations ORDER BY version")
        var recorded: [Int: String] = [:]
        for row in result.rows {
            recorded[try row.decode("version", as: Int.self)] = try row.decode("checksum", as: String.self)
        }
        return recorded
    }

    /// Compares the recorded checksums with the files' (computed by the server, as when recorded).
    private func verify(_ connection: Connection, _ recorded: [Int: String]) throws {
        let known = Set(migrations.map(\.version))
        if let unknown = recorded.keys.sorted().first(where: { !known.contains($0) }) {
            throw MigrationError.unknownApplied(version: unknown)
        }
        let changed = try connection.query("""
            SELECT f.version, f.name FROM schema_migrations m
            JOIN unnest($1::int[], $2::text[], $3::text[]) AS f(version, name, sql) ON f.version = m.version
            WHERE m.checksum <> md5(f.sql) ORDER BY f.version LIMIT 1
            """,
            ["{" + migrations.map { String($0.version) }.joined(separator: ",") + "}",
             migrations.map(\.name), migrations.map(\.sql)])
        if changed.count > 0 {
            throw MigrationError.checksumMismatch(
                version: try changed[0].decode("version", as: Int.self), name: try changed[0].decode("name", as: String.self))
        }
    }

    private func createTable(_ connection: Connection) throws {
        try connection.query("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     integer PRIMARY KEY,
                name        text NOT NULL,
                checksum    text NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            )
            """)
    }
}
