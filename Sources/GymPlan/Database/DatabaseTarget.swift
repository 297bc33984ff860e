import Foundation
import PostgresClient

/// Which PostgreSQL server gymplan uses (data contract, section 4): `--database-url`, else
/// `DATABASE_URL`, else the `PG*` variables when `PGHOST` or `PGDATABASE` is set, else its own
/// embedded cluster.
public enum DatabaseTarget: Sendable {
    case url(String, origin: String)
    case environment
    case embedded(EmbeddedCluster)

    /// The name of gymplan's database inside the embedded cluster.
    public static let embeddedDatabaseName = "gymplan"

    /// gymplan's embedded cluster: the `gymplan` role, in `$GYMPLAN_HOME` or a folder `gymplan`.
    public static let embeddedConfiguration = EmbeddedCluster.Configuration(
        superuser: "gymplan", folderName: "gymplan", homeVariable: "GYMPLAN_HOME", serverVariable: "DATABASE_URL")

    /// The name the server shows for gymplan's connections.
    public static let applicationName = "gymplan"

    /// The environment variable naming the folder of the PostgreSQL server programs to use.
    public static let serverProgramsVariable = "GYMPLAN_PG_BINDIR"

    /// The PostgreSQL server programs: those in `$GYMPLAN_PG_BINDIR`, else the installed ones.
    public static func serverPrograms(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> PostgresBinaries {
        try PostgresBinaries.locate(configured: environment[serverProgramsVariable])
    }

    /// Resolves the target from an explicit URL and the environment.
    public static func resolve(
        explicitURL: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> DatabaseTarget {
        if let explicitURL, !explicitURL.isEmpty { return .url(explicitURL, origin: "--database-url") }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .url(url, origin: "DATABASE_URL") }
        if !(environment["PGHOST"] ?? "").isEmpty || !(environment["PGDATABASE"] ?? "").isEmpty { return .environment }
        let home = embeddedConfiguration.defaultHome(environment: environment)
        return .embedded(EmbeddedCluster(
            home: home, binaries: try serverPrograms(environment: environment), configuration: embeddedConfiguration))
    }

    /// Settings to connect with; for the embedded cluster this starts it (and creates its database)
    /// when needed.
    public func connectionSettings(startingEmbedded: Bool = true) throws -> ConnectionSettings {
        var settings = try serverSettings(startingEmbedded: startingEmbedded)
        settings.applicationName = Self.applicationName
        return settings
    }

    private func serverSettings(startingEmbedded: Bool) throws -> ConnectionSettings {
        switch self {
        case .url(let url, let origin):
            return .url(url, origin: origin)
        case .environment:
            return .environment()
        case .embedded(let cluster):
            if startingEmbedded {
                if try cluster.start() {
                    try cluster.ensureDatabase(Self.embeddedDatabaseName)
                } else if try !cluster.databaseExists(Self.embeddedDatabaseName) {
                    try cluster.ensureDatabase(Self.embeddedDatabaseName)
                }
            }
            return cluster.settings(database: Self.embeddedDatabaseName)
        }
    }

    /// Says where the data lives, for `gymplan db status`.
    public var description: String {
        switch self {
        case .url(_, let origin): return "server named by \(origin)"
        case .environment: return "server named by the PG* environment variables"
        case .embedded(let cluster): return "embedded cluster at \(cluster.home)"
        }
    }
}

/// Opens gymplan's database: connects and applies pending migrations.
public enum GymPlanDatabase {
    public static func open(_ target: DatabaseTarget, migrate: Bool = true) throws -> Connection {
        let settings = try target.connectionSettings()
        let connection = try Connection(settings: settings)
        if migrate { try Migrator(migrations: GymPlanMigrations.all()).migrate(connection) }
        return connection
    }
}
