import CCbc
import Foundation

/// Solves a ``MixedIntegerModel`` with COIN-OR CBC (branch and cut), silently and within a time limit.
public struct CbcSolver: Sendable {
    /// CBC's solver driver keeps global state, so solves run one at a time in this process.
    private static let lock = NSLock()

    /// A solver.
    public init() {}

    /// CBC's version, e.g. "2.10.8".
    public static var version: String { String(cString: Cbc_getVersion()) }

    /// Minimises `model` within `options`' time limit and relative gap, starting from `start` (one value
    /// per column, a solution known to be feasible) when given.
    public func solve(_ model: MixedIntegerModel, start: [Double]? = nil, options: SolveOptions = .init()) -> MixedIntegerSolution {
        if model.columns.isEmpty {
            let feasible = model.isFeasible([])
            return MixedIntegerSolution(status: feasible ? .optimal : .infeasible, objective: feasible ? 0 : nil,
                                        bound: feasible ? 0 : .infinity, values: [])
        }
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let handle = CbcModelHandle()
        handle.load(model)
        if let start, start.count == model.columns.count, model.columns.contains(where: \.isInteger) {
            handle.setStart(start)
        }
        Cbc_setLogLevel(handle.pointer, 0)
        handle.setParameter("log", "0")
        handle.setParameter("slog", "0")
        handle.setParameter("sec", String(max(0.01, options.timeLimitSeconds)))
        handle.setParameter("ratio", String(max(0, options.relativeGap)))
        handle.setParameter("allow", String(max(0, options.absoluteGap)))
        if let nodeLimit = options.nodeLimit {
            handle.setParameter("maxNodes", String(max(0, nodeLimit)))
        }
        if !options.flowCoverCuts {
            handle.setParameter("flowCoverCuts", "off")
        }
        if !options.heuristics {
            handle.setParameter("heuristicsOnOff", "off")
        }
        if options.plainBranchAndBound {
            for name in ["preprocess", "cutsOnOff", "heuristicsOnOff"] { handle.setParameter(name, "off") }
        }
        _ = Cbc_solve(handle.pointer)
        return Self.outcome(handle, model: model, absoluteGap: options.absoluteGap)
    }

    private static func outcome(_ handle: CbcModelHandle, model: MixedIntegerModel, absoluteGap: Double) -> MixedIntegerSolution {
        let pointer = handle.pointer
        let columnCount = model.columns.count
        let nodes = Int(Cbc_getNodeCount(pointer))
        if Cbc_isContinuousUnbounded(pointer) != 0 {
            return MixedIntegerSolution(status: .unbounded, objective: nil, bound: -.infinity, values: [], nodes: nodes)
        }
        if Cbc_isProvenInfeasible(pointer) != 0 {
            return MixedIntegerSolution(status: .infeasible, objective: nil, bound: .infinity, values: [], nodes: nodes)
        }
        let hasIntegers = model.columns.contains(where: \.isInteger)
        let solution: UnsafePointer<Double>? = hasIntegers ? UnsafePointer(Cbc_bestSolution(pointer)) : Cbc_getColSolution(pointer)
        var values: [Double] = []
        if let solution {
            values = (0..<columnCount).map { index in
                model.columns[index].isInteger ? solution[index].rounded() : solution[index]
            }
        }
        let found = !values.isEmpty && model.isFeasible(values, tolerance: 1e-5)
        let objective = found ? model.objective(of: values) : nil
        let bestPossible = Cbc_getBestPossibleObjValue(pointer)
        let secondary = Cbc_secondaryStatus(pointer)
        let proven = Cbc_isProvenOptimal(pointer) != 0 && Cbc_status(pointer) == 0
        guard let objective else {
            if Cbc_status(pointer) == 1 {
                return MixedIntegerSolution(status: .noSolutionFound, objective: nil, bound: bestPossible, values: [], nodes: nodes)
            }
            return MixedIntegerSolution(status: .failed, objective: nil, bound: -.infinity, values: [], nodes: nodes)
        }
        let tolerance = max(absoluteGap, 1e-9 * max(1, abs(objective)))
        // Stopping on the requested gap is CBC's "optimal" too; optimal here means the bound meets the objective.
        let bound = proven && secondary != 2 ? objective : min(bestPossible, objective)
        let status: MixedIntegerSolution.Status = objective - bound <= tolerance ? .optimal : .feasible
        return MixedIntegerSolution(status: status, objective: objective, bound: status == .optimal ? objective : bound,
                                    values: values, nodes: nodes)
    }
}
