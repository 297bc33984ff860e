extension SimplexWorkspace {
    /// LEMON's heuristic initial pivots: before the block search, pivot in arcs likely to carry flow.
    ///
    /// With one supply and one demand node, the arcs of a reverse search from the demand node over arcs
    /// that can carry all the supply; otherwise the cheapest arc into each demand node.
    /// Returns false when a pivot finds a cycle of infinite capacity (the problem is unbounded).
    /// `arcIndex` maps the network's arc indices to the workspace's.
    mutating func initialPivots(network: FlowNetwork, arcIndex: [Int32]) -> Bool {
        var total: Int64 = 0
        var supplyNodes: [Int] = []
        var demandNodes: [Int] = []
        for (node, supply) in network.supplies.enumerated() {
            if supply > 0 {
                total += supply
                supplyNodes.append(node)
            } else if supply < 0 {
                demandNodes.append(node)
            }
        }
        guard total > 0 else { return true }

        var candidates: [Int] = []
        if supplyNodes.count == 1 && demandNodes.count == 1 {
            candidates = reverseSearchArcs(network: network, from: demandNodes[0], to: supplyNodes[0], capacity: total)
        } else {
            var cheapestArc = [Int](repeating: -1, count: network.nodeCount)
            var cheapestCost = [Int64](repeating: .max, count: network.nodeCount)
            for (index, arc) in network.arcs.enumerated() where arc.cost < cheapestCost[arc.target] {
                cheapestCost[arc.target] = arc.cost
                cheapestArc[arc.target] = index
            }
            for node in demandNodes where cheapestArc[node] >= 0 {
                candidates.append(cheapestArc[node])
            }
        }

        for candidate in candidates {
            let arc = Int(arcIndex[candidate])
            if signedReducedCost(arc) >= 0 { continue }
            if !pivot(on: arc) { return false }
        }
        return true
    }

    /// The arcs of a depth-first search backwards from `demandNode` over arcs of at least `capacity`,
    /// stopping when it reaches `supplyNode`.
    private func reverseSearchArcs(network: FlowNetwork, from demandNode: Int, to supplyNode: Int, capacity: Int64) -> [Int] {
        // Incoming arcs of each node, as a compressed adjacency list.
        var start = [Int](repeating: 0, count: network.nodeCount + 1)
        for arc in network.arcs {
            start[arc.target + 1] += 1
        }
        for node in 0..<network.nodeCount {
            start[node + 1] += start[node]
        }
        var fill = start
        var incoming = [Int](repeating: 0, count: network.arcCount)
        for (index, arc) in network.arcs.enumerated() {
            incoming[fill[arc.target]] = index
            fill[arc.target] += 1
        }

        var arcs: [Int] = []
        var reached = [Bool](repeating: false, count: network.nodeCount)
        var stack = [demandNode]
        reached[demandNode] = true
        while let node = stack.popLast() {
            if node == supplyNode { break }
            for index in incoming[start[node]..<start[node + 1]] {
                let arc = network.arcs[index]
                if reached[arc.source] || arc.capacity < capacity { continue }
                arcs.append(index)
                reached[arc.source] = true
                stack.append(arc.source)
            }
        }
        return arcs
    }
}
