import PostgresClient

/// The qualified-teacher part of the investment plan (data contract, section 7), counted in SQL
/// (`investment_qualification`): per municipality of the class's school, and for the whole country
/// with its teachers distinct over the country. Counts only: no teacher leaves the database.
public struct InvestmentQualification: Sendable, Hashable {
    /// The figures of one municipality or of the country.
    public struct Counts: Sendable, Hashable {
        /// Lessons of in-scope classes without a teacher qualified on the reference date.
        public var unqualifiedLessons = 0
        /// Those of them without a teacher.
        public var lessonsWithoutTeacher = 0
        /// The distinct teachers of the others.
        public var teachersWithoutQualification = 0

        /// The leergang for every teacher without the qualification.
        public func costEur(courseCostEur: Double) -> Double {
            Double(teachersWithoutQualification) * courseCostEur
        }
    }

    public var byMunicipality: [String: Counts]
    public var national: Counts

    /// Reads the figures of `year`, judged on the run's reference date.
    public static func read(_ connection: Connection, year: SchoolYear, planning: PlanningParameters) throws -> InvestmentQualification {
        let rows = try connection.query("""
            SELECT municipality_code, unqualified_lessons, lessons_without_teacher, teachers_without_qualification
            FROM investment_qualification($1, $2::date)
            """, [year.description, planning.referenceDate(for: year)])
        var result = InvestmentQualification(byMunicipality: [:], national: Counts())
        for row in rows.rows {
            let counts = Counts(unqualifiedLessons: try row.decode(1), lessonsWithoutTeacher: try row.decode(2),
                                teachersWithoutQualification: try row.decode(3))
            if let code = try row.decode(0, as: String?.self) {
                result.byMunicipality[code] = counts
            } else {
                result.national = counts
            }
        }
        return result
    }
}
