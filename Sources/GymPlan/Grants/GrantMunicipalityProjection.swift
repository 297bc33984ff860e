import PostgresClient

/// One municipality's in-scope PE lessons by qualified teachers, now and if every teacher
/// following the course completes it, and the qualified teachers it still needs.
public struct GrantMunicipalityProjection: Sendable, Equatable, Codable {
    /// The municipality code, `GM` and four digits.
    public var code: String
    public var name: String
    /// All its schools.
    public var schools: Int
    /// Schools with in-scope classes that year (the others have no data).
    public var schoolsWithData: Int
    /// PE lessons of in-scope classes in a week.
    public var lessons: Int
    /// Of those, given by a teacher qualified on the reference date.
    public var lessonsQualifiedNow: Int
    /// The same if every teacher following the course completes it.
    public var lessonsQualifiedProjected: Int
    /// Schools meeting the qualified goal now.
    public var schoolsMeetingGoalNow: Int
    /// Schools that would meet it once every teacher following the course has completed it.
    public var schoolsMeetingGoalProjected: Int
    /// Share of in-scope lessons given by a qualified teacher; nil (`null`) without lessons.
    @ExplicitNull public var qualifiedShareNow: Double?
    /// The same if every teacher following the course completes it.
    @ExplicitNull public var qualifiedShareProjected: Double?
    /// More qualified teachers needed for the lessons now given by unqualified (or no) teachers.
    public var teachersNeededNow: Int
    /// The same once every teacher following the course has completed it.
    public var teachersNeededProjected: Int

    init(row: PostgresRow, weeklyLoad: Int) throws {
        code = try row.decode("municipality_code")
        name = try row.decode("name")
        schools = try row.decode("schools")
        schoolsWithData = try row.decode("schools_with_data")
        lessons = try row.decode("lessons")
        lessonsQualifiedNow = try row.decode("lessons_qualified_now")
        lessonsQualifiedProjected = try row.decode("lessons_qualified_projected")
        schoolsMeetingGoalNow = try row.decode("schools_meeting_now")
        schoolsMeetingGoalProjected = try row.decode("schools_meeting_projected")
        qualifiedShareNow = GrantArithmetic.share(lessonsQualifiedNow, of: lessons)
        qualifiedShareProjected = GrantArithmetic.share(lessonsQualifiedProjected, of: lessons)
        teachersNeededNow = GrantArithmetic.teachersNeeded(lessons: lessons - lessonsQualifiedNow, weeklyLoad: weeklyLoad)
        teachersNeededProjected = GrantArithmetic.teachersNeeded(
            lessons: lessons - lessonsQualifiedProjected, weeklyLoad: weeklyLoad)
    }
}
