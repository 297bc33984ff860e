import MinCostFlow

/// The min-cost flow network of a ``CapacityInstance``: each school supplies its demand in slots, which
/// flow to gyms within the limit at a cost of their distance in metres and from each gym, up to its slots,
/// into one sink. A school's "unplaced" arc to the sink takes what no gym can, at a cost above any
/// placement path's, so the optimum first places the most slots, then has the least total distance.
struct CapacityNetwork: Sendable {
    /// A school-to-gym arc (in the day-expanded form, school-day to gym-day).
    struct Placement: Sendable {
        var arc: Int
        var school: Int
        var gym: Int
        var distanceM: Int
    }

    static let days = 5

    var network: FlowNetwork
    var placements: [Placement]
    /// The unplaced arc of each school, by school index (nil when it has no demand).
    var unplacedArcs: [Int?]
    /// The school or gym each node stands for: `.school(i)`, `.gym(j)`, or nil for the sink.
    var nodeOwners: [Owner?]
    /// The cost of one unplaced slot.
    var unplacedCost: Int64

    enum Owner: Sendable, Hashable {
        case school(Int)
        case gym(Int)
    }

    /// Builds the network; with `separateDays`, a class has at most one lesson a day: school -> school-day
    /// arcs carry at most the school's classes, and each gym's slots are split over five gym-days.
    init(_ instance: CapacityInstance, separateDays: Bool) {
        let schoolCount = instance.schools.count
        let gymCount = instance.gyms.count
        let days = separateDays ? Self.days : 1
        let sink = schoolCount + gymCount * days + (separateDays ? schoolCount * days : 0)
        var network = FlowNetwork(nodeCount: sink + 1)
        var owners = [Owner?](repeating: nil, count: sink + 1)
        let demand = (0..<schoolCount).map { Int64(instance.demand(of: $0)) }
        let slots = (0..<gymCount).map { instance.slots(of: $0) }
        func gymNode(_ gym: Int, _ day: Int) -> Int { schoolCount + gym * days + day }
        func schoolDayNode(_ school: Int, _ day: Int) -> Int { schoolCount + gymCount * days + school * days + day }
        for school in 0..<schoolCount {
            owners[school] = .school(school)
            for day in 0..<(separateDays ? days : 0) { owners[schoolDayNode(school, day)] = .school(school) }
        }
        for gym in 0..<gymCount {
            for day in 0..<days { owners[gymNode(gym, day)] = .gym(gym) }
        }

        let usable = instance.pairs.filter { demand[$0.school] > 0 && slots[$0.gym] > 0 }
        network.reserveArcCapacity((usable.count + gymCount + schoolCount) * days + schoolCount)
        var total: Int64 = 0
        for school in 0..<schoolCount where demand[school] > 0 {
            network.setSupply(demand[school], of: school)
            total += demand[school]
            let classes = Int64(instance.schools[school].classes)
            for day in 0..<(separateDays ? days : 0) {
                network.addArc(from: school, to: schoolDayNode(school, day), capacity: classes, cost: 0)
            }
        }
        var placements: [Placement] = []
        placements.reserveCapacity(usable.count * days)
        for day in 0..<days {
            for pair in usable {
                let from = separateDays ? schoolDayNode(pair.school, day) : pair.school
                let capacity = separateDays ? Int64(instance.schools[pair.school].classes) : demand[pair.school]
                let arc = network.addArc(from: from, to: gymNode(pair.gym, day), capacity: capacity, cost: Int64(pair.distanceM))
                placements.append(Placement(arc: arc, school: pair.school, gym: pair.gym, distanceM: pair.distanceM))
            }
        }
        for gym in 0..<gymCount where slots[gym] > 0 {
            for day in 0..<days {
                let share = slots[gym] / days + (day < slots[gym] % days ? 1 : 0)
                network.addArc(from: gymNode(gym, day), to: sink, capacity: Int64(share), cost: 0)
            }
        }
        let longest = Int64(max(usable.map(\.distanceM).max() ?? 0, 1))
        let unplacedCost = Int64(network.nodeCount) * longest + 1
        var unplacedArcs = [Int?](repeating: nil, count: schoolCount)
        for school in 0..<schoolCount where demand[school] > 0 {
            unplacedArcs[school] = network.addArc(from: school, to: sink, capacity: demand[school], cost: unplacedCost)
        }
        network.setSupply(-total, of: sink)
        self.network = network
        self.placements = placements
        self.unplacedArcs = unplacedArcs
        self.nodeOwners = owners
        self.unplacedCost = unplacedCost
    }
}
