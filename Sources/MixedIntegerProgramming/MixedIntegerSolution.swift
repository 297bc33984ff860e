/// What a solve found: a status, the best solution's objective and values, and the best proven bound.
public struct MixedIntegerSolution: Sendable, Hashable {
    /// How the solve ended.
    public enum Status: Sendable, Hashable {
        /// The solution is optimal (the bound equals its objective).
        case optimal
        /// A solution was found, but a limit stopped the search before it was proven optimal.
        case feasible
        /// The model has no solution.
        case infeasible
        /// The objective has no lower bound over the solutions.
        case unbounded
        /// A limit stopped the search before any solution was found.
        case noSolutionFound
        /// The solver gave up (numerical trouble or another failure).
        case failed
    }

    public var status: Status
    /// The objective of ``values``; nil without a solution.
    public var objective: Double?
    /// The best proven lower bound on the objective of any solution (`-infinity` when none is known).
    public var bound: Double
    /// One value per column of the best solution found; empty without one.
    public var values: [Double]
    /// Branch-and-bound nodes explored.
    public var nodes: Int

    /// Whether ``values`` holds a solution.
    public var hasSolution: Bool { status == .optimal || status == .feasible }

    /// (objective - bound) / max(1, |objective|); 0 when optimal, nil without a solution.
    public var relativeGap: Double? {
        guard let objective, hasSolution else { return nil }
        return max(0, objective - bound) / max(1, abs(objective))
    }

    public init(status: Status, objective: Double?, bound: Double, values: [Double], nodes: Int = 0) {
        self.status = status
        self.objective = objective
        self.bound = bound
        self.values = values
        self.nodes = nodes
    }
}
