extension MinistryExport {
    /// A gym on record, where it is and how many classes it takes at once: what the report's
    /// close-ups draw beside the schools.
    public struct Gym: Sendable, Equatable, Codable {
        public var gymId: String
        public var name: String
        public var municipalityCode: String
        @ExplicitNull public var latitude: Double?
        @ExplicitNull public var longitude: Double?
        public var halls: Int

        public init(gymId: String, name: String, municipalityCode: String, latitude: Double?, longitude: Double?, halls: Int) {
            self.gymId = gymId
            self.name = name
            self.municipalityCode = municipalityCode
            self.latitude = latitude
            self.longitude = longitude
            self.halls = halls
        }

        enum CodingKeys: String, CodingKey {
            case gymId = "gym_id"
            case name
            case municipalityCode = "municipality_code"
            case latitude, longitude, halls
        }
    }

    /// A competing group of the capacity plan (data contract, section 3) whose gyms are short:
    /// the shortage belongs to the group, though the planner leaves it with the schools farthest away.
    public struct ShortageGroup: Sendable, Equatable, Codable {
        /// The group's schools, sorted.
        public var schoolIds: [String]
        /// The municipalities of its schools and gyms, sorted.
        public var municipalityCodes: [String]
        /// Lessons a week of the group's schools that no gym can take.
        public var unmetLessons: Int

        public init(schoolIds: [String], municipalityCodes: [String], unmetLessons: Int) {
            self.schoolIds = schoolIds
            self.municipalityCodes = municipalityCodes
            self.unmetLessons = unmetLessons
        }

        /// The figures of one of the capacity plan's groups.
        public init(_ group: CompetingGroup) {
            self.init(schoolIds: group.schoolIds, municipalityCodes: group.municipalityCodes, unmetLessons: group.unmetLessons)
        }

        enum CodingKeys: String, CodingKey {
            case schoolIds = "school_ids"
            case municipalityCodes = "municipality_codes"
            case unmetLessons = "unmet_lessons"
        }
    }
}
