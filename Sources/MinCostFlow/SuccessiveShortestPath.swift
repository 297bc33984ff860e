/// A plain successive-shortest-path solver with Bellman-Ford path searches: slow but simple, the test oracle
/// of ``NetworkSimplex``.
///
/// It first saturates every arc of negative cost, so that the residual network has no negative cycle,
/// then repeatedly sends flow from a node with excess to a node with deficit along a cheapest residual path.
public struct SuccessiveShortestPath: MinCostFlowSolver {
    /// Creates a solver.
    public init() {}

    /// Solves the balanced min-cost flow problem on `network`.
    public func solve(_ network: FlowNetwork) throws(FlowSolverError) -> FlowOutcome {
        let limits = try network.limits()
        guard limits.isBalanced else { return .infeasible }
        let infiniteArcs = network.arcs.filter { $0.capacity == FlowNetwork.infiniteCapacity }
        if ResidualGraph.hasNegativeCycle(nodeCount: network.nodeCount, arcs: infiniteArcs) {
            return .unbounded
        }
        // Without a negative cycle of infinite arcs, some optimal flow sends no more than this on any arc.
        var bound = limits.totalSupply
        for arc in network.arcs where arc.capacity != FlowNetwork.infiniteCapacity {
            var overflow = false
            (bound, overflow) = bound.addingReportingOverflow(arc.capacity)
            guard !overflow, bound < Int64.max / 4 else {
                throw .valueOutOfRange("capacities add up to more than \(Int64.max / 4)")
            }
        }
        var residual = ResidualGraph(network: network, infiniteCapacity: bound + 1)
        var excess = network.supplies
        for arc in 0..<network.arcCount where network.arcs[arc].cost < 0 {
            let amount = residual.capacity[2 * arc]
            residual.push(amount, on: 2 * arc)
            excess[network.arcs[arc].source] -= amount
            excess[network.arcs[arc].target] += amount
        }

        while excess.contains(where: { $0 > 0 }) {
            let origins = excess.indices.filter { excess[$0] > 0 }
            let tree = residual.shortestPaths(from: origins)
            var sink = -1
            for node in excess.indices where excess[node] < 0 && tree.distance[node] != ResidualGraph.unreachable {
                if sink < 0 || tree.distance[node] < tree.distance[sink] {
                    sink = node
                }
            }
            guard sink >= 0 else { return .infeasible }
            var path: [Int] = []
            var node = sink
            while tree.predecessorArc[node] >= 0 {
                path.append(tree.predecessorArc[node])
                node = residual.tail[tree.predecessorArc[node]]
            }
            var amount = min(excess[node], -excess[sink])
            for arc in path {
                amount = min(amount, residual.capacity[arc])
            }
            for arc in path {
                residual.push(amount, on: arc)
            }
            excess[node] -= amount
            excess[sink] += amount
        }

        let flows = (0..<network.arcCount).map { residual.capacity[2 * $0 + 1] }
        let potentials = residual.shortestPaths(from: Array(0..<network.nodeCount)).distance
        return .optimal(FlowSolution(cost: try network.cost(of: flows), flows: flows, potentials: potentials))
    }
}
