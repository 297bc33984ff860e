import PostgresClient

/// Grant counts for the ministry export.
public enum GrantStatistics {
    /// Per municipality code, the grants of teachers whose main school lies in that municipality,
    /// applied for in the school year (1 August to 31 July), by status. Municipalities without
    /// such grants are absent.
    public static func countsByMunicipality(_ connection: Connection, year: SchoolYear) throws -> [String: GrantStatusCounts] {
        let rows = try GrantUptake.read(connection, from: year, to: year, by: .municipality)
        var counts: [String: GrantStatusCounts] = [:]
        for row in rows {
            guard let code = row.region else { continue }
            counts[code] = row.counts
        }
        return counts
    }
}
