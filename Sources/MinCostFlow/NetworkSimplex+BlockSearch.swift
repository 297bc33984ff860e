extension NetworkSimplex {
    /// LEMON's block search pivot rule: scan the arcs in blocks of about √arcs, starting where the last
    /// search stopped, and take the arc of most negative reduced cost from the first block that has one.
    struct BlockSearchPivot {
        let blockSize: Int
        var nextArc = 0

        init(arcCount: Int) {
            blockSize = max(Int(Double(arcCount).squareRoot()), 10)
        }

        /// The entering arc, or -1 when no arc has a negative reduced cost (the flow is optimal).
        @inline(__always)
        mutating func findEnteringArc(in workspace: SimplexWorkspace) -> Int {
            let state = workspace.state
            let cost = workspace.cost
            let potential = workspace.potential
            let source = workspace.source.base
            let target = workspace.target.base
            let arcCount = workspace.searchArcCount
            var minimum: Int64 = 0
            var entering = -1
            var count = blockSize
            var arc = nextArc
            // The arcs from nextArc to the end, then from the start to nextArc.
            var end = arcCount
            for _ in 0..<2 {
                while arc != end {
                    let reduced = Int64(state[arc])
                        &* (cost[arc] &+ potential[Int(source[arc])] &- potential[Int(target[arc])])
                    if reduced < minimum {
                        minimum = reduced
                        entering = arc
                    }
                    count -= 1
                    if count == 0 {
                        if minimum < 0 {
                            nextArc = arc
                            return entering
                        }
                        count = blockSize
                    }
                    arc += 1
                }
                arc = 0
                end = nextArc
            }
            if minimum < 0 {
                nextArc = end
            }
            return entering
        }
    }
}
