extension MinistryExport {
    /// The national roster's figures and its speeds (`export --with-roster`); each municipality's
    /// are in its `roster`, as `roster --municipality` gives them.
    public struct RosterOverview: Sendable, Equatable, Codable {
        public var walkMPerMin: Double
        public var teacherMPerMin: Double
        public var summary: RosterDocument.Summary
        /// Municipalities whose classes the roster gives fewer lessons than the law asks for.
        public var municipalitiesShort: Int

        enum CodingKeys: String, CodingKey {
            case walkMPerMin = "walk_m_per_min", teacherMPerMin = "teacher_m_per_min", summary
            case municipalitiesShort = "municipalities_short"
        }
    }
}

extension RosterDocument.Summary {
    /// Lessons the law asks for that the roster could not place.
    public var lessonsShort: Int { lessonsRequired - lessonsScheduled }
}
