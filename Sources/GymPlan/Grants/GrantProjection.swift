import PostgresClient

/// What the grant does to the qualified-teacher goal in one school year: per municipality, the
/// in-scope PE lessons given by qualified teachers now and if every teacher following the course
/// (qualification course_enrolled, or a most recent grant that is awarded) completes it.
public struct GrantProjection: Sendable, Equatable {
    /// The assumptions of a projection.
    public struct Parameters: Sendable, Equatable {
        /// The day qualifications are judged on, `YYYY-MM-DD`.
        public var referenceDate: String
        /// The PE lessons one teacher gives a week, to turn lessons into teachers.
        public var weeklyLessonsPerTeacher: Int

        /// A projection on `referenceDate` with `weeklyLessonsPerTeacher` PE lessons a teacher (12 by default).
        public init(referenceDate: String, weeklyLessonsPerTeacher: Int = 12) {
            self.referenceDate = referenceDate
            self.weeklyLessonsPerTeacher = weeklyLessonsPerTeacher
        }
    }

    /// The school year whose classes and lessons are judged.
    public var schoolYear: SchoolYear
    /// The reference date and weekly load used.
    public var parameters: Parameters
    /// Every municipality with at least one school, by code.
    public var municipalities: [GrantMunicipalityProjection]
    /// Every school with in-scope classes that year, by school_id.
    public var schools: [GrantSchoolProjection]

    /// Reads the projection of a school year from the database.
    public static func read(_ connection: Connection, year: SchoolYear, parameters: Parameters) throws -> GrantProjection {
        let schools = try connection.query("""
            SELECT school_id, municipality_code, lessons, lessons_qualified_now, lessons_qualified_projected,
                   meets_goal_now, meets_goal_projected
            FROM grant_school_projection($1, $2::date) ORDER BY school_id COLLATE "C"
            """, [year.description, parameters.referenceDate]).decode(GrantSchoolProjection.self)
        let municipalities = try connection.query("""
            SELECT municipality_code, name, schools, schools_with_data, lessons, lessons_qualified_now,
                   lessons_qualified_projected, schools_meeting_now, schools_meeting_projected
            FROM grant_municipality_projection($1, $2::date) ORDER BY municipality_code COLLATE "C"
            """, [year.description, parameters.referenceDate]).rows.map { row in
            try GrantMunicipalityProjection(row: row, weeklyLoad: parameters.weeklyLessonsPerTeacher)
        }
        return GrantProjection(schoolYear: year, parameters: parameters, municipalities: municipalities, schools: schools)
    }
}

/// One school's in-scope PE lessons and the qualified goal, now and projected.
public struct GrantSchoolProjection: Sendable, Equatable, Codable {
    public var schoolId: String
    public var municipalityCode: String
    /// The school's PE lessons of in-scope classes in a week.
    public var lessons: Int
    /// Of those, the lessons given by a teacher qualified on the reference date.
    public var lessonsQualifiedNow: Int
    /// The same if every teacher following the course completes it.
    public var lessonsQualifiedProjected: Int
    /// Whether the school meets the qualified goal now.
    public var meetsGoalNow: Bool
    /// Whether it would once every teacher following the course has completed it.
    public var meetsGoalProjected: Bool
}

extension GrantSchoolProjection: PostgresRowDecodable {
    /// Decodes a row of `grant_school_projection`.
    public init(row: PostgresRow) throws {
        try self.init(
            schoolId: row.decode("school_id"), municipalityCode: row.decode("municipality_code"), lessons: row.decode("lessons"),
            lessonsQualifiedNow: row.decode("lessons_qualified_now"),
            lessonsQualifiedProjected: row.decode("lessons_qualified_projected"),
            meetsGoalNow: row.decode("meets_goal_now"), meetsGoalProjected: row.decode("meets_goal_projected"))
    }
}
