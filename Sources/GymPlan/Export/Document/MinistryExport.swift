/// The ministry export (data contract, section 5): the goals, obstacles and grants of every
/// municipality and school in one school year, plus what an analyst needs next. Its JSON Schema
/// is `schema/ministry-export.schema.json`; `schemaVersion` names that schema's version.
public struct MinistryExport: Sendable, Equatable, Codable {
    /// The version of the document's schema.
    public static let currentSchemaVersion = "1"

    public var schemaVersion: String = MinistryExport.currentSchemaVersion
    public var schoolYear: String
    /// When the document was made: UTC, ISO 8601 to the second. The only field that varies between runs.
    public var generatedAt: String
    /// The rule parameters of the run, with the reference date resolved.
    public var parameters: PlanningParameters
    public var summary: Summary
    public var municipalities: [Municipality]
    public var schools: [School]
    /// National grant applications per school year, for the uptake over the years.
    public var grantsByYear: [ExportInputs.YearGrants]
    /// The weekly roster's national figures; only with `export --with-roster`.
    public var roster: RosterOverview? = nil
    /// What the data set says of itself: its sources, and whether any of its data are synthetic.
    public var dataset: DatasetDescription = DatasetDescription()
    /// Every gym on record, by gym_id, for the report's close-ups.
    public var gyms: [Gym] = []
    /// The competing groups whose gyms are short, the largest shortage first.
    public var shortageGroups: [ShortageGroup] = []

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case schoolYear = "school_year"
        case generatedAt = "generated_at"
        case parameters, summary, municipalities, schools
        case grantsByYear = "grants_by_year"
        case roster
        case dataset
        case gyms
        case shortageGroups = "shortage_groups"
    }

    /// National totals.
    public struct Summary: Sendable, Equatable, Codable {
        public var schools: Int
        public var schoolsMeetingLessonsGoal: Int
        public var schoolsMeetingQualifiedGoal: Int
        public var schoolsMeetingBothGoals: Int
        public var schoolsWithoutData: Int
        public var schoolsWithDistanceObstacle: Int
        public var schoolsWithCapacityObstacle: Int
        public var municipalities: Int
        public var municipalitiesWithCapacityObstacle: Int
        public var municipalitiesWithDistanceObstacle: Int
        public var demandLessons: Int
        public var unmetLessons: Int
        /// How many municipalities lack gym data, classes or lessons for the year.
        public var data: DataSummary = DataSummary()

        enum CodingKeys: String, CodingKey {
            case schools
            case schoolsMeetingLessonsGoal = "schools_meeting_lessons_goal"
            case schoolsMeetingQualifiedGoal = "schools_meeting_qualified_goal"
            case schoolsMeetingBothGoals = "schools_meeting_both_goals"
            case schoolsWithoutData = "schools_without_data"
            case schoolsWithDistanceObstacle = "schools_with_distance_obstacle"
            case schoolsWithCapacityObstacle = "schools_with_capacity_obstacle"
            case municipalities
            case municipalitiesWithCapacityObstacle = "municipalities_with_capacity_obstacle"
            case municipalitiesWithDistanceObstacle = "municipalities_with_distance_obstacle"
            case demandLessons = "demand_lessons"
            case unmetLessons = "unmet_lessons"
            case data
        }
    }
}
