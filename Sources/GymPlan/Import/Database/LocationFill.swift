import PostgresClient

/// Approximate coordinates from the PC4 table for schools with a postcode but no coordinates of
/// their own, marked `LocationSource.pc4`. The sources are bound as parameters from the enum.
enum LocationFill {
    /// Fills staged schools of `files` (which have coordinate columns) that lack coordinates,
    /// from the staged and stored PC4 areas, so that re-imports compare equal.
    static func fillStaged(files: [Int], on connection: Connection) throws {
        guard !files.isEmpty else { return }
        try connection.query("""
            UPDATE import_school s
            SET latitude = p.latitude, longitude = p.longitude, location_source = $2
            FROM (SELECT pc4, latitude, longitude FROM import_postcode_area
                  UNION ALL
                  SELECT a.pc4, a.latitude, a.longitude FROM postcode_area a
                  WHERE NOT EXISTS (SELECT 1 FROM import_postcode_area i WHERE i.pc4 = a.pc4)) p
            WHERE s.latitude IS NULL AND s.postcode IS NOT NULL AND p.pc4 = left(s.postcode, 4)
              AND s.file = ANY($1::int[])
            """, ["{" + files.map(String.init).joined(separator: ",") + "}", LocationSource.pc4])
    }

    /// Brings every stored school without coordinates of its own in line with the PC4 table.
    /// Returns how many schools changed.
    static func refreshStored(on connection: Connection) throws -> Int {
        let located = try connection.query("""
            UPDATE school s
            SET latitude = p.latitude, longitude = p.longitude, location_source = $1
            FROM postcode_area p
            WHERE p.pc4 = left(s.postcode, 4) AND s.location_source IS DISTINCT FROM $2
              AND ROW(s.latitude, s.longitude, s.location_source) IS DISTINCT FROM ROW(p.latitude, p.longitude, $1::text)
            """, [LocationSource.pc4, LocationSource.file]).affectedRows
        let cleared = try connection.query("""
            UPDATE school s SET latitude = NULL, longitude = NULL, location_source = NULL
            WHERE s.location_source = $1
              AND NOT EXISTS (SELECT 1 FROM postcode_area p WHERE p.pc4 = left(s.postcode, 4))
            """, [LocationSource.pc4]).affectedRows
        return located + cleared
    }
}
