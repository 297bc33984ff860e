import PostgresClient

extension DataCoverage {
    /// Reads what is on record for `year`, in set-based queries: counts per municipality with a
    /// school, and which school years have classes and lessons. "Within reach" is
    /// `gym_distances_within` of SQL/0003_distances.sql: any gym, whatever its slots.
    public static func read(_ connection: Connection, year: SchoolYear, parameters: PlanningParameters) throws -> DataCoverage {
        try connection.withoutJIT {
            let rows = try connection.query("""
                SELECT m.code,
                       coalesce(g.n, 0)::int AS gyms, coalesce(d.n, 0)::int AS distances,
                       coalesce(c.n, 0)::int AS classes, coalesce(l.n, 0)::int AS lessons,
                       coalesce(t.n, 0)::int AS teachers,
                       (g.n IS NOT NULL OR d.n IS NOT NULL OR r.code IS NOT NULL) AS gym_data
                FROM municipality m
                LEFT JOIN (SELECT municipality_code AS code, count(*) AS n FROM gym GROUP BY 1) g ON g.code = m.code
                LEFT JOIN (SELECT s.municipality_code AS code, count(*) AS n
                           FROM distance x JOIN school s ON s.school_id = x.school_id GROUP BY 1) d ON d.code = m.code
                LEFT JOIN (SELECT s.municipality_code AS code, count(*) AS n
                           FROM class x JOIN school s ON s.school_id = x.school_id
                           WHERE x.school_year = $1 GROUP BY 1) c ON c.code = m.code
                LEFT JOIN (SELECT s.municipality_code AS code, count(*) AS n
                           FROM lesson x JOIN school s ON s.school_id = x.school_id
                           WHERE x.school_year = $1 GROUP BY 1) l ON l.code = m.code
                LEFT JOIN (SELECT s.municipality_code AS code, count(*) AS n
                           FROM teacher x JOIN school s ON s.school_id = x.school_id GROUP BY 1) t ON t.code = m.code
                LEFT JOIN (SELECT DISTINCT s.municipality_code AS code
                           FROM gym_distances_within($2::int, $3::float8) w
                           JOIN school s ON s.school_id = w.school_id) r ON r.code = m.code
                WHERE EXISTS (SELECT 1 FROM school s WHERE s.municipality_code = m.code)
                """, [year.description, parameters.maxDistanceM, parameters.detourFactor])
            var municipalities: [String: MunicipalityData] = [:]
            for row in rows.rows {
                municipalities[try row.decode("code")] = MunicipalityData(
                    gyms: try row.decode("gyms"), distances: try row.decode("distances"),
                    classes: try row.decode("classes"), lessons: try row.decode("lessons"),
                    teachers: try row.decode("teachers"), hasGymData: try row.decode("gym_data"))
            }
            let years = try connection.query("""
                SELECT 'class' AS kind, school_year::text AS school_year FROM (SELECT DISTINCT school_year FROM class) c
                UNION ALL
                SELECT 'lesson', school_year FROM (SELECT DISTINCT school_year FROM lesson) l
                ORDER BY 2
                """)
            var classYears: [SchoolYear] = []
            var lessonYears: [SchoolYear] = []
            for row in years.rows {
                guard let schoolYear = SchoolYear(try row.decode("school_year", as: String.self)) else { continue }
                if try row.decode("kind", as: String.self) == "class" {
                    classYears.append(schoolYear)
                } else {
                    lessonYears.append(schoolYear)
                }
            }
            let teachers = try connection.query("SELECT count(*)::int FROM teacher").scalar(Int.self)
            return DataCoverage(
                schoolYear: year, municipalities: municipalities,
                classYears: classYears, lessonYears: lessonYears, teachers: teachers)
        }
    }
}
