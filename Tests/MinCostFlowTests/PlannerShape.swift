import MinCostFlow
import SeededRandom

/// A random network shaped like the planner's: schools supply lesson slots, gyms within reach take
/// them up to their capacity into one sink, and an overflow arc per school takes what cannot be placed.
struct PlannerShape {
    var network: FlowNetwork
    var schools: Range<Int>
    var gyms: Range<Int>
    var sink: Int
    /// The overflow arc of each school, by school.
    var overflowArcs: [Int]

    static func make(schools schoolCount: Int, gyms gymCount: Int, random: inout SplitMix64) -> PlannerShape {
        let schools = 0..<schoolCount
        let gyms = schoolCount..<(schoolCount + gymCount)
        let sink = schoolCount + gymCount
        var network = FlowNetwork(nodeCount: sink + 1)
        let points = (0...sink).map { _ in (x: random.int(in: 0...100), y: random.int(in: 0...100)) }
        var total: Int64 = 0
        var reach: [(school: Int, gym: Int, distance: Int64)] = []
        for school in schools {
            let supply = Int64(2 * random.int(in: 1...8))
            network.setSupply(supply, of: school)
            total += supply
            for gym in gyms {
                let distance = abs(points[school].x - points[gym].x) + abs(points[school].y - points[gym].y)
                if distance <= 35 {
                    reach.append((school, gym, Int64(distance)))
                }
            }
        }
        for (school, gym, distance) in reach {
            network.addArc(from: school, to: gym, capacity: network.supplies[school], cost: distance)
        }
        for gym in gyms {
            network.addArc(from: gym, to: sink, capacity: Int64(random.int(in: 0...20)), cost: 0)
        }
        let overflowCost = Int64(network.nodeCount) * 70 + 1
        let overflowArcs = schools.map { school in
            network.addArc(from: school, to: sink, capacity: network.supplies[school], cost: overflowCost)
        }
        network.setSupply(-total, of: sink)
        return PlannerShape(network: network, schools: schools, gyms: gyms, sink: sink, overflowArcs: overflowArcs)
    }
}
