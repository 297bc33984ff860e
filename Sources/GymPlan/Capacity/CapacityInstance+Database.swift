import PostgresClient

extension CapacityInstance {
    /// Reads schools, gyms, in-scope classes and distances with SQL/0003_distances.sql's functions.
    static func read(_ connection: Connection, year: SchoolYear, parameters: PlanningParameters) throws -> CapacityInstance {
        try connection.withoutJIT {
            let schoolRows = try connection.query("""
                SELECT s.school_id, s.municipality_code, coalesce(c.classes, 0) AS classes, n.distance_m,
                       coalesce(n.estimated, false) AS estimated
                FROM school s
                LEFT JOIN (SELECT school_id, count(*)::int AS classes FROM class
                           WHERE school_year = $1 AND grades && '{3,4,5,6,7,8}'::smallint[]
                           GROUP BY school_id) c ON c.school_id = s.school_id
                LEFT JOIN school_nearest_gym($2::float8, $3::int) n ON n.school_id = s.school_id
                """, [year.description, parameters.detourFactor, parameters.lessonMinutes])
            var schools: [School] = []
            schools.reserveCapacity(schoolRows.count)
            for row in schoolRows.rows {
                schools.append(School(
                    id: try row.decode("school_id"), municipalityCode: try row.decode("municipality_code"),
                    classes: try row.decode("classes"), nearestGymM: try row.decode("distance_m"),
                    nearestGymEstimated: try row.decode("estimated")))
            }
            schools.sort { $0.id < $1.id }

            let gymRows = try connection.query(
                "SELECT gym_id, municipality_code, halls, round(hours_per_week * 100)::int AS hundredth_hours FROM gym")
            var gyms: [Gym] = []
            gyms.reserveCapacity(gymRows.count)
            for row in gymRows.rows {
                gyms.append(Gym(id: try row.decode("gym_id"), municipalityCode: try row.decode("municipality_code"),
                                halls: try row.decode("halls"), hundredthHours: try row.decode("hundredth_hours")))
            }
            gyms.sort { $0.id < $1.id }

            var instance = CapacityInstance(
                schools: schools, gyms: gyms, pairs: [], lessonsPerClass: parameters.minLessons,
                lessonMinutes: parameters.lessonMinutes, maxDistanceM: parameters.maxDistanceM)
            let schoolIndex = instance.schoolIndex()
            let gymIndex = instance.gymIndex()
            let pairRows = try connection.query(
                "SELECT school_id, gym_id, distance_m FROM gym_distances_within($1::int, $2::float8)",
                [parameters.maxDistanceM, parameters.detourFactor])
            instance.pairs.reserveCapacity(pairRows.count)
            for row in pairRows.rows {
                guard let school = schoolIndex[try row.decode("school_id", as: String.self)],
                      let gym = gymIndex[try row.decode("gym_id", as: String.self)] else { continue }
                instance.pairs.append(Pair(school: school, gym: gym, distanceM: try row.decode("distance_m")))
            }
            instance.normalizePairs()
            return instance
        }
    }

    /// Estimated distances from every school with coordinates to a point, within the limit: (school index, metres).
    static func distances(
        _ connection: Connection, toLatitude latitude: Double, longitude: Double, parameters: PlanningParameters
    ) throws -> [(school: String, distanceM: Int)] {
        try connection.withoutJIT {
            let rows = try connection.query(
                "SELECT school_id, distance_m FROM school_distances_to_point($1::float8, $2::float8, $3::int, $4::float8)",
                [latitude, longitude, parameters.maxDistanceM, parameters.detourFactor])
            return try rows.rows.map { (try $0.decode("school_id"), try $0.decode("distance_m")) }
        }
    }
}

extension Connection {
    /// Runs `body` with JIT compilation off: the distance queries' cost estimates would trigger it, and it
    /// costs seconds here. No transaction of its own, so it works inside a caller's transaction too.
    func withoutJIT<T>(_ body: () throws -> T) throws -> T {
        let previous = try query("SELECT current_setting('jit')").scalar(String.self)
        try query("SELECT set_config('jit', 'off', false)")
        defer { _ = try? query("SELECT set_config('jit', $1, false)", [previous]) }
        return try body()
    }
}
