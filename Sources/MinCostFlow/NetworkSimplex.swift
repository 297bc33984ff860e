// The primal network simplex below is a port of the design of LEMON's NetworkSimplex
// (lemon/network_simplex.h, LEMON 1.3, https://lemon.cs.elte.hu), copyright (C) 2003-2013 Egervary
// Jeno Kombinatorikus Optimalizalasi Kutatocsoport (EGRES), distributed under the Boost Software
// License 1.0: the spanning tree stored as parent/pred/thread/rev_thread/succ_num/last_succ/pred_dir
// arrays, the artificial root with one artificial arc per node, the mixed arc order, the heuristic
// initial pivots, the block search pivot rule, and the cycle search and tree update of each pivot.

/// A min-cost flow solver: LEMON's primal network simplex with the block search pivot rule.
public struct NetworkSimplex: MinCostFlowSolver {
    /// Counts from one run, for benchmarks.
    public struct Statistics: Sendable, Hashable {
        /// Pivots of the block search (the heuristic initial pivots not counted).
        public var pivots = 0

        /// Creates zero counts.
        public init() {}
    }

    /// Whether the arcs are stored in LEMON's interleaved order, which makes the block search find
    /// good entering arcs sooner on networks whose arcs are listed node by node.
    public var mixesArcs: Bool

    /// Creates a solver.
    public init(mixesArcs: Bool = true) {
        self.mixesArcs = mixesArcs
    }

    /// Solves the balanced min-cost flow problem on `network`.
    public func solve(_ network: FlowNetwork) throws(FlowSolverError) -> FlowOutcome {
        var statistics = Statistics()
        return try solve(network, statistics: &statistics)
    }

    /// Solves the balanced min-cost flow problem on `network` and counts the pivots in `statistics`.
    public func solve(_ network: FlowNetwork, statistics: inout Statistics) throws(FlowSolverError) -> FlowOutcome {
        let nodeCount = network.nodeCount
        let arcCount = network.arcCount
        guard nodeCount > 0 else {
            return .optimal(FlowSolution(cost: 0, flows: [], potentials: []))
        }
        guard arcCount + 2 * nodeCount + 2 < Int(Int32.max) else {
            throw .tooLarge(nodes: nodeCount, arcs: arcCount)
        }
        let limits = try network.limits()
        guard limits.isBalanced else { return .infeasible }

        var workspace = SimplexWorkspace(nodeCount: nodeCount, arcCount: arcCount)
        defer { workspace.deallocate() }
        let arcIndex = arcOrder(arcCount: arcCount, nodeCount: nodeCount)
        var maxCost: Int64 = 0
        for (index, arc) in network.arcs.enumerated() {
            let internalIndex = Int(arcIndex[index])
            workspace.source[internalIndex] = arc.source
            workspace.target[internalIndex] = arc.target
            workspace.capacity[internalIndex] = arc.capacity
            workspace.cost[internalIndex] = arc.cost
            maxCost = max(maxCost, arc.cost)
        }
        // Any path costs less than this, so the optimum sends flow over an artificial arc only
        // when no feasible flow exists (LEMON's choice for costs of floating-point type).
        let artificialCost = (maxCost + 1) * Int64(nodeCount)
        workspace.makeArtificialTree(supplies: network.supplies, artificialCost: artificialCost)

        guard workspace.initialPivots(network: network, arcIndex: arcIndex) else { return .unbounded }
        var rule = BlockSearchPivot(arcCount: workspace.searchArcCount)
        var pivots = 0
        while true {
            let arc = rule.findEnteringArc(in: workspace)
            if arc < 0 { break }
            pivots += 1
            guard workspace.pivot(on: arc) else {
                statistics.pivots += pivots
                return .unbounded
            }
        }
        statistics.pivots += pivots

        for arc in arcCount..<workspace.allArcCount where workspace.flow[arc] != 0 {
            return .infeasible
        }
        let flows = arcIndex.map { workspace.flow[Int($0)] }
        let potentials = (0..<nodeCount).map { workspace.potential[$0] }
        let cost = try network.cost(of: flows)
        return .optimal(FlowSolution(cost: cost, flows: flows, potentials: potentials))
    }

    /// The workspace index of each arc: LEMON's interleaved order when ``mixesArcs`` is set
    /// (arcs `0, skip, 2 skip, ...`, then `1, 1 + skip, ...`), the network's order otherwise.
    func arcOrder(arcCount: Int, nodeCount: Int) -> [Int32] {
        guard mixesArcs && nodeCount > 1 else {
            return (0..<arcCount).map { Int32($0) }
        }
        let skip = max(arcCount / nodeCount, 3)
        var order = [Int32](repeating: 0, count: arcCount)
        var next = 0
        var column = 0
        for index in 0..<arcCount {
            order[index] = Int32(next)
            next += skip
            if next >= arcCount {
                column += 1
                next = column
            }
        }
        return order
    }
}
