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
        if let explicitURL, !explicitURL.isEmpty { return try checkedURL(explicitURL, origin: "--database-url") }
        if let url = environment["DATABASE_URL"], !url.isEmpty { return try checkedURL(url, origin: "DATABASE_URL") }
        if !(environment["PGHOST"] ?? "").isEmpty || !(environment["PGDATABASE"] ?? "").isEmpty { return .environment }
        let home = embeddedConfiguration.defaultHome(environment: environment)
        return .embedded(EmbeddedCluster(
            home: home, binaries: try serverPrograms(environment: environment), configuration: embeddedConfiguration))
    }

    /// A URL with a scheme must be libpq's (`postgresql://`, `postgres://`); a string without one is
    /// a conninfo string or a bare database name, which libpq judges itself.
    static func checkedURL(_ url: String, origin: String) throws -> DatabaseTarget {
        if let range = url.range(of: "://") {
            let scheme = String(url[..<range.lowerBound])
            let isScheme = !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
            if isScheme && !["postgresql", "postgres"].contains(scheme.lowercased()) {
                throw DatabaseTargetError.notPostgresURL(origin: origin, scheme: scheme)
            }
        }
        return .url(url, origin: origin)
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

extension DatabaseTarget {
    /// As root, the embedded cluster's default folder, which every clone of gymplan run as root shares.
    public static var sharedRootHome: String { "/var/lib/" + embeddedConfiguration.folderName }

    /// The embedded cluster, when that is the target.
    public var embeddedCluster: EmbeddedCluster? {
        if case .embedded(let cluster) = self { return cluster }
        return nil
    }

    /// True when the target is root's embedded cluster in `/var/lib/gymplan`, shared by every clone.
    public var isSharedByEveryClone: Bool {
        guard let cluster = embeddedCluster else { return false }
        return Self.isShared(home: cluster.home, asRoot: cluster.serverUser != nil)
    }

    public static func isShared(home: String, asRoot: Bool) -> Bool { asRoot && home == sharedRootHome }

    /// The one line (on standard error) a command that uses the embedded cluster starts with; nil
    /// for a configured server.
    public var embeddedNotice: String? {
        embeddedCluster.map { Self.embeddedNotice(home: $0.home, asRoot: $0.serverUser != nil) }
    }

    public static func embeddedNotice(home: String, asRoot: Bool) -> String {
        "embedded database in \(home)" + (isShared(home: home, asRoot: asRoot) ? " (shared by every clone run as root)" : "")
    }
}
