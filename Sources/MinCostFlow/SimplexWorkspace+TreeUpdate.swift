// The tree update of a pivot, a port of LEMON's NetworkSimplex::updateTreeStructure and
// updatePotential (see NetworkSimplex.swift).

extension SimplexWorkspace {
    /// Replaces the leaving arc by the entering arc in the tree: re-hangs the subtree of `uOut`
    /// from `vIn` and updates parent, pred, thread, rev_thread, succ_num and last_succ.
    @inline(__always)
    mutating func updateTreeStructure() {
        let oldRevThread = revThread[uOut]
        let oldSuccNum = succNum[uOut]
        let oldLastSucc = lastSucc[uOut]
        vOut = parent[uOut]

        if uIn == uOut {
            // The entering arc replaces the leaving arc at the same node.
            parent[uIn] = vIn
            pred[uIn] = inArc
            predDir[uIn] = uIn == source[inArc] ? Self.directionUp : Self.directionDown
            if thread[vIn] != uOut {
                var after = thread[oldLastSucc]
                thread[oldRevThread] = after
                revThread[after] = oldRevThread
                after = thread[vIn]
                thread[vIn] = uOut
                revThread[uOut] = vIn
                thread[oldLastSucc] = after
                revThread[after] = oldLastSucc
            }
        } else {
            // When oldRevThread is vIn, join and vOut coincide too.
            let threadContinue = oldRevThread == vIn ? thread[oldLastSucc] : thread[vIn]

            // Re-thread and re-parent the stem nodes from uIn up to uOut.
            var stem = uIn
            var parentStem = vIn
            var last = lastSucc[uIn]
            var after = thread[last]
            thread[vIn] = uIn
            var dirtyCount = 0
            dirtyRevs[dirtyCount] = vIn
            dirtyCount += 1
            while stem != uOut {
                // Insert the next stem node into the thread list.
                let nextStem = parent[stem]
                thread[last] = nextStem
                dirtyRevs[dirtyCount] = last
                dirtyCount += 1
                // Remove the subtree of stem from the thread list.
                let before = revThread[stem]
                thread[before] = after
                revThread[after] = before
                // Change the parent and shift the stem nodes.
                parent[stem] = parentStem
                parentStem = stem
                stem = nextStem
                last = lastSucc[stem] == lastSucc[parentStem] ? revThread[parentStem] : lastSucc[stem]
                after = thread[last]
            }
            parent[uOut] = parentStem
            thread[last] = threadContinue
            revThread[threadContinue] = last
            lastSucc[uOut] = last

            // Remove the subtree of uOut from the thread list, unless oldRevThread is vIn.
            if oldRevThread != vIn {
                thread[oldRevThread] = after
                revThread[after] = oldRevThread
            }

            for index in 0..<dirtyCount {
                let u = dirtyRevs[index]
                revThread[thread[u]] = u
            }

            // Reverse pred, pred_dir and fix succ_num and last_succ along the stem, from uOut to uIn.
            var subtreeSize = 0
            let stemLastSucc = lastSucc[uOut]
            var u = uOut
            var p = parent[u]
            while u != uIn {
                pred[u] = pred[p]
                predDir[u] = -predDir[p]
                subtreeSize += succNum[u] - succNum[p]
                succNum[u] = subtreeSize
                lastSucc[p] = stemLastSucc
                u = p
                p = parent[u]
            }
            pred[uIn] = inArc
            predDir[uIn] = uIn == source[inArc] ? Self.directionUp : Self.directionDown
            succNum[uIn] = oldSuccNum
        }

        // Update last_succ from vIn towards the root.
        let upLimitOut = lastSucc[join] == vIn ? join : -1
        let lastSuccOut = lastSucc[uOut]
        var u = vIn
        while u != -1 && lastSucc[u] == vIn {
            lastSucc[u] = lastSuccOut
            u = parent[u]
        }

        // Update last_succ from vOut towards the root.
        if join != oldRevThread && vIn != oldRevThread {
            u = vOut
            while u != upLimitOut && lastSucc[u] == oldLastSucc {
                lastSucc[u] = oldRevThread
                u = parent[u]
            }
        } else if lastSuccOut != oldLastSucc {
            u = vOut
            while u != upLimitOut && lastSucc[u] == oldLastSucc {
                lastSucc[u] = lastSuccOut
                u = parent[u]
            }
        }

        // Update succ_num from vIn and from vOut up to the join node.
        u = vIn
        while u != join {
            succNum[u] += oldSuccNum
            u = parent[u]
        }
        u = vOut
        while u != join {
            succNum[u] -= oldSuccNum
            u = parent[u]
        }
    }

    /// Shifts the potentials of the subtree that was re-hung so that the entering arc's reduced cost is 0.
    @inline(__always)
    func updatePotential() {
        let sigma = potential[vIn] &- potential[uIn] &- Int64(predDir[uIn]) &* cost[inArc]
        let end = thread[lastSucc[uIn]]
        var u = uIn
        while u != end {
            potential[u] &+= sigma
            u = thread[u]
        }
    }
}
