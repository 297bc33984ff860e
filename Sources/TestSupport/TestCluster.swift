import Foundation
import GymPlan
import PostgresClient

/// One throwaway PostgreSQL cluster per test process (Unix socket only, durability off), with a
/// migrated template database from which every test clones its own database.
public final class TestCluster: Sendable {
    public let cluster: EmbeddedCluster
    public static let templateName = "gymplan_template"
    private let lock = NSLock()

    /// The cluster of this test process, started on first use.
    public static func shared() throws -> TestCluster {
        try sharedResult.get()
    }

    private static let sharedResult: Result<TestCluster, any Error> = Result { try TestCluster() }

    private init() throws {
        let home = FileManager.default.temporaryDirectory.path + "/gymplan-test-\(getpid())"
        TestCluster.removeAbandonedClusters()
        try? FileManager.default.removeItem(atPath: home)
        cluster = EmbeddedCluster(
            home: home, binaries: try DatabaseTarget.serverPrograms(), configuration: DatabaseTarget.embeddedConfiguration, throwaway: true)
        try cluster.start()
        registerCleanup(home: home, binaries: cluster.binaries.directory, asRoot: cluster.serverUser != nil)
        try cluster.ensureDatabase(Self.templateName)
        do {
            let connection = try Connection(settings: cluster.settings(database: Self.templateName))
            try Migrator(migrations: GymPlanMigrations.all()).migrate(connection)
        }
    }

    /// A fresh database, cloned from the migrated template (about 65 ms).
    public func makeDatabase(label: String = "t") throws -> TestDatabase {
        let name = "\(label.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(20))_\(UInt32.random(in: 0...UInt32.max))"
        try lock.withLock {
            let admin = try Connection(settings: cluster.settings(database: "postgres"))
            try admin.query("CREATE DATABASE \(try admin.quoteIdentifier(name)) TEMPLATE \(Self.templateName)")
        }
        return TestDatabase(name: name, cluster: self)
    }

    /// An empty database without gymplan's schema (for migration tests).
    public func makeEmptyDatabase(label: String = "empty") throws -> TestDatabase {
        let name = "\(label)_\(UInt32.random(in: 0...UInt32.max))"
        let admin = try Connection(settings: cluster.settings(database: "postgres"))
        try admin.query("CREATE DATABASE \(try admin.quoteIdentifier(name))")
        return TestDatabase(name: name, cluster: self)
    }

    /// Clusters of test processes that died without cleaning up.
    private static func removeAbandonedClusters() {
        let directory = FileManager.default.temporaryDirectory.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix("gymplan-test-") {
            guard let pid = Int32(name.dropFirst("gymplan-test-".count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                let home = directory + "/" + name
                if let binaries = try? DatabaseTarget.serverPrograms() {
                    _ = try? EmbeddedCluster(
                        home: home, binaries: binaries, configuration: DatabaseTarget.embeddedConfiguration, throwaway: true
                    ).stop(immediate: true)
                }
                try? FileManager.default.removeItem(atPath: home)
            }
        }
    }
}

/// A database of its own for one test.
public struct TestDatabase: Sendable {
    public let name: String
    let cluster: TestCluster

    public var settings: ConnectionSettings { cluster.cluster.settings(database: name) }

    /// A libpq URL for `DATABASE_URL`: a Unix-socket connection to this database.
    public var url: String {
        "postgresql:///\(name)?host=\(cluster.cluster.socketDirectory)&user=\(cluster.cluster.superuser)"
    }

    public func connect() throws -> Connection {
        try Connection(settings: settings)
    }

    /// Drops the database (tests call it when they pass; failing tests leave theirs for a look).
    public func drop() throws {
        let admin = try Connection(settings: cluster.cluster.settings(database: "postgres"))
        try admin.query("DROP DATABASE IF EXISTS \(try admin.quoteIdentifier(name)) WITH (FORCE)")
    }
}

// Stopping the cluster when the test process exits.
nonisolated(unsafe) private var cleanupHome = ""
nonisolated(unsafe) private var cleanupCommand = ""

private func registerCleanup(home: String, binaries: String, asRoot: Bool) {
    cleanupHome = home
    let stop = "\(binaries)/pg_ctl stop -D \(home)/data -m immediate -w"
    cleanupCommand = (asRoot ? "runuser -u postgres -- " : "") + stop + " >/dev/null 2>&1; rm -rf \(home)"
    atexit {
        guard !cleanupCommand.isEmpty else { return }
        _ = system(cleanupCommand)
    }
}
