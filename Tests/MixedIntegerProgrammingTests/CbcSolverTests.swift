import MixedIntegerProgramming
import SeededRandom
import Testing

/// CBC on small models whose optimum the tests find by enumeration, and on the edge cases.
@Suite struct CbcSolverTests {
    @Test func aKnapsackMatchesEnumeration() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<20 {
            let count = random.int(in: 1...10)
            let weights = (0..<count).map { _ in random.int(in: 1...20) }
            let values = (0..<count).map { _ in random.int(in: 0...30) }
            let capacity = random.int(in: 0...60)
            var model = MixedIntegerModel()
            // Maximise value: minimise its negative.
            let columns = (0..<count).map { model.addColumn(upper: 1, objective: -Double(values[$0]), isInteger: true) }
            model.addRow(columns.map { ($0, Double(weights[$0])) }, upper: Double(capacity))
            var best = 0
            for subset in 0..<(1 << count) {
                let chosen = (0..<count).filter { subset & (1 << $0) != 0 }
                if chosen.reduce(0, { $0 + weights[$1] }) <= capacity {
                    best = max(best, chosen.reduce(0) { $0 + values[$1] })
                }
            }
            let solution = CbcSolver().solve(model)
            #expect(solution.status == .optimal)
            #expect(solution.objective == -Double(best))
            #expect(solution.bound == -Double(best))
            #expect(model.isFeasible(solution.values))
        }
    }

    @Test func anAssignmentWithSideCostsMatchesEnumeration() throws {
        var random = SplitMix64(seed: 11)
        for _ in 0..<10 {
            let size = random.int(in: 2...5)
            let cost = (0..<size).map { _ in (0..<size).map { _ in Double(random.int(in: 0...50)) } }
            var model = MixedIntegerModel()
            var column = [[Int]]()
            for i in 0..<size {
                column.append((0..<size).map { j in model.addColumn(upper: 1, objective: cost[i][j], isInteger: true) })
            }
            for i in 0..<size { model.addRow((0..<size).map { (column[i][$0], 1) }, lower: 1, upper: 1) }
            for j in 0..<size { model.addRow((0..<size).map { (column[$0][j], 1) }, lower: 1, upper: 1) }
            let best = permutations(size).map { p in (0..<size).reduce(0) { $0 + cost[$1][p[$1]] } }.min()!
            let solution = CbcSolver().solve(model)
            #expect(solution.status == .optimal && solution.objective == best)
        }
    }

    @Test func integralityChangesTheOptimumOfAnLP() {
        // min -x - y, 2x + 2y <= 3: the LP reaches -1.5, integers only -1.
        var model = MixedIntegerModel()
        let x = model.addColumn(upper: 5, objective: -1, isInteger: true)
        let y = model.addColumn(upper: 5, objective: -1, isInteger: true)
        model.addRow([(x, 2), (y, 2)], upper: 3)
        #expect(CbcSolver().solve(model).objective == -1)
        var relaxed = MixedIntegerModel()
        let a = relaxed.addColumn(upper: 5, objective: -1)
        let b = relaxed.addColumn(upper: 5, objective: -1)
        relaxed.addRow([(a, 2), (b, 2)], upper: 3)
        let lp = CbcSolver().solve(relaxed)
        #expect(lp.status == .optimal)
        #expect(abs((lp.objective ?? 0) + 1.5) < 1e-9)
    }

    @Test func anInfeasibleModelIsReportedSo() {
        var model = MixedIntegerModel()
        let x = model.addColumn(upper: 10, objective: 1, isInteger: true)
        let y = model.addColumn(upper: 10, objective: 1, isInteger: true)
        model.addRow([(x, 2), (y, 2)], lower: 3, upper: 3)
        let solution = CbcSolver().solve(model)
        #expect(solution.status == .infeasible)
        #expect(!solution.hasSolution && solution.values.isEmpty)
    }

    @Test func anLPInfeasibleModelIsReportedSo() {
        var model = MixedIntegerModel()
        let x = model.addColumn(upper: 1, objective: 1, isInteger: true)
        model.addRow([(x, 1)], lower: 2)
        #expect(CbcSolver().solve(model).status == .infeasible)
    }

    @Test func anUnboundedModelIsReportedSo() {
        var model = MixedIntegerModel()
        let x = model.addColumn(lower: 0, upper: .infinity, objective: -1, isInteger: true)
        let y = model.addColumn(lower: 0, upper: 4, objective: 1)
        model.addRow([(x, 1), (y, -1)], lower: 0)
        #expect(CbcSolver().solve(model).status == .unbounded)
    }

    @Test func aTimeLimitReturnsAFeasibleSolutionAndATrueBound() {
        let model = marketSplit(seed: 3)
        let clock = ContinuousClock()
        let start = clock.now
        let solution = CbcSolver().solve(model, options: SolveOptions(timeLimitSeconds: 0.5))
        let elapsed = clock.now - start
        // Unlimited, this market split runs for hours; stopped, it returns within seconds. The bound is
        // generous because a shared machine can stall any process for a while.
        #expect(elapsed < .seconds(60))
        // On a loaded machine half a second may end before the first solution: then it says so.
        #expect(solution.status == .feasible || solution.status == .noSolutionFound)
        if solution.status == .feasible {
            #expect(model.isFeasible(solution.values))
            #expect(solution.bound >= 0 && solution.bound < solution.objective!)
        }
    }

    @Test func aNodeLimitStopsAtTheSamePointEveryTime() {
        let model = marketSplit(seed: 3)
        let options = SolveOptions(timeLimitSeconds: 600, nodeLimit: 20)
        let first = CbcSolver().solve(model, options: options)
        let second = CbcSolver().solve(model, options: options)
        #expect(first.status == .feasible || first.status == .noSolutionFound)
        #expect(first.nodes <= 40)
        #expect(first.objective == second.objective && first.bound == second.bound && first.nodes == second.nodes)
        if let objective = first.objective { #expect(first.bound < objective && model.isFeasible(first.values)) }
    }

    @Test func aStartIsKeptWhenTheSearchFindsNothingBetter() {
        let model = marketSplit(seed: 4)
        var start = [Double](repeating: 0, count: model.columns.count)
        // x = 0: every row's slack "under" carries its whole target.
        for row in model.rows { start[row.columns.last!] = row.lower }
        let startObjective = model.objective(of: start)
        let solution = CbcSolver().solve(model, start: start, options: SolveOptions(timeLimitSeconds: 0.05))
        #expect(solution.hasSolution && solution.objective! <= startObjective)
    }

    @Test func aRelativeGapStopsEarlyAndSaysSo() {
        // A random set cover: the root bound is close, so a 50% gap is reached at once.
        var random = SplitMix64(seed: 5)
        var model = MixedIntegerModel()
        let sets = (0..<80).map { _ in model.addColumn(upper: 1, objective: Double(random.int(in: 10...40)), isInteger: true) }
        for _ in 0..<60 {
            let covering = sets.filter { _ in random.chance(10) }
            model.addRow((covering.isEmpty ? [sets[0]] : covering).map { ($0, 1) }, lower: 1)
        }
        let solution = CbcSolver().solve(model, options: SolveOptions(timeLimitSeconds: 5, relativeGap: 0.5))
        #expect(solution.hasSolution && model.isFeasible(solution.values))
        #expect(solution.relativeGap! <= 0.5)
        #expect(solution.status == .optimal || solution.bound < solution.objective!)
    }

    /// A market split problem (Cornuejols and Dawande): tiny, and very hard to prove for branch and bound.
    private func marketSplit(seed: UInt64) -> MixedIntegerModel {
        var random = SplitMix64(seed: seed)
        let items = 36
        let rows = 5
        var model = MixedIntegerModel()
        let x = (0..<items).map { _ in model.addColumn(upper: 1, isInteger: true) }
        for _ in 0..<rows {
            let a = (0..<items).map { _ in random.int(in: 0...99) }
            let target = Double(a.reduce(0, +) / 2)
            let over = model.addColumn(objective: 1)
            let under = model.addColumn(objective: 1)
            model.addRow(x.indices.map { (x[$0], Double(a[$0])) } + [(over, -1), (under, 1)], lower: target, upper: target)
        }
        return model
    }

    @Test func anEmptyModelIsOptimalAtZero() {
        #expect(CbcSolver().solve(MixedIntegerModel()).status == .optimal)
    }

    private func permutations(_ size: Int) -> [[Int]] {
        guard size > 0 else { return [[]] }
        return permutations(size - 1).flatMap { rest in (0...rest.count).map { at in var p = rest; p.insert(size - 1, at: at); return p } }
    }
}
