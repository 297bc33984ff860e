extension MinistryExport {
    /// One municipality with at least one school.
    public struct Municipality: Sendable, Equatable, Codable {
        public var code: String
        public var name: String
        @ExplicitNull public var province: String?
        public var schools: Int
        public var schoolsMeetingLessonsGoal: Int
        public var schoolsMeetingQualifiedGoal: Int
        public var schoolsWithoutData: Int
        /// `capacity`, `distance`, or both, sorted.
        public var obstacles: [Obstacle]
        public var capacity: Capacity
        public var schoolsWithDistanceObstacle: Int
        public var schoolsWithCapacityObstacle: Int
        public var grants: GrantStatusCounts
        /// PE lessons a week in the municipality's schools, and how many a qualified teacher gives.
        public var lessons: Int
        public var lessonsByQualifiedTeacher: Int
        /// lessonsByQualifiedTeacher / lessons, rounded to 4 decimals; nil without lessons.
        @ExplicitNull public var qualifiedLessonShare: Double?
        /// What is on record there for the year; `data.hasGymData` false: distance and capacity cannot be judged.
        public var data: MunicipalityData = MunicipalityData()
        /// The municipality's figures in the weekly roster; only with `export --with-roster`.
        public var roster: RosterDocument.Summary? = nil

        enum CodingKeys: String, CodingKey {
            case code, name, province, schools
            case schoolsMeetingLessonsGoal = "schools_meeting_lessons_goal"
            case schoolsMeetingQualifiedGoal = "schools_meeting_qualified_goal"
            case schoolsWithoutData = "schools_without_data"
            case obstacles, capacity
            case schoolsWithDistanceObstacle = "schools_with_distance_obstacle"
            case schoolsWithCapacityObstacle = "schools_with_capacity_obstacle"
            case grants, lessons
            case lessonsByQualifiedTeacher = "lessons_by_qualified_teacher"
            case qualifiedLessonShare = "qualified_lesson_share"
            case data, roster
        }
    }

    /// A municipality's lesson slots a week: needed, offered by its gyms, and left unassigned.
    public struct Capacity: Sendable, Equatable, Codable {
        public var demandLessons: Int
        public var supplyLessons: Int
        public var unmetLessons: Int
        /// Hall hours a week that would cover the unmet lessons, rounded to 2 decimals.
        public var shortageHallHours: Double

        enum CodingKeys: String, CodingKey {
            case demandLessons = "demand_lessons"
            case supplyLessons = "supply_lessons"
            case unmetLessons = "unmet_lessons"
            case shortageHallHours = "shortage_hall_hours"
        }
    }
}
