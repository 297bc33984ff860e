import PostgresClient

/// How many gyms and schools have their own opening hours on record (`gym_hours.csv`,
/// `school_hours.csv`); the others have the default windows of data contract section 6.
public struct HoursCoverage: Sendable, Equatable, Codable {
    public var gyms: Int
    public var gymsWithHours: Int
    public var schools: Int
    public var schoolsWithHours: Int

    public init(gyms: Int, gymsWithHours: Int, schools: Int, schoolsWithHours: Int) {
        self.gyms = gyms
        self.gymsWithHours = gymsWithHours
        self.schools = schools
        self.schoolsWithHours = schoolsWithHours
    }

    /// Gyms and schools without rows, which have the default windows.
    public var gymsWithDefaultHours: Int { gyms - gymsWithHours }
    public var schoolsWithDefaultHours: Int { schools - schoolsWithHours }

    /// Counts the gyms and schools, and those with windows, in one query.
    public static func read(_ connection: Connection) throws -> HoursCoverage {
        let row = try connection.query("""
            SELECT (SELECT count(*) FROM gym)::int AS gyms,
                   (SELECT count(DISTINCT gym_id) FROM gym_hours)::int AS gyms_with_hours,
                   (SELECT count(*) FROM school)::int AS schools,
                   (SELECT count(DISTINCT school_id) FROM school_hours)::int AS schools_with_hours
            """)[0]
        return HoursCoverage(
            gyms: try row.decode("gyms"), gymsWithHours: try row.decode("gyms_with_hours"),
            schools: try row.decode("schools"), schoolsWithHours: try row.decode("schools_with_hours"))
    }

    /// One line for standard error for gyms and one for schools where some have no hours on record:
    /// `gym hours: 0 of 5,012 gyms on record, the default hours are assumed`.
    public func defaultHoursLines() -> [String] {
        var lines: [String] = []
        if gymsWithDefaultHours > 0 {
            lines.append(Self.line("gym", "gyms", with: gymsWithHours, of: gyms))
        }
        if schoolsWithDefaultHours > 0 {
            lines.append(Self.line("school", "schools", with: schoolsWithHours, of: schools))
        }
        return lines
    }

    private static func line(_ noun: String, _ plural: String, with: Int, of total: Int) -> String {
        let english = Language.en
        let rest = with == 0 ? "" : " for the other \(english.number(total - with))"
        return "\(noun) hours: \(english.number(with)) of \(english.count(total, noun, plural)) on record, "
            + "the default hours are assumed\(rest)"
    }
}
