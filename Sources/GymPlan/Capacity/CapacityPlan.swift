import MinCostFlow

/// The optimal assignment of every in-scope class's required lessons to gyms, with the capacity and
/// distance obstacles it shows (data contract, section 3).
public struct CapacityPlan: Sendable, Encodable {
    /// The school year planned.
    public var schoolYear: SchoolYear
    /// The rule parameters used (with a what-if distance limit applied).
    public var parameters: PlanningParameters
    /// Whether a class's lessons were kept on different weekdays (the day-expanded network).
    public var separateDays: Bool
    /// The what-if changes applied (empty for the database as it is).
    public var whatIf: [WhatIfChange]
    /// Every school, sorted by id.
    public var schools: [SchoolCapacity]
    /// Every municipality with a school or a gym, sorted by code.
    public var municipalities: [MunicipalityCapacity]
    /// Slots needed: `min_lessons` per in-scope class.
    public var demandLessons: Int
    /// Slots assigned to gyms.
    public var placedLessons: Int
    /// Slots no gym within the limit could take.
    public var unmetLessons: Int
    /// The least total distance of the placed slots: sum of slots x metres.
    public var totalCost: Int64
    /// The flow network's optimal cost (placements plus a penalty per unplaced slot): the `s` line of
    /// `gymplan-bench mcf` on ``dimacsText()``.
    public var networkCost: Int64
    /// For each group of schools with a capacity obstacle, the schools and gyms competing for too few slots.
    public var competingGroups: [CompetingGroup]
    /// Seconds spent reading the database and solving (not part of the JSON document).
    public var timings = CapacityTimings()

    let network: FlowNetwork

    enum CodingKeys: String, CodingKey {
        case schoolYear, parameters, separateDays, whatIf, schools, municipalities, demandLessons, placedLessons
        case unmetLessons, totalCost, networkCost, competingGroups
    }

    /// The solved flow instance in the DIMACS min-cost flow format (`p min`).
    public func dimacsText() -> String {
        DIMACS.minCostFlowText(network, comments: [
            "gymplan capacity \(schoolYear), max distance \(parameters.maxDistanceM) m\(separateDays ? ", separate days" : "")",
        ])
    }
}

/// Where a planning run spent its time, in seconds.
public struct CapacityTimings: Sendable {
    /// Reading the database (and applying what-if changes).
    public var read: Double = 0
    /// Building the network, solving it and explaining the result.
    public var solve: Double = 0

    /// No time spent yet.
    public init() {}
}

/// One school's share of the plan.
public struct SchoolCapacity: Sendable, Encodable, Equatable {
    /// The school's DUO location code.
    public var schoolId: String
    /// The municipality the school belongs to.
    public var municipalityCode: String
    /// Slots its in-scope classes need.
    public var demandLessons: Int
    /// Slots no gym could take.
    public var unmetLessons: Int
    /// No gym offering a slot is within the distance limit.
    public var distanceObstacle: Bool
    /// No distance obstacle, but unmet lessons.
    public var capacityObstacle: Bool
    /// Distance to the nearest gym offering a slot, at any distance; nil when unknown.
    public var nearestGymM: Int?
    /// Whether ``nearestGymM`` is an estimate (straight line x detour factor) rather than measured.
    public var nearestGymEstimated: Bool
    /// The gyms its slots were assigned to, by gym id.
    public var assignments: [GymAssignment]

    /// A school's figures; what is not given is zero, false or empty (public for tests and the export's inputs).
    public init(
        schoolId: String, municipalityCode: String, demandLessons: Int = 0, unmetLessons: Int = 0,
        distanceObstacle: Bool = false, capacityObstacle: Bool = false, nearestGymM: Int? = nil,
        nearestGymEstimated: Bool = false, assignments: [GymAssignment] = []
    ) {
        self.schoolId = schoolId
        self.municipalityCode = municipalityCode
        self.demandLessons = demandLessons
        self.unmetLessons = unmetLessons
        self.distanceObstacle = distanceObstacle
        self.capacityObstacle = capacityObstacle
        self.nearestGymM = nearestGymM
        self.nearestGymEstimated = nearestGymEstimated
        self.assignments = assignments
    }
}

/// Slots of one school assigned to one gym.
public struct GymAssignment: Sendable, Encodable, Equatable {
    /// The gym (`new:NAME` for a what-if gym).
    public var gymId: String
    /// Slots a week assigned.
    public var lessons: Int
    /// The school-gym distance in whole metres.
    public var distanceM: Int
}

/// One municipality's demand (its schools), supply (gyms located in it), unmet slots and obstacles.
public struct MunicipalityCapacity: Sendable, Encodable, Equatable {
    /// A municipality's figures; what is not given is zero or false (public for tests and the export's inputs).
    public init(
        code: String, demandLessons: Int = 0, supplyLessons: Int = 0, unmetLessons: Int = 0,
        schoolsWithDistanceObstacle: Int = 0, capacityObstacle: Bool = false, distanceObstacle: Bool = false,
        shortageHallHours: Double = 0
    ) {
        self.code = code
        self.demandLessons = demandLessons
        self.supplyLessons = supplyLessons
        self.unmetLessons = unmetLessons
        self.schoolsWithDistanceObstacle = schoolsWithDistanceObstacle
        self.capacityObstacle = capacityObstacle
        self.distanceObstacle = distanceObstacle
        self.shortageHallHours = shortageHallHours
    }

    /// The municipality code, `GM` + 4 digits.
    public var code: String
    /// Slots its schools' in-scope classes need.
    public var demandLessons: Int
    /// Slots of the gyms located in it.
    public var supplyLessons: Int
    /// Slots of its schools no gym could take.
    public var unmetLessons: Int
    /// Its schools without a gym offering a slot within the limit.
    public var schoolsWithDistanceObstacle: Int
    /// Any of its schools has a capacity obstacle.
    public var capacityObstacle: Bool
    /// Any of its schools has a distance obstacle.
    public var distanceObstacle: Bool
    /// Hall hours a week that would place the unmet lessons of its schools with a capacity obstacle.
    public var shortageHallHours: Double

    /// Capacity and/or distance, sorted as the ministry export sorts them.
    public var obstacles: [Obstacle] {
        (capacityObstacle ? [.capacity] : []) + (distanceObstacle ? [.distance] : [])
    }
}

/// Schools with a capacity obstacle and every school and gym they compete with: the nodes reachable from
/// them in the residual network of the optimal flow (a minimum cut). The gyms' slots are all taken.
public struct CompetingGroup: Sendable, Encodable, Equatable {
    /// The schools of the group, sorted.
    public var schoolIds: [String]
    /// The gyms they compete for, sorted.
    public var gymIds: [String]
    /// The municipalities of those schools and gyms, sorted.
    public var municipalityCodes: [String]
    /// Slots the group's schools need.
    public var demandLessons: Int
    /// Slots of the group's gyms.
    public var supplyLessons: Int
    /// Slots of the group's schools no gym could take.
    public var unmetLessons: Int
    /// Extra slots at the group's gyms that would place every unmet lesson (no fewer can).
    public var extraSlots: Int
    /// The same as hall hours a week: extra slots x lesson minutes / 60.
    public var extraHallHours: Double
}
