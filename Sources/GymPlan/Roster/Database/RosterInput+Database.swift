import PostgresClient

extension RosterInput {
    /// Reads the roster problem of `year` (schools and gyms with their windows, classes with their
    /// specialists, school-gym pairs within `max_distance_m`) with set-based queries, in the caller's
    /// snapshot. With `timetable` it also reads the year's lessons and the pairs they use at any
    /// distance, for the check; without `roster` it leaves out what only the roster needs (the
    /// classes, the pairs within reach), which the check does without.
    public static func read(
        _ connection: Connection, year: SchoolYear, parameters: PlanningParameters, speeds: RosterSpeeds,
        timetable: Bool = false, roster: Bool = true
    ) throws -> RosterInput {
        try connection.withoutJIT {
            let schoolHours = try Self.windows(connection, table: "school_hours", owner: "school_id")
            let schoolRows = try connection.query("SELECT school_id, municipality_code FROM school ORDER BY school_id")
            var schools: [RosterSchool] = [], municipalities: [String] = []
            for row in schoolRows.rows {
                let id: String = try row.decode("school_id")
                schools.append(RosterSchool(id: id, windows: try Self.weekly(schoolHours[id], of: "school", id, default: .schoolDefault)))
                municipalities.append(try row.decode("municipality_code"))
            }
            let schoolIndex = Dictionary(uniqueKeysWithValues: schools.enumerated().map { ($1.id, $0) })

            let gymRows = try connection.query(
                """
                SELECT gym_id, name, halls, round(hours_per_week * 100)::int AS hundredth_hours, latitude, longitude
                FROM gym ORDER BY gym_id
                """)
            let gymHours = try Self.windows(connection, table: "gym_hours", owner: "gym_id")
            var gyms: [RosterGym] = []
            for row in gymRows.rows {
                let id: String = try row.decode("gym_id")
                gyms.append(RosterGym(
                    id: id, name: try row.decode("name"), halls: try row.decode("halls"),
                    hundredthHoursPerWeek: try row.decode("hundredth_hours"),
                    windows: try Self.weekly(gymHours[id], of: "gym", id, default: .gymDefault),
                    latitude: try row.decode("latitude"), longitude: try row.decode("longitude")))
            }
            let gymIndex = Dictionary(uniqueKeysWithValues: gyms.enumerated().map { ($1.id, $0) })

            // A class's specialist: all its lessons of the year have one teacher, qualified `specialist`.
            let classRows = !roster ? nil : try connection.query("""
                SELECT c.school_id, c.class_id, c.grades && '{3,4,5,6,7,8}'::smallint[] AS in_scope, s.teacher_id
                FROM class c
                LEFT JOIN (
                    SELECT l.school_id, l.class_id, min(l.teacher_id) AS teacher_id
                    FROM lesson l LEFT JOIN teacher t ON t.teacher_id = l.teacher_id
                    WHERE l.school_year = $1
                    GROUP BY l.school_id, l.class_id
                    HAVING count(l.teacher_id) = count(*) AND count(DISTINCT l.teacher_id) = 1
                       AND bool_and(t.qualification = 'specialist')
                ) s ON s.school_id = c.school_id AND s.class_id = c.class_id
                WHERE c.school_year = $1
                ORDER BY c.school_id, c.class_id
                """, [year.description])
            var classes: [RosterClass] = []
            for row in classRows?.rows ?? [] {
                guard let school = schoolIndex[try row.decode("school_id", as: String.self)] else { continue }
                let specialist: String? = try row.decode("teacher_id")
                classes.append(RosterClass(
                    school: school, id: try row.decode("class_id"), inScope: try row.decode("in_scope"),
                    specialist: specialist.map(TeacherKey.init)))
            }

            var pairs: [RosterPair] = []
            if roster {
                let pairRows = try connection.query("""
                    SELECT w.school_id, w.gym_id, w.distance_m, ceil(d.travel_minutes)::int AS travel_minutes
                    FROM gym_distances_within($1::int, $2::float8) w
                    LEFT JOIN distance d ON d.school_id = w.school_id AND d.gym_id = w.gym_id
                    """, [parameters.maxDistanceM, parameters.detourFactor])
                pairs = try Self.pairs(pairRows, schoolIndex, gymIndex, speeds)
            }

            var lessons: [TimetableLesson] = []
            if timetable {
                let lessonRows = try connection.query("""
                    SELECT school_id, class_id, weekday::int AS weekday,
                           (extract(hour FROM start) * 60 + extract(minute FROM start))::int AS start_minute,
                           minutes, gym_id, teacher_id
                    FROM lesson WHERE school_year = $1
                    ORDER BY school_id, class_id, weekday, start
                    """, [year.description])
                for row in lessonRows.rows {
                    guard let school = schoolIndex[try row.decode("school_id", as: String.self)] else { continue }
                    let gym: String? = try row.decode("gym_id"), teacher: String? = try row.decode("teacher_id")
                    lessons.append(TimetableLesson(
                        school: school, classId: try row.decode("class_id"), weekday: try row.decode("weekday"),
                        start: try row.decode("start_minute"), minutes: try row.decode("minutes"),
                        gym: gym.flatMap { gymIndex[$0] }, teacher: teacher.map(TeacherKey.init)))
                }
                // The pairs the timetable uses, at any known distance (too_far needs those beyond the limit).
                let usedRows = try connection.query("""
                    SELECT u.school_id, u.gym_id,
                           coalesce(d.distance_m, estimated_distance_m(s.location, g.location, $2::float8)) AS distance_m,
                           ceil(d.travel_minutes)::int AS travel_minutes
                    FROM (SELECT DISTINCT school_id, gym_id FROM lesson WHERE school_year = $1 AND gym_id IS NOT NULL) u
                    JOIN school s ON s.school_id = u.school_id
                    JOIN gym g ON g.gym_id = u.gym_id
                    LEFT JOIN distance d ON d.school_id = u.school_id AND d.gym_id = u.gym_id
                    WHERE coalesce(d.distance_m, estimated_distance_m(s.location, g.location, $2::float8)) IS NOT NULL
                    """, [year.description, parameters.detourFactor])
                let within = Set(pairs.map { $0.school * gyms.count + $0.gym })
                pairs += try Self.pairs(usedRows, schoolIndex, gymIndex, speeds)
                    .filter { !within.contains($0.school * gyms.count + $0.gym) }
            }

            let problem = RosterProblem(
                schools: schools, gyms: gyms, classes: classes, pairs: pairs,
                parameters: RosterParameters(
                    minLessons: parameters.minLessons, lessonMinutes: parameters.lessonMinutes,
                    maxDistanceM: parameters.maxDistanceM),
                teacherTravel: TeacherTravel.times(
                    gyms: gyms, detourFactor: parameters.detourFactor, metresPerMinute: speeds.teacherMetresPerMinute))
            return RosterInput(
                year: year, parameters: parameters, speeds: speeds, problem: problem,
                schoolMunicipalities: municipalities, timetable: lessons,
                hours: HoursCoverage(
                    gyms: gyms.count, gymsWithHours: gyms.count { gymHours[$0.id] != nil },
                    schools: schools.count, schoolsWithHours: schools.count { schoolHours[$0.id] != nil }))
        }
    }

    /// The rows of `gym_hours` or `school_hours`, by gym or school.
    private static func windows(_ connection: Connection, table: String, owner: String) throws -> [String: [DayWindow]] {
        var windows: [String: [DayWindow]] = [:]
        for row in try connection.query("""
            SELECT \(owner) AS owner, weekday::int AS weekday,
                   (extract(hour FROM opens) * 60 + extract(minute FROM opens))::int AS from_minute,
                   (extract(hour FROM closes) * 60 + extract(minute FROM closes))::int AS to_minute
            FROM \(table) ORDER BY 1, 2, 3
            """).rows {
            windows[try row.decode("owner"), default: []].append(
                DayWindow(weekday: try row.decode("weekday"), from: try row.decode("from_minute"), to: try row.decode("to_minute")))
        }
        return windows
    }

    /// The windows of a gym or school: exactly its rows, or the defaults when it has none. The import
    /// checked the rows; a database changed behind its back is reported, not rostered.
    private static func weekly(
        _ rows: [DayWindow]?, of noun: String, _ id: String, default defaults: WeeklyWindows
    ) throws -> WeeklyWindows {
        guard let rows else { return defaults }
        do {
            return try WeeklyWindows(validating: rows)
        } catch {
            throw StoredWindowsInvalid(owner: "\(noun) \(id)", problems: error)
        }
    }

    /// Pairs from rows (school_id, gym_id, distance_m, travel_minutes rounded up): walking minutes are the
    /// measured travel time, else ceil(distance / walking speed).
    private static func pairs(
        _ result: QueryResult, _ schoolIndex: [String: Int], _ gymIndex: [String: Int], _ speeds: RosterSpeeds
    ) throws -> [RosterPair] {
        var pairs: [RosterPair] = []
        pairs.reserveCapacity(result.count)
        for row in result.rows {
            guard let school = schoolIndex[try row.decode("school_id", as: String.self)],
                  let gym = gymIndex[try row.decode("gym_id", as: String.self)] else { continue }
            let distance: Int = try row.decode("distance_m"), measured: Int? = try row.decode("travel_minutes")
            let walking = measured ?? Int((Double(distance) / speeds.walkMetresPerMinute).rounded(.up))
            pairs.append(RosterPair(school: school, gym: gym, distanceM: distance, walkingMinutes: walking))
        }
        return pairs
    }
}

/// The stored windows of a gym or school break the rules of `gym_hours.csv` (changed other than
/// by the import): import its hours again.
public struct StoredWindowsInvalid: Error, Sendable, CustomStringConvertible {
    public var owner: String
    public var problems: WindowProblems

    public var description: String {
        "the hours on record for \(owner) are invalid (\(problems)): import them again"
    }
}
