import MinCostFlow
import SeededRandom
import Testing

@Suite struct DIMACSTests {
    static let sample = """
        c a small problem
        c
        p min 4 5
        n 1 4
        n 4 -4
        a 1 2 0 4 2
        a 1 3 0 2 2
        a 2 3 0 2 1
        a 2 4 0 3 3
        a 3 4 0 -1 1

        """

    @Test func readsSampleProblem() throws {
        let network = try DIMACS.readMinCostFlow(Self.sample)
        #expect(network.supplies == [4, 0, 0, -4])
        #expect(network.arcs[0] == FlowArc(source: 0, target: 1, capacity: 4, cost: 2))
        #expect(network.arcs[4] == FlowArc(source: 2, target: 3, capacity: FlowNetwork.infiniteCapacity, cost: 1))
        #expect(try NetworkSimplex().solve(network).solution?.cost == 14)
    }

    @Test func roundTripsRandomNetworks() throws {
        var random = SplitMix64(seed: 99)
        for kind in RandomNetworks.Kind.allCases {
            for _ in 0..<10 {
                let network = RandomNetworks.make(kind, maxNodes: 30, random: &random)
                let text = DIMACS.minCostFlowText(network, comments: ["random \(kind)", "second line"])
                #expect(text.hasPrefix("c random \(kind)\nc second line\np min \(network.nodeCount) \(network.arcCount)\n"))
                #expect(try DIMACS.readMinCostFlow(text) == network)
            }
        }
    }

    @Test func writesAndReadsSolutions() throws {
        let network = try DIMACS.readMinCostFlow(Self.sample)
        let solution = try #require(try NetworkSimplex().solve(network).solution)
        #expect(DIMACS.solutionText(solution, of: network) == "s 14\n")
        let text = DIMACS.solutionText(solution, of: network, includingFlows: true)
        let read = try DIMACS.readSolution(text)
        #expect(read.cost == 14)
        #expect(read.flows.reduce(0) { $0 + $1.flow } == solution.flows.reduce(0, +))
        #expect(read.flows.allSatisfy { $0.flow > 0 })
        #expect(try DIMACS.readSolution("c done\ns -3\n") == DIMACSSolution(cost: -3))
    }

    @Test(arguments: [
        ("p min 2 1\na 1 2 0 4\n", 2, "missing cost"),
        ("p min 2 1\na 1 3 0 4 1\n", 2, "arc target 3 is not in 1...2"),
        ("p min 2 1\na 1 2 1 4 1\n", 2, "lower bound 1: only 0 is supported"),
        ("p min 2 1\na 1 2 0 4 1 9\n", 2, "unexpected field 9"),
        ("p min 2 1\na 1 2 0 x 1\n", 2, "capacity is not an integer: x"),
        ("p min 2 1\nn 1 99999999999999999999\n", 2, "supply out of range: 99999999999999999999"),
        ("c\np max 2 1\n", 2, "not a min-cost flow problem: expected 'p min NODES ARCS'"),
        ("a 1 2 0 4 1\n", 1, "node or arc line before the problem line 'p min NODES ARCS'"),
        ("p min 2 2\n\na 1 2 0 4 1\n", 1, "declares 2 arcs, the text has 1"),
        ("p min 2 0\na 1 2 0 4 1\n", 2, "more arcs than the 0 declared on line 1"),
        ("p min 2 0\nn 1 1\nn 1 2\n", 3, "second node line for node 1"),
        ("p min 2 0\np min 2 0\n", 2, "second problem line; the first is line 1"),
        ("p min 2 0\nx 1\n", 2, "unknown line type 'x'"),
        ("c only comments\n", 2, "no problem line 'p min NODES ARCS'"),
    ])
    func errorsNameTheLine(text: String, line: Int, reason: String) {
        #expect(throws: DIMACSError(line: line, reason: reason)) {
            try DIMACS.readMinCostFlow(text)
        }
    }
}
