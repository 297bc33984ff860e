import Foundation
import PostgresClient

/// What `gymplan db status` reports: where the data lives, the server, the schema, the row counts.
public struct DatabaseStatus: Codable, Sendable {
    public var location: String
    public var embeddedHome: String?
    public var socketDirectory: String?
    /// A line to paste into a shell that opens the embedded database in `psql`.
    public var psql: String?
    /// True for root's embedded cluster in `/var/lib/gymplan`, which every clone run as root shares.
    public var sharedByEveryClone: Bool?
    public var serverVersion: String
    public var postgisVersion: String?
    public var database: String
    public var schemaVersion: Int
    public var counts: [String: Int]
    /// How many gyms and schools have windows of their own, and so how many have the defaults.
    public var hours: HoursCoverage?

    /// The table of every kind of data gymplan keeps (what `gymplan delete` and `db reset` remove), in their order.
    public static let countedTables = DataKind.reportOrder.map(\.table)

    public static func read(_ connection: Connection, target: DatabaseTarget) throws -> DatabaseStatus {
        let server = try connection.query("SHOW server_version").scalar(String.self)
        let postgis = try connection.query(
            "SELECT extversion FROM pg_extension WHERE extname = 'postgis'").rows.first?.decode("extversion", as: String.self)
        let database = try connection.query("SELECT current_database()").scalar(String.self)
        let version = try connection.query("SELECT coalesce(max(version), 0) FROM schema_migrations").scalar(Int.self)
        let union = countedTables.map { "SELECT '\($0)' AS t, count(*) AS n FROM \($0)" }.joined(separator: " UNION ALL ")
        var counts: [String: Int] = [:]
        for row in try connection.query(union).rows {
            counts[try row.decode("t", as: String.self)] = try row.decode("n", as: Int.self)
        }
        var cluster: EmbeddedCluster?
        if case .embedded(let embedded) = target { cluster = embedded }
        return DatabaseStatus(
            location: target.description, embeddedHome: cluster?.home, socketDirectory: cluster?.socketDirectory,
            psql: cluster?.psqlCommand(database: database), sharedByEveryClone: cluster.map { _ in target.isSharedByEveryClone },
            serverVersion: server, postgisVersion: postgis, database: database, schemaVersion: version, counts: counts,
            hours: try HoursCoverage.read(connection))
    }

    public var text: String {
        var lines = ["database:           \(database) (\(location))"]
        if sharedByEveryClone == true {
            lines.append("shared:             every clone of gymplan run as root uses this folder (GYMPLAN_HOME names another)")
        }
        if let socketDirectory { lines.append("socket:             \(socketDirectory) (Unix socket only, no TCP port)") }
        if let psql { lines.append("psql:               \(psql)") }
        lines.append("server:             PostgreSQL \(serverVersion), PostGIS \(postgisVersion ?? "not installed")")
        lines.append("schema version:     \(schemaVersion)")
        for table in Self.countedTables {
            let label = (table + ":").padding(toLength: 20, withPad: " ", startingAt: 0)
            lines.append("\(label)\(Language.en.number(counts[table] ?? 0))\(hoursNote(table))")
        }
        return lines.joined(separator: "\n")
    }

    /// After the windows' counts: how many gyms (schools) they belong to and how many have the defaults.
    private func hoursNote(_ table: String) -> String {
        guard let hours else { return "" }
        switch table {
        case "gym_hours": return Self.hoursNote(hours.gymsWithHours, of: hours.gyms, "gym", "gyms")
        case "school_hours": return Self.hoursNote(hours.schoolsWithHours, of: hours.schools, "school", "schools")
        default: return ""
        }
    }

    private static func hoursNote(_ with: Int, of total: Int, _ noun: String, _ plural: String) -> String {
        let english = Language.en
        return " (windows of \(english.count(with, noun, plural)); "
            + "\(english.number(total - with)) of \(english.number(total)) have the default hours)"
    }

    public func jsonText() throws -> String {
        try JSONOutput.text(self)
    }
}
