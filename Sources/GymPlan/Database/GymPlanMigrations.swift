import PostgresClient

/// gymplan's schema migrations: the numbered files of the repository's `SQL/` folder, built into
/// the binary by the EmbedFiles plugin.
public enum GymPlanMigrations {
    /// The migrations in version order.
    public static func all() throws -> [Migration] {
        try Migration.parse(files: EmbeddedMigrationFiles.files.map { (name: $0.name, sql: $0.text) })
    }
}
