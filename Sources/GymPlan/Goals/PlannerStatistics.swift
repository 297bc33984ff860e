import PostgresClient

/// Planner statistics for the tables the goals read. Right after a bulk import, before autovacuum
/// has analysed them, PostgreSQL guesses a handful of rows and picks nested loops that are ten
/// times slower at national scale; analysing once (about 0.1 s) gives the hash-join plan.
enum PlannerStatistics {
    static let goalTables = ["school", "class", "lesson", "teacher", "grant_application"]

    /// Analyses those of `tables` that hold rows but were never analysed. A role that does not own
    /// them gets a notice from the server and the plan it would have had anyway.
    static func ensure(_ connection: Connection, tables: [String] = goalTables) throws {
        let stale = try connection.query("""
            SELECT quote_ident(relname) AS name FROM pg_stat_user_tables
            WHERE schemaname = current_schema() AND relname = ANY($1)
              AND last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup > 0
            """, [tables]).rows.map { try $0.decode("name", as: String.self) }
        guard !stale.isEmpty else { return }
        try connection.query("ANALYZE " + stale.joined(separator: ", "))
        _ = connection.takeNotices()
    }
}
