import ArgumentParser
import GymPlan
import PostgresClient

/// The options every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "PostgreSQL URL (else DATABASE_URL, PG* variables, or the embedded cluster).")
    var databaseURL: String?

    func target() throws -> DatabaseTarget {
        try DatabaseTarget.resolve(explicitURL: databaseURL)
    }

    /// Connects (starting the embedded cluster if that is the target) and migrates.
    func open() throws -> Connection {
        try GymPlanDatabase.open(target())
    }
}
