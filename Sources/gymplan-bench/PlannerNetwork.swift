import MinCostFlow

/// The min-cost flow networks of the capacity planner, built from a ``SyntheticNation``.
///
/// Each school supplies 2 slots per class; slots flow to gyms within the radius at a cost of their
/// distance in metres, and from gyms, up to their slots, into one sink that demands all slots. A school's
/// overflow arc to the sink takes the slots no gym can take, at a cost above any placement's.
enum PlannerNetwork {
    static let days = 5

    /// School -> gym -> sink, plus school -> sink overflow arcs.
    static func plain(_ nation: SyntheticNation, radius: Double) -> FlowNetwork {
        let pairs = nation.pairs(within: radius)
        let schoolCount = nation.schools.count
        let gymCount = nation.gyms.count
        let sink = schoolCount + gymCount
        var network = FlowNetwork(nodeCount: sink + 1)
        network.reserveArcCapacity(pairs.count + gymCount + schoolCount)
        let overflowCost = Int64(network.nodeCount) * max(pairs.map(\.metres).max() ?? 0, 1) + 1
        var total: Int64 = 0
        for (index, school) in nation.schools.enumerated() {
            network.setSupply(Int64(2 * school.classes), of: index)
            total += Int64(2 * school.classes)
        }
        for pair in pairs {
            network.addArc(from: pair.school, to: schoolCount + pair.gym, capacity: network.supplies[pair.school], cost: pair.metres)
        }
        for (index, gym) in nation.gyms.enumerated() {
            network.addArc(from: schoolCount + index, to: sink, capacity: Int64(gym.slots), cost: 0)
        }
        for school in 0..<schoolCount {
            network.addArc(from: school, to: sink, capacity: network.supplies[school], cost: overflowCost)
        }
        network.setSupply(-total, of: sink)
        return network
    }

    /// The day-expanded form: each school feeds 5 school-day nodes (at most one lesson per class a day),
    /// each gym has 5 gym-day nodes with a fifth of its slots, and school-days reach gym-days of the same day.
    static func dayExpanded(_ nation: SyntheticNation, radius: Double) -> FlowNetwork {
        let pairs = nation.pairs(within: radius)
        let schoolCount = nation.schools.count
        let gymCount = nation.gyms.count
        let schoolDay = { (school: Int, day: Int) in schoolCount + school * days + day }
        let gymDay = { (gym: Int, day: Int) in schoolCount * (1 + days) + gym * days + day }
        let sink = schoolCount * (1 + days) + gymCount * days
        var network = FlowNetwork(nodeCount: sink + 1)
        network.reserveArcCapacity((pairs.count + schoolCount + gymCount) * days + schoolCount)
        let overflowCost = Int64(network.nodeCount) * max(pairs.map(\.metres).max() ?? 0, 1) + 1
        var total: Int64 = 0
        for (index, school) in nation.schools.enumerated() {
            network.setSupply(Int64(2 * school.classes), of: index)
            total += Int64(2 * school.classes)
            for day in 0..<days {
                network.addArc(from: index, to: schoolDay(index, day), capacity: Int64(school.classes), cost: 0)
            }
        }
        for day in 0..<days {
            for pair in pairs {
                let classes = Int64(nation.schools[pair.school].classes)
                network.addArc(from: schoolDay(pair.school, day), to: gymDay(pair.gym, day), capacity: classes, cost: pair.metres)
            }
        }
        for (index, gym) in nation.gyms.enumerated() {
            for day in 0..<days {
                let slots = gym.slots / days + (day < gym.slots % days ? 1 : 0)
                network.addArc(from: gymDay(index, day), to: sink, capacity: Int64(slots), cost: 0)
            }
        }
        for school in 0..<schoolCount {
            network.addArc(from: school, to: sink, capacity: network.supplies[school], cost: overflowCost)
        }
        network.setSupply(-total, of: sink)
        return network
    }
}
