@testable import GymPlan

/// Hand-made and random investment instances for the planner's tests: 45-minute lessons, two a class,
/// and a cap of 3 hours a week (4 slots) per hall, so every change set can be enumerated.
enum InvestmentTestInstances {
    struct Gym {
        var id: String
        var halls: Int
        var slotsPerHall: Int
    }

    struct Site {
        var id: String
        var halls: Int
        var slotsPerHall: Int
        var costEur: Double
    }

    static func parameters(busCostEur: Double = 2400) -> InvestmentParameters {
        var parameters = InvestmentParameters()
        parameters.maxHoursPerWeek = 3
        parameters.busCostEur = busCostEur
        return parameters
    }

    /// Schools `(id, classes)` in GM0001, gyms in GM0002, sites in GM0003; pairs as (school, gym or site, metres).
    static func make(
        schools: [(String, Int)], gyms: [Gym], reach: [(Int, Int, Int)], bus: [(Int, Int, Int)] = [],
        sites: [Site] = [], sitePairs: [(Int, Int, Int)] = [], parameters: InvestmentParameters = parameters()
    ) -> InvestmentInstance {
        var capacity = CapacityInstance(
            schools: schools.map { .init(id: $0.0, municipalityCode: "GM0001", classes: $0.1, nearestGymM: nil, nearestGymEstimated: false) },
            gyms: gyms.map { .init(id: $0.id, municipalityCode: "GM0002", halls: $0.halls, hundredthHours: $0.slotsPerHall * 75) },
            pairs: reach.map { .init(school: $0.0, gym: $0.1, distanceM: $0.2) },
            lessonsPerClass: 2, lessonMinutes: 45, maxDistanceM: 1000)
        capacity.normalizePairs()
        var instance = InvestmentInstance(
            capacity: capacity, busPairs: bus.map { .init(school: $0.0, gym: $0.1, distanceM: $0.2) },
            sites: sites.map {
                .init(id: $0.id, name: "Site " + $0.id, municipalityCode: "GM0003", latitude: 52, longitude: 5, halls: $0.halls,
                      hundredthHours: $0.slotsPerHall * 75, costEur: $0.costEur)
            },
            sitePairs: sitePairs.map { .init(school: $0.0, site: $0.1, distanceM: $0.2) }, parameters: parameters)
        instance.normalizeCandidates()
        return instance
    }
}
