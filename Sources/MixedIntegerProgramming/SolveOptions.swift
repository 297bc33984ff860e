/// Limits of one solve.
public struct SolveOptions: Sendable, Hashable {
    /// Wall-clock seconds after which the search stops with the best solution and bound so far.
    public var timeLimitSeconds: Double
    /// The search stops once (objective - bound) / |objective| is at most this; 0 searches until proven.
    public var relativeGap: Double
    /// The search stops once objective - bound is at most this; a solution within it counts as optimal.
    public var absoluteGap: Double
    /// The search stops after this many branch-and-bound nodes (0: after the root); nil for no limit.
    /// Unlike the time limit, it stops the search at the same point on any machine.
    public var nodeLimit: Int?
    /// Plain branch and bound: no preprocessing, cuts or heuristics (so that a node limit stops a
    /// search that CBC's root would otherwise close at once, as tests need).
    public var plainBranchAndBound = false
    /// CBC's lifted flow cover cuts. Off, a model whose linking rows are already in their strong form
    /// (facility location) is proven without them, and their separation no longer takes most of the time.
    public var flowCoverCuts = true
    /// CBC's primal heuristics. Off, a model that comes with a good start (the caller's own heuristic
    /// plan) is proven without them, and they no longer take half of the time.
    public var heuristics = true

    /// Options; by default the search runs until proven optimal, for at most an hour.
    public init(timeLimitSeconds: Double = 3600, relativeGap: Double = 0, absoluteGap: Double = 1e-9, nodeLimit: Int? = nil) {
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.absoluteGap = absoluteGap
        self.nodeLimit = nodeLimit
    }
}
