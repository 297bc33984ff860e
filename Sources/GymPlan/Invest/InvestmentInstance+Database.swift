import PostgresClient

extension InvestmentInstance {
    /// Reads the investment problem of a school year: section 3's capacity instance, the bus pairs
    /// within `bus_max_distance_m`, the candidate sites (those of `gym_sites.csv`, else the default
    /// ones of section 7) and the site-school pairs within `max_distance_m`.
    static func read(
        _ connection: Connection, year: SchoolYear, planning: PlanningParameters, parameters: InvestmentParameters
    ) throws -> InvestmentInstance {
        let capacity = try CapacityInstance.read(connection, year: year, parameters: planning)
        return try connection.withoutJIT {
            let schoolIndex = capacity.schoolIndex()
            let gymIndex = capacity.gymIndex()
            var busPairs: [CapacityInstance.Pair] = []
            if parameters.busMaxDistanceM > planning.maxDistanceM {
                let rows = try connection.query(
                    "SELECT school_id, gym_id, distance_m FROM gym_bus_pairs($1::int, $2::int, $3::float8)",
                    [planning.maxDistanceM, parameters.busMaxDistanceM, planning.detourFactor])
                for row in rows.rows {
                    guard let school = schoolIndex[try row.decode(0, as: String.self)],
                          let gym = gymIndex[try row.decode(1, as: String.self)] else { continue }
                    busPairs.append(CapacityInstance.Pair(school: school, gym: gym, distanceM: try row.decode(2)))
                }
            }
            let imported = try importedSites(connection, parameters: parameters)
            let sites = try imported.isEmpty ? defaultSites(connection, capacity: capacity, year: year, planning: planning, parameters: parameters) : imported
            var sitePairs: [SitePair] = []
            let rows = try connection.query(
                "SELECT point_key, school_id, distance_m FROM school_distances_to_points($1::text[], $2::float8[], $3::float8[], $4::int, $5::float8)",
                [sites.indices.map(String.init), sites.map { String($0.latitude) }, sites.map { String($0.longitude) },
                 planning.maxDistanceM, planning.detourFactor])
            for row in rows.rows {
                guard let site = Int(try row.decode(0, as: String.self)),
                      let school = schoolIndex[try row.decode(1, as: String.self)] else { continue }
                // A default site is its own school's: 0 metres from it.
                let own = imported.isEmpty && sites[site].id == capacity.schools[school].id
                sitePairs.append(SitePair(school: school, site: site, distanceM: own ? 0 : try row.decode(2)))
            }
            var instance = InvestmentInstance(
                capacity: capacity, busPairs: busPairs, sites: sites, sitePairs: sitePairs, parameters: parameters)
            instance.normalizeCandidates()
            return instance
        }
    }

    /// The sites of `gym_sites.csv`, sorted by id, absent columns with this run's defaults: one hall,
    /// `max_hours_per_week`, halls x `new_gym_cost_eur`.
    private static func importedSites(_ connection: Connection, parameters: InvestmentParameters) throws -> [Site] {
        let rows = try connection.query("""
            SELECT site_id, name, municipality_code, latitude, longitude, coalesce(halls, 1),
                   coalesce(round(hours_per_week * 100)::int, $1::int), cost_eur::float8
            FROM gym_site ORDER BY site_id
            """, [parameters.maxHundredthHours])
        return try rows.rows.map { row in
            let halls: Int = try row.decode(5)
            return Site(
                id: try row.decode(0), name: try row.decode(1), municipalityCode: try row.decode(2), latitude: try row.decode(3),
                longitude: try row.decode(4), halls: halls, hundredthHours: try row.decode(6),
                costEur: try row.decode(7, as: Double?.self) ?? Double(halls) * parameters.newGymCostEur)
        }
    }

    /// Without imported sites: every school with coordinates in a municipality that has an unmet
    /// lesson or a distance obstacle in section 3 on the data as they are, a one-hall gym of
    /// `max_hours_per_week` costing `new_gym_cost_eur`, named after the school, site_id = school_id.
    private static func defaultSites(
        _ connection: Connection, capacity: CapacityInstance, year: SchoolYear, planning: PlanningParameters,
        parameters: InvestmentParameters
    ) throws -> [Site] {
        let plan = try CapacityPlanner.solve(capacity, year: year, parameters: planning, options: CapacityOptions())
        let short = plan.municipalities.filter { $0.unmetLessons > 0 || $0.distanceObstacle }.map(\.code)
        guard !short.isEmpty else { return [] }
        let rows = try connection.query("""
            SELECT school_id, name, municipality_code, latitude, longitude FROM school
            WHERE municipality_code = ANY($1::text[]) AND latitude IS NOT NULL ORDER BY school_id
            """, [short])
        return try rows.rows.map { row in
            Site(id: try row.decode(0), name: try row.decode(1), municipalityCode: try row.decode(2), latitude: try row.decode(3),
                 longitude: try row.decode(4), halls: 1, hundredthHours: parameters.maxHundredthHours, costEur: parameters.newGymCostEur)
        }
    }
}
