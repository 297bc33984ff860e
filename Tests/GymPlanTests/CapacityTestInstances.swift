@testable import GymPlan

/// Hand-made capacity instances for the planner's unit tests.
enum CapacityTestInstances {
    /// Schools `(id, classes)` in GM0001, gyms `(id, slots)` in GM0002 (1 hall of `slots` x 45 minutes),
    /// and pairs `(school index, gym index, metres)`.
    static func make(
        schools: [(String, Int)], gyms: [(String, Int)], pairs: [(Int, Int, Int)], lessonsPerClass: Int = 2
    ) -> CapacityInstance {
        var instance = CapacityInstance(
            schools: schools.map { .init(id: $0.0, municipalityCode: "GM0001", classes: $0.1, nearestGymM: nil, nearestGymEstimated: false) },
            gyms: gyms.map { .init(id: $0.0, municipalityCode: "GM0002", halls: 1, hundredthHours: $0.1 * 75) },
            pairs: pairs.map { .init(school: $0.0, gym: $0.1, distanceM: $0.2) },
            lessonsPerClass: lessonsPerClass, lessonMinutes: 45, maxDistanceM: 1000)
        instance.normalizePairs()
        return instance
    }

    static func solve(_ instance: CapacityInstance, separateDays: Bool = false) throws -> CapacityPlan {
        var parameters = PlanningParameters()
        parameters.minLessons = instance.lessonsPerClass
        return try CapacityPlanner.solve(
            instance, year: SchoolYear(firstYear: 2019), parameters: parameters, options: CapacityOptions(separateDays: separateDays))
    }
}
