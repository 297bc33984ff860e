import Foundation
import MinCostFlow
import PostgresClient

/// How to plan: a class's lessons on different weekdays or not, and what-if changes to the gyms.
public struct CapacityOptions: Sendable {
    /// Keep a class's lessons on different weekdays (each gym's slots split over five days).
    public var separateDays: Bool
    /// Changes applied to the database's gyms and parameters before planning.
    public var whatIf: [WhatIfChange]

    /// Options; the defaults plan the database as it is, lessons on any days.
    public init(separateDays: Bool = false, whatIf: [WhatIfChange] = []) {
        self.separateDays = separateDays
        self.whatIf = whatIf
    }
}

/// The capacity planner: reads the instance, solves the min-cost flow, and explains the result.
public enum CapacityPlanner {
    /// Plans the school year's lessons on the database's data (with `options.whatIf` applied).
    public static func plan(
        _ connection: Connection, year: SchoolYear, parameters: PlanningParameters, options: CapacityOptions = .init()
    ) throws -> CapacityPlan {
        let clock = ContinuousClock()
        let start = clock.now
        var parameters = parameters
        for case .maxDistance(let metres) in options.whatIf {
            parameters.maxDistanceM = metres
        }
        var instance = try CapacityInstance.read(connection, year: year, parameters: parameters)
        for change in options.whatIf {
            try instance.apply(change, connection: connection, parameters: parameters)
        }
        let read = (clock.now - start).seconds
        var plan = try solve(instance, year: year, parameters: parameters, options: options)
        plan.timings.read = read
        return plan
    }

    /// Plans the base case and the scenario of `options.whatIf`, and compares them per municipality.
    public static func compare(
        _ connection: Connection, year: SchoolYear, parameters: PlanningParameters, options: CapacityOptions
    ) throws -> CapacityComparison {
        var baseOptions = options
        baseOptions.whatIf = []
        let base = try plan(connection, year: year, parameters: parameters, options: baseOptions)
        let scenario = try plan(connection, year: year, parameters: parameters, options: options)
        return CapacityComparison(base: base, scenario: scenario)
    }

    /// Solves an instance already read (pure: no database).
    static func solve(
        _ instance: CapacityInstance, year: SchoolYear, parameters: PlanningParameters, options: CapacityOptions
    ) throws -> CapacityPlan {
        let clock = ContinuousClock()
        let start = clock.now
        let built = CapacityNetwork(instance, separateDays: options.separateDays)
        guard let solution = try NetworkSimplex().solve(built.network).solution else {
            throw CapacityPlanError.noOptimum
        }
        var plan = CapacityResults(instance: instance, network: built, flows: solution.flows).plan(
            year: year, parameters: parameters, options: options, networkCost: solution.cost)
        plan.timings.solve = (clock.now - start).seconds
        return plan
    }
}

/// Why planning failed.
public enum CapacityPlanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The flow network has no optimum (cannot happen: every slot can stay unplaced).
    case noOptimum
    /// A what-if change names a gym the database does not have.
    case unknownGym(String)
    /// A what-if bus names a school the database does not have.
    case unknownSchool(String)
    /// A what-if bus between a school and a gym whose distance is unknown (no measurement, no coordinates).
    case unknownBusDistance(schoolId: String, gymId: String)
    /// `add-halls` would take a gym above the 10 halls the data contract allows a gym.
    case tooManyHalls(gymId: String, halls: Int, adding: Int)

    /// The most halls a gym may have (data contract, section 2: halls 1..10).
    public static let maximumHalls = 10

    /// A message for the user.
    public var description: String {
        switch self {
        case .noOptimum: "internal error: the capacity network has no optimal flow"
        case .unknownGym(let id): "what-if: no gym with id '\(id)'"
        case .unknownSchool(let id): "what-if: no school with id '\(id)'"
        case .unknownBusDistance(let school, let gym):
            "what-if bus:\(school):\(gym): the distance from school \(school) to gym \(gym) is unknown (no measured distance, no coordinates)"
        case .tooManyHalls(let id, let halls, let adding):
            "what-if add-halls:\(id):\(adding): gym \(id) has \(halls) hall\(halls == 1 ? "" : "s") and may have at most"
                + " \(Self.maximumHalls) (halls 1..\(Self.maximumHalls)): add at most \(max(0, Self.maximumHalls - halls))"
        }
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
