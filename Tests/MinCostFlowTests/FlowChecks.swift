import MinCostFlow
import Testing

/// Checks that a solution is a feasible, optimal flow of its network, each condition on its own.
enum FlowChecks {
    /// Checks bounds, conservation, the cost, the absence of negative residual cycles and the potentials.
    static func expectOptimal(_ solution: FlowSolution, of network: FlowNetwork, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(solution.flows.count == network.arcCount, sourceLocation: sourceLocation)
        #expect(solution.potentials.count == network.nodeCount, sourceLocation: sourceLocation)
        guard solution.flows.count == network.arcCount, solution.potentials.count == network.nodeCount else { return }
        var balance = network.supplies
        var cost: Int64 = 0
        for (index, (arc, flow)) in zip(network.arcs, solution.flows).enumerated() {
            #expect(flow >= 0 && flow <= arc.capacity, "arc \(index) flow \(flow) capacity \(arc.capacity)", sourceLocation: sourceLocation)
            balance[arc.source] -= flow
            balance[arc.target] += flow
            cost += flow * arc.cost
        }
        #expect(balance.allSatisfy { $0 == 0 }, "flow conservation: \(balance)", sourceLocation: sourceLocation)
        #expect(cost == solution.cost, sourceLocation: sourceLocation)
        #expect(!hasNegativeResidualCycle(network, flows: solution.flows), sourceLocation: sourceLocation)
        for (index, (arc, flow)) in zip(network.arcs, solution.flows).enumerated() {
            let reduced = arc.cost + solution.potentials[arc.source] - solution.potentials[arc.target]
            if flow < arc.capacity {
                #expect(reduced >= 0, "arc \(index) below capacity with reduced cost \(reduced)", sourceLocation: sourceLocation)
            }
            if flow > 0 {
                #expect(reduced <= 0, "arc \(index) with flow and reduced cost \(reduced)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Whether the residual network of `flows` has a cycle of negative cost (Bellman-Ford from all nodes).
    static func hasNegativeResidualCycle(_ network: FlowNetwork, flows: [Int64]) -> Bool {
        var residual: [(from: Int, to: Int, cost: Int64)] = []
        for (arc, flow) in zip(network.arcs, flows) {
            if flow < arc.capacity { residual.append((arc.source, arc.target, arc.cost)) }
            if flow > 0 { residual.append((arc.target, arc.source, -arc.cost)) }
        }
        var distance = [Int64](repeating: 0, count: network.nodeCount)
        for _ in 0...network.nodeCount {
            var changed = false
            for arc in residual where distance[arc.from] + arc.cost < distance[arc.to] {
                distance[arc.to] = distance[arc.from] + arc.cost
                changed = true
            }
            if !changed { return false }
        }
        return true
    }
}
