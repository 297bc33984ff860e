import MinCostFlow
import Testing

/// Small networks with known answers, solved by both solvers.
@Suite struct HandMadeNetworkTests {
    static let solvers: [any MinCostFlowSolver] = [NetworkSimplex(), NetworkSimplex(mixesArcs: false), SuccessiveShortestPath()]

    /// Google OR-Tools' SimpleMinCostFlowProgram example: 20 units from node 0 to nodes 3 and 4, cost 150.
    @Test(arguments: solvers)
    func textbookExample(solver: any MinCostFlowSolver) throws {
        var network = FlowNetwork(nodeCount: 5)
        let arcs: [(Int, Int, Int64, Int64)] = [
            (0, 1, 15, 4), (0, 2, 8, 4), (1, 2, 20, 2), (1, 3, 4, 2), (1, 4, 10, 6),
            (2, 3, 15, 1), (2, 4, 4, 3), (3, 4, 20, 2), (4, 2, 5, 3),
        ]
        for (source, target, capacity, cost) in arcs {
            network.addArc(from: source, to: target, capacity: capacity, cost: cost)
        }
        for (node, supply) in [20, 0, 0, -5, -15].enumerated() {
            network.setSupply(Int64(supply), of: node)
        }
        let solution = try #require(try solver.solve(network).solution)
        #expect(solution.cost == 150)
        FlowChecks.expectOptimal(solution, of: network)
    }

    /// The networkx documentation's example: 5 units from a to d, 4 through b and 1 through c, cost 24.
    @Test(arguments: solvers)
    func networkxExample(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [5, 0, 0, -5], arcs: [
            FlowArc(source: 0, target: 1, capacity: 4, cost: 3),
            FlowArc(source: 0, target: 2, capacity: 10, cost: 6),
            FlowArc(source: 1, target: 3, capacity: 9, cost: 1),
            FlowArc(source: 2, target: 3, capacity: 5, cost: 2),
        ])
        let solution = try #require(try solver.solve(network).solution)
        #expect(solution.cost == 24)
        #expect(solution.flows == [4, 1, 4, 1])
        FlowChecks.expectOptimal(solution, of: network)
    }

    @Test(arguments: solvers)
    func infeasibleWhenCapacityIsShort(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [5, -5], arcs: [FlowArc(source: 0, target: 1, capacity: 4, cost: 1)])
        #expect(try solver.solve(network) == .infeasible)
    }

    @Test(arguments: solvers)
    func infeasibleWhenSuppliesDoNotBalance(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [5, -4], arcs: [FlowArc(source: 0, target: 1, capacity: 10, cost: 1)])
        #expect(try solver.solve(network) == .infeasible)
    }

    @Test(arguments: solvers)
    func infeasibleWhenNoPathExists(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [3, 0, -3], arcs: [FlowArc(source: 0, target: 1, capacity: 10, cost: 1)])
        #expect(try solver.solve(network) == .infeasible)
    }

    @Test(arguments: solvers)
    func zeroCosts(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [4, 0, -4], arcs: [
            FlowArc(source: 0, target: 1, capacity: 3, cost: 0),
            FlowArc(source: 1, target: 2, capacity: 3, cost: 0),
            FlowArc(source: 0, target: 2, capacity: 1, cost: 0),
        ])
        let solution = try #require(try solver.solve(network).solution)
        #expect(solution.cost == 0)
        #expect(solution.flows == [3, 3, 1])
        FlowChecks.expectOptimal(solution, of: network)
    }

    @Test(arguments: solvers)
    func parallelArcsFillCheapestFirst(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [10, -10], arcs: [
            FlowArc(source: 0, target: 1, capacity: 4, cost: 7),
            FlowArc(source: 0, target: 1, capacity: 5, cost: 2),
            FlowArc(source: 0, target: 1, capacity: 5, cost: 3),
        ])
        let solution = try #require(try solver.solve(network).solution)
        #expect(solution.flows == [0, 5, 5])
        #expect(solution.cost == 25)
        FlowChecks.expectOptimal(solution, of: network)
    }

    /// A negative cycle of finite capacity is saturated even where no supply needs it.
    @Test(arguments: solvers)
    func negativeCostCycleIsSaturated(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [2, 0, -2], arcs: [
            FlowArc(source: 0, target: 1, capacity: 5, cost: 1),
            FlowArc(source: 1, target: 2, capacity: 5, cost: 1),
            FlowArc(source: 2, target: 0, capacity: 3, cost: -5),
            FlowArc(source: 0, target: 2, capacity: 2, cost: 3),
        ])
        // 2 units around 0 -> 1 -> 2 plus 3 units around the cycle 0 -> 1 -> 2 -> 0 (cost -3 each).
        let solution = try #require(try solver.solve(network).solution)
        #expect(solution.flows == [5, 5, 3, 0])
        #expect(solution.cost == -5)
        FlowChecks.expectOptimal(solution, of: network)
    }

    @Test(arguments: solvers)
    func negativeArcCosts(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [3, 0, -3], arcs: [
            FlowArc(source: 0, target: 1, capacity: 2, cost: -4),
            FlowArc(source: 1, target: 2, capacity: 5, cost: 1),
            FlowArc(source: 0, target: 2, capacity: 5, cost: -1),
        ])
        let solution = try #require(try solver.solve(network).solution)
        #expect(solution.flows == [2, 2, 1])
        #expect(solution.cost == -7)
        FlowChecks.expectOptimal(solution, of: network)
    }

    @Test(arguments: solvers)
    func unboundedNegativeCycle(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [1, -1], arcs: [
            FlowArc(source: 0, target: 1, capacity: FlowNetwork.infiniteCapacity, cost: -1),
            FlowArc(source: 1, target: 0, capacity: FlowNetwork.infiniteCapacity, cost: 0),
        ])
        #expect(try solver.solve(network) == .unbounded)
    }

    @Test(arguments: solvers)
    func infiniteCapacityWithoutNegativeCycle(solver: any MinCostFlowSolver) throws {
        let network = FlowNetwork(supplies: [7, -7], arcs: [
            FlowArc(source: 0, target: 1, capacity: FlowNetwork.infiniteCapacity, cost: -2),
            FlowArc(source: 1, target: 0, capacity: 4, cost: 1),
        ])
        // 7 units plus 4 around the cycle (cost -1 each).
        let solution = try #require(try solver.solve(network).solution)
        #expect(solution.flows == [11, 4])
        #expect(solution.cost == -18)
        FlowChecks.expectOptimal(solution, of: network)
    }

    @Test(arguments: solvers)
    func emptyAndArcFreeNetworks(solver: any MinCostFlowSolver) throws {
        #expect(try solver.solve(FlowNetwork()) == .optimal(FlowSolution(cost: 0, flows: [], potentials: [])))
        let solution = try #require(try solver.solve(FlowNetwork(nodeCount: 3)).solution)
        #expect(solution.cost == 0)
        #expect(try solver.solve(FlowNetwork(supplies: [1, -1])) == .infeasible)
    }

    @Test(arguments: solvers)
    func costsTooLargeForSixtyFourBits(solver: any MinCostFlowSolver) {
        let network = FlowNetwork(supplies: [1, -1], arcs: [FlowArc(source: 0, target: 1, capacity: 1, cost: .max / 8)])
        #expect(throws: FlowSolverError.self) { try solver.solve(network) }
    }

    @Test func simplexCountsPivots() throws {
        var network = FlowNetwork(nodeCount: 4)
        network.setSupply(6, of: 0)
        network.setSupply(-6, of: 3)
        network.addArc(from: 0, to: 1, capacity: 4, cost: 1)
        network.addArc(from: 0, to: 2, capacity: 4, cost: 2)
        network.addArc(from: 1, to: 3, capacity: 4, cost: 1)
        network.addArc(from: 2, to: 3, capacity: 4, cost: 1)
        var statistics = NetworkSimplex.Statistics()
        let outcome = try NetworkSimplex().solve(network, statistics: &statistics)
        #expect(outcome.solution?.cost == 14)
        #expect(statistics.pivots > 0)
    }
}
