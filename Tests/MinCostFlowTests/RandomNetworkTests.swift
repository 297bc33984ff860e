import MinCostFlow
import SeededRandom
import Testing

/// Property tests on hundreds of seeded random networks: the network simplex agrees with the
/// successive-shortest-path oracle, and its flows are feasible and optimal.
@Suite struct RandomNetworkTests {
    @Test(arguments: RandomNetworks.Kind.allCases)
    func simplexMatchesOracle(kind: RandomNetworks.Kind) throws {
        var random = SplitMix64(seed: 0x6779_6D70_6C61_6E00 ^ UInt64(RandomNetworks.Kind.allCases.firstIndex(of: kind)!))
        var counts = OutcomeCounts()
        for graph in 0..<250 {
            let network = RandomNetworks.make(kind, maxNodes: 40, random: &random)
            let expected = try SuccessiveShortestPath().solve(network)
            for solver in [NetworkSimplex(), NetworkSimplex(mixesArcs: false)] {
                let outcome = try solver.solve(network)
                switch (outcome, expected) {
                case (.optimal(let solution), .optimal(let oracle)):
                    #expect(solution.cost == oracle.cost, "\(kind) graph \(graph)")
                    FlowChecks.expectOptimal(solution, of: network)
                    FlowChecks.expectOptimal(oracle, of: network)
                default:
                    #expect(outcome == expected, "\(kind) graph \(graph)")
                }
                counts.add(outcome)
            }
        }
        // Each kind must exercise optimal outcomes, and the kinds with room for them the others too.
        #expect(counts.optimal >= 200, "\(counts)")
        #expect(counts.infeasible > 0, "\(counts)")
        if kind == .infiniteCapacities {
            #expect(counts.unbounded > 0, "\(counts)")
        }
    }

    /// Larger bipartite networks shaped like the planner's: suppliers, receivers with capacity to one sink,
    /// and an expensive overflow arc per supplier.
    @Test func plannerShapedNetworksMatchOracle() throws {
        var random = SplitMix64(seed: 42)
        for graph in 0..<20 {
            let shape = PlannerShape.make(schools: random.int(in: 5...60), gyms: random.int(in: 3...40), random: &random)
            let expected = try #require(try SuccessiveShortestPath().solve(shape.network).solution)
            let solution = try #require(try NetworkSimplex().solve(shape.network).solution)
            #expect(solution.cost == expected.cost, "graph \(graph)")
            FlowChecks.expectOptimal(solution, of: shape.network)
        }
    }
}

/// How many of each outcome a batch of random networks had.
struct OutcomeCounts {
    var optimal = 0
    var infeasible = 0
    var unbounded = 0

    mutating func add(_ outcome: FlowOutcome) {
        switch outcome {
        case .optimal: optimal += 1
        case .infeasible: infeasible += 1
        case .unbounded: unbounded += 1
        }
    }
}
