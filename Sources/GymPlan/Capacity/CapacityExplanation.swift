import MinCostFlow

/// The competing groups of an optimal plan: the nodes reachable in the residual network from the schools
/// with a capacity obstacle (not over the unplaced arcs), split into connected parts. Every gym reached has
/// all its slots taken, so the group's schools can only gain slots the group's gyms gain.
struct CapacityExplanation {
    var results: CapacityResults
    var schools: [SchoolCapacity]

    func groups(lessonMinutes: Int) -> [CompetingGroup] {
        let network = results.network
        let flowNetwork = network.network
        let origins = schools.indices.filter { schools[$0].capacityObstacle }
        guard !origins.isEmpty else { return [] }
        let excluded = network.unplacedArcs.compactMap { $0 }
        let cut = flowNetwork.residualReachability(from: origins, flows: results.flows, excluding: excluded)

        // Connected parts of the reachable nodes over residual arcs between them.
        var parent = Array(0..<flowNetwork.nodeCount)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        var isExcluded = [Bool](repeating: false, count: flowNetwork.arcCount)
        for arc in excluded { isExcluded[arc] = true }
        for (index, arc) in flowNetwork.arcs.enumerated()
        where !isExcluded[index] && cut.isReachable[arc.source] && cut.isReachable[arc.target]
            && (results.flows[index] < arc.capacity || results.flows[index] > 0) {
            parent[root(arc.source)] = root(arc.target)
        }

        var members: [Int: (schools: Set<Int>, gyms: Set<Int>)] = [:]
        for node in cut.nodes {
            switch network.nodeOwners[node] {
            case .school(let school): members[root(node), default: ([], [])].schools.insert(school)
            case .gym(let gym): members[root(node), default: ([], [])].gyms.insert(gym)
            case nil: break
            }
        }
        let instance = results.instance
        return members.values.map { part in
            let schoolIndices = part.schools.sorted()
            let gymIndices = part.gyms.sorted()
            let unmet = schoolIndices.reduce(0) { $0 + schools[$1].unmetLessons }
            let codes = Set(schoolIndices.map { instance.schools[$0].municipalityCode } + gymIndices.map { instance.gyms[$0].municipalityCode })
            return CompetingGroup(
                schoolIds: schoolIndices.map { instance.schools[$0].id },
                gymIds: gymIndices.map { instance.gyms[$0].id },
                municipalityCodes: codes.sorted(),
                demandLessons: schoolIndices.reduce(0) { $0 + schools[$1].demandLessons },
                supplyLessons: gymIndices.reduce(0) { $0 + instance.slots(of: $1) },
                unmetLessons: unmet, extraSlots: unmet, extraHallHours: Double(unmet * lessonMinutes) / 60)
        }
        .sorted { ($0.schoolIds.first ?? "") < ($1.schoolIds.first ?? "") }
    }
}
