// One pivot of the primal network simplex: the cycle that the entering arc closes in the spanning
// tree and the flow change around it; the tree update is in SimplexWorkspace+TreeUpdate.swift. A port
// of the corresponding member functions of LEMON's NetworkSimplex (see NetworkSimplex.swift).

extension SimplexWorkspace {
    /// The reduced cost of `arc`, signed so that a negative value means the arc may enter the tree.
    @inline(__always)
    func signedReducedCost(_ arc: Int) -> Int64 {
        Int64(state[arc]) &* (cost[arc] &+ potential[source[arc]] &- potential[target[arc]])
    }

    /// Pivots `arc` into the tree; returns false when the cycle it closes has infinite capacity.
    @inline(__always)
    mutating func pivot(on arc: Int) -> Bool {
        inArc = arc
        findJoinNode()
        let change = findLeavingArc()
        if delta >= Self.infinity { return false }
        changeFlow(change)
        if change {
            updateTreeStructure()
            updatePotential()
        }
        return true
    }

    /// Finds the node where the tree paths from the entering arc's ends meet.
    @inline(__always)
    mutating func findJoinNode() {
        var u = source[inArc]
        var v = target[inArc]
        while u != v {
            if succNum[u] < succNum[v] {
                u = parent[u]
            } else {
                v = parent[v]
            }
        }
        join = u
    }

    /// Finds the arc that leaves the tree and the flow change `delta`; returns false when that is the entering arc itself.
    @inline(__always)
    mutating func findLeavingArc() -> Bool {
        let first: Int
        let second: Int
        if state[inArc] == Self.stateLower {
            first = source[inArc]
            second = target[inArc]
        } else {
            first = target[inArc]
            second = source[inArc]
        }
        delta = capacity[inArc]
        var result = 0
        // Along the cycle from the first node up to the join node.
        var u = first
        while u != join {
            let arc = pred[u]
            var d = flow[arc]
            if predDir[u] == Self.directionDown {
                let c = capacity[arc]
                d = c >= Self.infinity ? Self.infinity : c &- d
            }
            if d < delta {
                delta = d
                uOut = u
                result = 1
            }
            u = parent[u]
        }
        // Along the cycle from the second node up to the join node.
        u = second
        while u != join {
            let arc = pred[u]
            var d = flow[arc]
            if predDir[u] == Self.directionUp {
                let c = capacity[arc]
                d = c >= Self.infinity ? Self.infinity : c &- d
            }
            if d <= delta {
                delta = d
                uOut = u
                result = 2
            }
            u = parent[u]
        }
        if result == 1 {
            uIn = first
            vIn = second
        } else {
            uIn = second
            vIn = first
        }
        return result != 0
    }

    /// Sends `delta` around the cycle and updates the states of the entering and leaving arcs.
    @inline(__always)
    func changeFlow(_ change: Bool) {
        if delta > 0 {
            let value = Int64(state[inArc]) &* delta
            flow[inArc] &+= value
            var u = source[inArc]
            while u != join {
                flow[pred[u]] &-= Int64(predDir[u]) &* value
                u = parent[u]
            }
            u = target[inArc]
            while u != join {
                flow[pred[u]] &+= Int64(predDir[u]) &* value
                u = parent[u]
            }
        }
        if change {
            state[inArc] = Self.stateTree
            let leaving = pred[uOut]
            state[leaving] = flow[leaving] == 0 ? Self.stateLower : Self.stateUpper
        } else {
            state[inArc] = -state[inArc]
        }
    }
}
