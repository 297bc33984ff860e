import ArgumentParser
import GymPlan
import PostgresClient

/// The options every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "PostgreSQL URL (else DATABASE_URL, PG* variables, or the embedded cluster).")
    var databaseURL: String?

    /// The database to use; for the embedded cluster the first line on standard error says which folder it is.
    func target() throws -> DatabaseTarget {
        Self.announced(try DatabaseTarget.resolve(explicitURL: databaseURL))
    }

    /// `target`, after saying on standard error which folder it is when it is the embedded cluster.
    static func announced(_ target: DatabaseTarget) -> DatabaseTarget {
        if let notice = target.embeddedNotice { StandardError.note("gymplan: " + notice) }
        return target
    }

    /// Connects (starting the embedded cluster if that is the target) and migrates.
    func open() throws -> Connection {
        try GymPlanDatabase.open(target())
    }

    /// Opens the database and runs `body` on one consistent, read-only snapshot: a report built
    /// from several queries while an import commits shows the data wholly before or wholly after it.
    func read<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = try open()
        return try connection.readOnlySnapshot { try body(connection) }
    }
}
