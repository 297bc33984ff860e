import Foundation
import PostgresClient

/// `gymplan trend`: per school year (each judged on its own 1 October) the share of schools meeting
/// each goal and of lessons given by qualified teachers, nationally or per municipality or province.
public struct TrendReport: Sendable {
    /// How schools are grouped.
    public enum Grouping: String, Sendable, CaseIterable {
        case national, municipality, province

        /// The SQL expressions of the group's code and name (fixed text, never user input).
        var sql: (code: String, name: String) {
            switch self {
            case .national: ("'NL'", "'Netherlands'")
            case .municipality: ("m.code", "m.name")
            case .province: ("coalesce(m.province, 'unknown')", "coalesce(m.province, 'unknown')")
            }
        }
    }

    /// One school year of one group.
    public struct Row: Sendable, Equatable {
        /// The school year, and the group's code and name (`NL` nationally).
        public var year: SchoolYear
        public var code: String
        public var name: String
        /// Schools in the group; those with in-scope classes; those meeting each goal.
        public var schools: Int
        public var schoolsWithData: Int
        public var schoolsMeetingLessonsGoal: Int
        public var schoolsMeetingQualifiedGoal: Int
        /// In-scope lessons, and those given by a qualified teacher.
        public var lessons: Int
        public var lessonsByQualifiedTeacher: Int

        /// Of the schools with data, the share meeting the lessons goal; nil without any.
        public var shareMeetingLessonsGoal: Double? { Self.share(schoolsMeetingLessonsGoal, of: schoolsWithData) }
        /// Of the schools with data, the share meeting the qualified goal; nil without any.
        public var shareMeetingQualifiedGoal: Double? { Self.share(schoolsMeetingQualifiedGoal, of: schoolsWithData) }
        /// Of the in-scope lessons, the share given by a qualified teacher; nil without lessons.
        public var shareLessonsByQualifiedTeacher: Double? { Self.share(lessonsByQualifiedTeacher, of: lessons) }

        static func share(_ part: Int, of whole: Int) -> Double? {
            whole == 0 ? nil : Double(part) / Double(whole)
        }
    }

    /// How the rows are grouped, and the lessons goal's parameters.
    public var grouping: Grouping
    public var minLessons: Int
    public var minMinutes: Int
    /// By school year, then group code.
    public var rows: [Row]

    /// Judges every school year with classes between `from` and `to` (inclusive, nil: open).
    public static func build(
        _ connection: Connection, from: SchoolYear?, to: SchoolYear?, grouping: Grouping, parameters: PlanningParameters
    ) throws -> TrendReport {
        let (code, name) = grouping.sql
        let result = try connection.query("""
            WITH years AS (
                SELECT DISTINCT school_year::text AS school_year FROM class
                WHERE ($1::text IS NULL OR school_year >= $1) AND ($2::text IS NULL OR school_year <= $2)
            )
            SELECT * FROM (
            SELECT y.school_year, \(code) AS code, \(name) AS name,
                   count(*)::int AS schools,
                   (count(*) FILTER (WHERE s.in_scope_classes > 0))::int AS with_data,
                   (count(*) FILTER (WHERE s.meets_lessons))::int AS meeting_lessons,
                   (count(*) FILTER (WHERE s.meets_qualified))::int AS meeting_qualified,
                   sum(s.lessons)::int AS lessons,
                   sum(s.qualified_lessons)::int AS qualified_lessons
            FROM years y
            CROSS JOIN LATERAL goal_school_status(y.school_year, $3, $4) s
            JOIN municipality m ON m.code = s.municipality_code
            GROUP BY 1, 2, 3
            ) t ORDER BY school_year, code COLLATE "C"
            """, [from?.description, to?.description, parameters.minLessons, parameters.minMinutes])
        let rows = try result.decode(Row.self)
        return TrendReport(grouping: grouping, minLessons: parameters.minLessons, minMinutes: parameters.minMinutes, rows: rows)
    }
}

extension TrendReport.Row: PostgresRowDecodable {
    /// A row of `build`'s query. A school year that is not `YYYY-YYYY` of consecutive years is a
    /// decoding error naming the column, never a year of its own.
    public init(row: PostgresRow) throws {
        self.init(
            year: try row.decode("school_year"),
            code: try row.decode("code"), name: try row.decode("name"),
            schools: try row.decode("schools"), schoolsWithData: try row.decode("with_data"),
            schoolsMeetingLessonsGoal: try row.decode("meeting_lessons"),
            schoolsMeetingQualifiedGoal: try row.decode("meeting_qualified"),
            lessons: try row.decode("lessons"), lessonsByQualifiedTeacher: try row.decode("qualified_lessons"))
    }
}
