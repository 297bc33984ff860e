/// A what-if scenario next to the base case, and the municipalities whose figures differ.
public struct CapacityComparison: Sendable, Encodable {
    /// The plan of the database as it is.
    public var base: CapacityPlan
    /// The plan with the what-if changes.
    public var scenario: CapacityPlan
    /// Municipalities whose supply, unmet lessons, distance obstacles or obstacles differ, sorted by code.
    public var municipalities: [MunicipalityDifference]

    /// Compares two plans of the same school year.
    public init(base: CapacityPlan, scenario: CapacityPlan) {
        self.base = base
        self.scenario = scenario
        let before = Dictionary(uniqueKeysWithValues: base.municipalities.map { ($0.code, $0) })
        let after = Dictionary(uniqueKeysWithValues: scenario.municipalities.map { ($0.code, $0) })
        municipalities = Set(before.keys).union(after.keys).sorted().compactMap { code in
            let difference = MunicipalityDifference(code: code, base: before[code], scenario: after[code])
            return difference.changed ? difference : nil
        }
    }

    enum CodingKeys: String, CodingKey {
        case whatIf, base, scenario, municipalities
    }

    /// Encodes the what-if changes, national totals on both sides, and the municipalities that differ.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scenario.whatIf, forKey: .whatIf)
        try container.encode(MunicipalityDifference.Side(base), forKey: .base)
        try container.encode(MunicipalityDifference.Side(scenario), forKey: .scenario)
        try container.encode(municipalities, forKey: .municipalities)
    }
}

/// One municipality's figures in the base case and in the scenario.
public struct MunicipalityDifference: Sendable, Encodable, Equatable {
    /// The figures compared.
    public struct Side: Sendable, Encodable, Equatable {
        /// Slots of the gyms located in it.
        public var supplyLessons = 0
        /// Slots of its schools no gym could take.
        public var unmetLessons = 0
        /// Its schools without a gym offering a slot within the limit.
        public var schoolsWithDistanceObstacle = 0
        /// Capacity and/or distance, sorted.
        public var obstacles: [Obstacle] = []

        init(_ municipality: MunicipalityCapacity?) {
            guard let municipality else { return }
            supplyLessons = municipality.supplyLessons
            unmetLessons = municipality.unmetLessons
            schoolsWithDistanceObstacle = municipality.schoolsWithDistanceObstacle
            obstacles = municipality.obstacles
        }

        init(_ plan: CapacityPlan) {
            supplyLessons = plan.municipalities.reduce(0) { $0 + $1.supplyLessons }
            unmetLessons = plan.unmetLessons
            schoolsWithDistanceObstacle = plan.schools.filter(\.distanceObstacle).count
            obstacles = []
        }
    }

    /// The municipality code.
    public var code: String
    /// Its figures in the base case.
    public var base: Side
    /// Its figures in the scenario.
    public var scenario: Side

    init(code: String, base: MunicipalityCapacity?, scenario: MunicipalityCapacity?) {
        self.code = code
        self.base = Side(base)
        self.scenario = Side(scenario)
    }

    var changed: Bool { base != scenario }
}
