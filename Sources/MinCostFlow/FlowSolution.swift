/// An optimal flow of a ``FlowNetwork``: the flow on each arc, its total cost, and node potentials that prove it optimal.
public struct FlowSolution: Sendable, Hashable {
    /// The total cost: the sum over arcs of flow x cost.
    public var cost: Int64
    /// The flow on each arc, by arc index.
    public var flows: [Int64]
    /// Dual node potentials π: the reduced cost `cost + π(source) - π(target)` is >= 0 on each arc
    /// with flow below capacity and <= 0 on each arc with positive flow.
    public var potentials: [Int64]

    /// Creates a solution.
    public init(cost: Int64, flows: [Int64], potentials: [Int64]) {
        self.cost = cost
        self.flows = flows
        self.potentials = potentials
    }
}

/// What solving a min-cost flow problem found.
public enum FlowOutcome: Sendable, Hashable {
    /// An optimal flow.
    case optimal(FlowSolution)
    /// No flow meets every supply and demand within the capacities (or the supplies do not add up to 0).
    case infeasible
    /// A cycle of negative cost and infinite capacity makes the cost unbounded below.
    case unbounded

    /// The optimal solution, or nil when there is none.
    public var solution: FlowSolution? {
        if case .optimal(let solution) = self { return solution }
        return nil
    }
}

/// A problem a solver cannot take on with 64-bit integer arithmetic.
public enum FlowSolverError: Error, Sendable, Hashable, CustomStringConvertible {
    /// More nodes or arcs than the solver indexes.
    case tooLarge(nodes: Int, arcs: Int)
    /// Supplies, capacities or costs so large that sums of them could overflow 64 bits.
    case valueOutOfRange(String)

    public var description: String {
        switch self {
        case .tooLarge(let nodes, let arcs):
            "network too large: \(nodes) nodes, \(arcs) arcs"
        case .valueOutOfRange(let what):
            "value out of range: \(what)"
        }
    }
}

/// A min-cost flow algorithm.
public protocol MinCostFlowSolver: Sendable {
    /// Solves the balanced min-cost flow problem on `network`.
    func solve(_ network: FlowNetwork) throws(FlowSolverError) -> FlowOutcome
}
