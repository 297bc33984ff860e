import MinCostFlow
import SeededRandom
import Testing

@Suite struct ResidualReachabilityTests {
    /// School 0 (4 slots) reaches only gym 2 (2 slots); school 1 (2 slots) reaches gyms 2 and 3.
    /// School 1 goes to gym 3, so school 0 alone competes for gym 2's 2 slots.
    @Test func schoolCompetesForTheOnlyGymItReaches() throws {
        var network = FlowNetwork(supplies: [4, 2, 0, 0, -6])
        network.addArc(from: 0, to: 2, capacity: 4, cost: 10)
        network.addArc(from: 1, to: 2, capacity: 2, cost: 1)
        network.addArc(from: 1, to: 3, capacity: 2, cost: 5)
        network.addArc(from: 2, to: 4, capacity: 2, cost: 0)
        network.addArc(from: 3, to: 4, capacity: 5, cost: 0)
        let overflow = [
            network.addArc(from: 0, to: 4, capacity: 4, cost: 1000),
            network.addArc(from: 1, to: 4, capacity: 2, cost: 1000),
        ]
        let solution = try #require(try NetworkSimplex().solve(network).solution)
        #expect(solution.flows[overflow[0]] == 2)
        #expect(solution.flows[overflow[1]] == 0)
        let cut = network.residualReachability(from: [0], flows: solution.flows, excluding: overflow)
        #expect(cut.nodes == [0, 2])
        #expect(cut.leavingArcs == [3])
        #expect(cut.leavingCapacity == 2)
    }

    @Test func followsArcsWithFlowBackward() {
        let network = FlowNetwork(supplies: [0, 0, 0], arcs: [
            FlowArc(source: 1, target: 0, capacity: 3, cost: 0),
            FlowArc(source: 1, target: 2, capacity: 3, cost: 0),
        ])
        #expect(network.residualReachability(from: [0], flows: [0, 0]).nodes == [0])
        let cut = network.residualReachability(from: [0], flows: [2, 3])
        #expect(cut.nodes == [0, 1])
        #expect(cut.leavingArcs == [1])
        #expect(cut.leavingCapacity == 3)
    }

    /// In an optimal planner-shaped flow, the schools with unplaced slots and all they reach are cut off
    /// from the sink by saturated arcs whose capacity equals the slots those schools did place.
    @Test func unplacedSchoolsAreCutOffBySaturatedArcs() throws {
        var random = SplitMix64(seed: 7)
        var cutsSeen = 0
        for _ in 0..<40 {
            let shape = PlannerShape.make(schools: random.int(in: 5...50), gyms: random.int(in: 3...30), random: &random)
            let network = shape.network
            let solution = try #require(try NetworkSimplex().solve(network).solution)
            let unplaced = shape.schools.filter { solution.flows[shape.overflowArcs[$0]] > 0 }
            let cut = network.residualReachability(from: unplaced, flows: solution.flows, excluding: shape.overflowArcs)
            #expect(!cut.isReachable[shape.sink])
            let excluded = Set(shape.overflowArcs)
            for (index, arc) in network.arcs.enumerated() where !excluded.contains(index) {
                if cut.isReachable[arc.source] && !cut.isReachable[arc.target] {
                    #expect(solution.flows[index] == arc.capacity)
                }
                if !cut.isReachable[arc.source] && cut.isReachable[arc.target] {
                    #expect(solution.flows[index] == 0)
                }
            }
            let placed = cut.nodes.filter { shape.schools.contains($0) }.reduce(Int64(0)) { sum, school in
                sum + network.supplies[school] - solution.flows[shape.overflowArcs[school]]
            }
            #expect(cut.leavingCapacity == placed)
            if !unplaced.isEmpty { cutsSeen += 1 }
        }
        #expect(cutsSeen >= 10)
    }
}
