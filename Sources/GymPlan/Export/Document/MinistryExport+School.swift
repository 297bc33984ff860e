extension MinistryExport {
    /// One school: its goals (nil: no in-scope classes), obstacles and nearest gym.
    public struct School: Sendable, Equatable, Codable {
        public var schoolId: String
        public var name: String
        public var municipalityCode: String
        public var inScopeClasses: Int
        public var meetsLessonsGoal: Bool?
        public var meetsQualifiedGoal: Bool?
        public var distanceObstacle: Bool
        public var capacityObstacle: Bool
        /// Distance to the nearest gym offering a lesson slot, whole metres; nil when unknown.
        public var nearestGymM: Int?
        /// True when that distance is an estimate (straight line x detour factor); nil when not known.
        public var nearestGymEstimated: Bool?
        public var demandLessons: Int
        public var unmetLessons: Int
        public var lessons: Int
        public var lessonsByQualifiedTeacher: Int
        public var latitude: Double?
        public var longitude: Double?
        /// `file` (the school's own coordinates) or `pc4` (its postcode area's centre); nil without coordinates.
        public var locationSource: String?
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

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(schoolId, forKey: .schoolId)
            try container.encode(name, forKey: .name)
            try container.encode(municipalityCode, forKey: .municipalityCode)
            try container.encode(inScopeClasses, forKey: .inScopeClasses)
            try container.encode(meetsLessonsGoal, forKey: .meetsLessonsGoal)
            try container.encode(meetsQualifiedGoal, forKey: .meetsQualifiedGoal)
            try container.encode(distanceObstacle, forKey: .distanceObstacle)
            try container.encode(capacityObstacle, forKey: .capacityObstacle)
            try container.encode(nearestGymM, forKey: .nearestGymM)
            try container.encode(nearestGymEstimated, forKey: .nearestGymEstimated)
            try container.encode(demandLessons, forKey: .demandLessons)
            try container.encode(unmetLessons, forKey: .unmetLessons)
            try container.encode(lessons, forKey: .lessons)
            try container.encode(lessonsByQualifiedTeacher, forKey: .lessonsByQualifiedTeacher)
            try container.encode(latitude, forKey: .latitude)
            try container.encode(longitude, forKey: .longitude)
            try container.encode(locationSource, forKey: .locationSource)
            try container.encode(reasons, forKey: .reasons)
        }
    }
}
