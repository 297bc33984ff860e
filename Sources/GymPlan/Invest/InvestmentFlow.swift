import MinCostFlow

/// Places a component's lessons with a min-cost flow: each school's demand over the allowed options to
/// the gyms' and sites' capacities, first the most lessons, then the least cost in cents.
struct InvestmentFlow {
    /// Lessons per option of the component (0 for options not allowed), and unplaced lessons per school.
    var lessons: [Int]
    var unmet: [Int]

    var totalUnmet: Int { unmet.reduce(0, +) }

    /// `gymSlots` and `siteSlots` are aligned with the component's gyms and sites; `cost` gives an
    /// option's cost per lesson in cents, or nil when the option may not be used.
    init(_ component: InvestmentComponent, instance: InvestmentInstance, gymSlots: [Int], siteSlots: [Int],
         cost: (InvestmentOption) -> Int64?) throws {
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
        for (index, slots) in (gymSlots + siteSlots).enumerated() where slots > 0 {
            network.addArc(from: schoolCount + index, to: sink, capacity: Int64(slots), cost: 0)
        }
        let unplacedCost = Int64(network.nodeCount) * largest + 1
        let unplacedArcs = (0..<schoolCount).map { network.addArc(from: $0, to: sink, capacity: demand[$0], cost: unplacedCost) }
        for school in 0..<schoolCount { network.setSupply(demand[school], of: school) }
        network.setSupply(-demand.reduce(0, +), of: sink)
        guard let flows = try NetworkSimplex().solve(network).solution?.flows else { throw CapacityPlanError.noOptimum }
        lessons = arcs.map { $0.map { Int(flows[$0]) } ?? 0 }
        unmet = unplacedArcs.map { Int(flows[$0]) }
    }
}
