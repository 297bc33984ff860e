/// The plain words for what stands in the way of a school's lessons in a gym, added to the goal
/// reasons: no gym within reach, no gym data, or a competing group short of gym room.
public enum ObstacleReasons {
    /// The school's obstacle reasons; none where it has no obstacle. `groupShortage`: the unmet
    /// lessons of the competing group the school belongs to, if any.
    public static func reasons(
        _ capacity: SchoolCapacity, hasGymData: Bool, groupShortage: Int?, maxDistanceM: Int, language: Language = .en
    ) -> [String] {
        if !hasGymData { return [language == .nl ? "geen gymzaalgegevens" : "no gym data"] }
        if capacity.distanceObstacle {
            let limit = String(maxDistanceM)
            let nearest = capacity.nearestGymM.map { language.number($0) + " m" } ?? (language == .nl ? "onbekend" : "unknown")
            return [language == .nl
                ? "geen gymzaal binnen \(limit) m: dichtstbijzijnde \(nearest)"
                : "no gym within \(limit) m: nearest \(nearest)"]
        }
        if capacity.unmetLessons > 0 {
            let short = groupShortage ?? capacity.unmetLessons
            return [language == .nl
                ? "in een groep scholen waarvan de gymzalen \(language.count(short, "les", "lessen")) tekortkomen"
                : "in a group of schools whose gyms are \(language.count(short, "lesson", "lessons")) short"]
        }
        return []
    }

    /// Each school's competing group shortage, by school_id.
    public static func groupShortages(_ plan: CapacityPlan) -> [String: Int] {
        var shortages: [String: Int] = [:]
        for group in plan.competingGroups {
            for school in group.schoolIds { shortages[school] = group.unmetLessons }
        }
        return shortages
    }
}

import PostgresClient

extension ObstacleReasons {
    /// The obstacle reasons of every school in a year: the capacity plan, the competing groups and
    /// the data coverage, read once.
    public struct Lookup: Sendable {
        public var capacities: [String: SchoolCapacity]
        public var shortages: [String: Int]
        public var coverage: [String: MunicipalityData]
        public var maxDistanceM: Int
        public var language: Language

        public init(plan: CapacityPlan, coverage: [String: MunicipalityData], maxDistanceM: Int, language: Language) {
            capacities = Dictionary(plan.schools.map { ($0.schoolId, $0) }, uniquingKeysWith: { first, _ in first })
            shortages = ObstacleReasons.groupShortages(plan)
            self.coverage = coverage
            self.maxDistanceM = maxDistanceM
            self.language = language
        }

        /// Plans, and reads the coverage unless the caller has read it already (`coverage`).
        public init(
            _ connection: Connection, year: SchoolYear, parameters: PlanningParameters, language: Language,
            coverage: DataCoverage? = nil
        ) throws {
            self.init(
                plan: try CapacityPlanner.plan(connection, year: year, parameters: parameters),
                coverage: try (coverage ?? DataCoverage.read(connection, year: year, parameters: parameters)).municipalities,
                maxDistanceM: parameters.maxDistanceM, language: language)
        }

        /// The school's obstacle reasons; none for a school the plan does not know.
        public func reasons(_ schoolId: String) -> [String] {
            guard let capacity = capacities[schoolId] else { return [] }
            return ObstacleReasons.reasons(
                capacity, hasGymData: coverage[capacity.municipalityCode]?.hasGymData ?? true,
                groupShortage: shortages[schoolId], maxDistanceM: maxDistanceM, language: language)
        }
    }
}
