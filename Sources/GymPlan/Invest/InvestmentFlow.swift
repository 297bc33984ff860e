import MinCostFlow

/// Places a component's lessons with a min-cost flow: each school's demand over the allowed options to
/// the gyms' and sites' capacities, first the most lessons, then the least cost in cents.
struct InvestmentFlow {
    /// Lessons per option of the component (0 for options not allowed), and unplaced lessons per school.
    var lessons: [Int]
    var unmet: [Int]

    var totalUnmet: Int { unmet.reduce(0, +) }

    /// The flow's cost, in the unit of `cost`.
    var cost: Int64 = 0

    /// The network solved (nodes: the schools, the gyms, the sites, the sink), optimal node potentials
    /// of it, the arc of each option (nil for options not allowed), the arc from each site to the sink
    /// (nil for a site without slots), and the cost of an unplaced lesson.
    var network: FlowNetwork
    var potentials: [Int64]
    var optionArcs: [Int?]
    var siteSinkArcs: [Int?]
    var unplacedCost: Int64

    /// `gymSlots` and `siteSlots` are aligned with the component's gyms and sites; `cost` gives an
    /// option's cost per lesson (in cents, or any unit), or nil when the option may not be used.
    /// `extraGymSlots` (aligned with the gyms, when given) are slots beyond `gymSlots` at
    /// `extraSlotCost` each: longer hours taken slot by slot, not hall by hall.
    init(_ component: InvestmentComponent, instance: InvestmentInstance, gymSlots: [Int], siteSlots: [Int],
         extraGymSlots: [Int]? = nil, extraSlotCost: Int64 = 0, cost: (InvestmentOption) -> Int64?) throws {
        let schoolCount = component.schools.count
        let gymCount = component.gyms.count
        let sink = schoolCount + gymCount + component.sites.count
        let schoolNode = Dictionary(uniqueKeysWithValues: component.schools.enumerated().map { ($1, $0) })
        let gymNode = Dictionary(uniqueKeysWithValues: component.gyms.enumerated().map { ($1, schoolCount + $0) })
        let siteNode = Dictionary(uniqueKeysWithValues: component.sites.enumerated().map { ($1, schoolCount + gymCount + $0) })
        var network = FlowNetwork(nodeCount: sink + 1)
        let demand = component.schools.map { Int64(instance.capacity.demand(of: $0)) }
        var arcs = [Int?](repeating: nil, count: component.options.count)
        var largest: Int64 = 1
        for (index, option) in component.options.enumerated() {
            guard let unitCost = cost(option), let from = schoolNode[option.school],
                  let to = option.kind == .site ? siteNode[option.target] : gymNode[option.target] else { continue }
            arcs[index] = network.addArc(from: from, to: to, capacity: demand[from], cost: unitCost)
            largest = max(largest, unitCost)
        }
        var siteSinkArcs = [Int?](repeating: nil, count: component.sites.count)
        for (index, slots) in (gymSlots + siteSlots).enumerated() where slots > 0 {
            let arc = network.addArc(from: schoolCount + index, to: sink, capacity: Int64(slots), cost: 0)
            if index >= gymCount { siteSinkArcs[index - gymCount] = arc }
        }
        for (index, slots) in (extraGymSlots ?? []).enumerated() where slots > 0 {
            network.addArc(from: schoolCount + index, to: sink, capacity: Int64(slots), cost: extraSlotCost)
            largest = max(largest, extraSlotCost)
        }
        let unplacedCost = Int64(network.nodeCount) * largest + 1
        let unplacedArcs = (0..<schoolCount).map { network.addArc(from: $0, to: sink, capacity: demand[$0], cost: unplacedCost) }
        for school in 0..<schoolCount { network.setSupply(demand[school], of: school) }
        network.setSupply(-demand.reduce(0, +), of: sink)
        guard let solution = try NetworkSimplex().solve(network).solution else { throw CapacityPlanError.noOptimum }
        let flows = solution.flows
        lessons = arcs.map { $0.map { Int(flows[$0]) } ?? 0 }
        unmet = unplacedArcs.map { Int(flows[$0]) }
        self.cost = solution.cost - unmet.reduce(0) { $0 + Int64($1) } * unplacedCost
        self.network = network
        potentials = solution.potentials
        optionArcs = arcs
        self.siteSinkArcs = siteSinkArcs
        self.unplacedCost = unplacedCost
    }
}
