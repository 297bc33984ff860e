extension MinistryExport {
    /// One school: its goal status as `gymplan flags` reports it (nil goals: no in-scope classes),
    /// beside its obstacles, nearest gym and coordinates. In JSON the two parts are one object, and
    /// the members of both read as the school's own (`school.meetsLessonsGoal`, `school.nearestGymM`).
    @dynamicMemberLookup
    public struct School: Sendable, Equatable, Codable {
        /// Identity, in-scope classes, goals, lessons and the reasons a goal is missed.
        public var goals: SchoolGoalStatus
        /// What the capacity planner found and where the school is.
        public var situation: Situation

        public init(goals: SchoolGoalStatus, situation: Situation) {
            self.goals = goals
            self.situation = situation
        }

        public subscript<T>(dynamicMember member: WritableKeyPath<SchoolGoalStatus, T>) -> T {
            get { goals[keyPath: member] }
            set { goals[keyPath: member] = newValue }
        }

        public subscript<T>(dynamicMember member: WritableKeyPath<Situation, T>) -> T {
            get { situation[keyPath: member] }
            set { situation[keyPath: member] = newValue }
        }

        // Members that code in extensions of School reads without `self.`, where member lookup
        // does not reach; everywhere else the subscripts serve.
        public var meetsLessonsGoal: Bool? { goals.meetsLessonsGoal }
        public var meetsQualifiedGoal: Bool? { goals.meetsQualifiedGoal }
        public var distanceObstacle: Bool { situation.distanceObstacle }

        public init(from decoder: any Decoder) throws {
            goals = try SchoolGoalStatus(from: decoder)
            situation = try Situation(from: decoder)
        }

        public func encode(to encoder: any Encoder) throws {
            try goals.encode(to: encoder)
            try situation.encode(to: encoder)
        }
    }
}

extension MinistryExport.School {
    /// A school's obstacles, planner figures and location: the export's fields beside its goals.
    public struct Situation: Sendable, Equatable, Codable {
        public var distanceObstacle: Bool
        public var capacityObstacle: Bool
        /// Distance to the nearest gym offering a lesson slot, whole metres; nil when unknown.
        @ExplicitNull public var nearestGymM: Int?
        /// True when that distance is an estimate (straight line x detour factor); nil when not known.
        @ExplicitNull public var nearestGymEstimated: Bool?
        public var demandLessons: Int
        public var unmetLessons: Int
        @ExplicitNull public var latitude: Double?
        @ExplicitNull public var longitude: Double?
        /// `file` (the school's own coordinates) or `pc4` (its postcode area's centre); nil without coordinates.
        @ExplicitNull public var locationSource: LocationSource?

        enum CodingKeys: String, CodingKey {
            case distanceObstacle = "distance_obstacle"
            case capacityObstacle = "capacity_obstacle"
            case nearestGymM = "nearest_gym_m"
            case nearestGymEstimated = "nearest_gym_estimated"
            case demandLessons = "demand_lessons"
            case unmetLessons = "unmet_lessons"
            case latitude, longitude
            case locationSource = "location_source"
        }
    }
}
