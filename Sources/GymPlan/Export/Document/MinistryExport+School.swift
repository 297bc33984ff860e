extension MinistryExport {
    /// One school: its goals (nil: no in-scope classes), obstacles and nearest gym.
    public struct School: Sendable, Equatable, Codable {
        public var schoolId: String
        public var name: String
        public var municipalityCode: String
        public var inScopeClasses: Int
        @ExplicitNull public var meetsLessonsGoal: Bool?
        @ExplicitNull public var meetsQualifiedGoal: Bool?
        public var distanceObstacle: Bool
        public var capacityObstacle: Bool
        /// Distance to the nearest gym offering a lesson slot, whole metres; nil when unknown.
        @ExplicitNull public var nearestGymM: Int?
        /// True when that distance is an estimate (straight line x detour factor); nil when not known.
        @ExplicitNull public var nearestGymEstimated: Bool?
        public var demandLessons: Int
        public var unmetLessons: Int
        public var lessons: Int
        public var lessonsByQualifiedTeacher: Int
        @ExplicitNull public var latitude: Double?
        @ExplicitNull public var longitude: Double?
        /// `file` (the school's own coordinates) or `pc4` (its postcode area's centre); nil without coordinates.
        @ExplicitNull public var locationSource: LocationSource?
        /// Plain words on why a goal is missed; empty when the school meets both.
        public var reasons: [String]

        enum CodingKeys: String, CodingKey {
            case schoolId = "school_id"
            case name
            case municipalityCode = "municipality_code"
            case inScopeClasses = "in_scope_classes"
            case meetsLessonsGoal = "meets_lessons_goal"
            case meetsQualifiedGoal = "meets_qualified_goal"
            case distanceObstacle = "distance_obstacle"
            case capacityObstacle = "capacity_obstacle"
            case nearestGymM = "nearest_gym_m"
            case nearestGymEstimated = "nearest_gym_estimated"
            case demandLessons = "demand_lessons"
            case unmetLessons = "unmet_lessons"
            case lessons
            case lessonsByQualifiedTeacher = "lessons_by_qualified_teacher"
            case latitude, longitude
            case locationSource = "location_source"
            case reasons
        }
    }
}
