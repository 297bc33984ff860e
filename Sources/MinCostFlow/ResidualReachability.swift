/// The nodes reachable from some origin nodes in the residual network of a flow, and the arcs that leave them.
///
/// When the origins are the nodes whose supply an optimal flow could not send, the arcs that leave the
/// reachable set are saturated: their capacity is what the reachable nodes compete for.
public struct ResidualCut: Sendable, Hashable {
    /// Whether each node is reachable, by node index.
    public var isReachable: [Bool]
    /// The reachable nodes, in ascending order.
    public var nodes: [Int]
    /// The arcs from a reachable node to an unreachable one, in ascending order.
    public var leavingArcs: [Int]
    /// The total capacity of ``leavingArcs`` (``FlowNetwork/infiniteCapacity`` when it does not fit).
    public var leavingCapacity: Int64

    /// Creates a cut.
    public init(isReachable: [Bool], nodes: [Int], leavingArcs: [Int], leavingCapacity: Int64) {
        self.isReachable = isReachable
        self.nodes = nodes
        self.leavingArcs = leavingArcs
        self.leavingCapacity = leavingCapacity
    }
}

extension FlowNetwork {
    /// The nodes reachable from `origins` in the residual network of `flows` (one flow per arc): over arcs
    /// with flow below capacity forward, and over arcs with positive flow backward.
    ///
    /// The `excluded` arcs (such as overflow arcs that take unplaceable supply) are neither followed nor
    /// counted as leaving.
    public func residualReachability(from origins: some Sequence<Int>, flows: [Int64], excluding excluded: [Int] = []) -> ResidualCut {
        precondition(flows.count == arcCount, "\(flows.count) flows for \(arcCount) arcs")
        var isIncluded = [Bool](repeating: true, count: arcCount)
        for arc in excluded {
            isIncluded[arc] = false
        }
        // Residual arcs out of each node, as a compressed adjacency list of arc indices;
        // an arc index k stands for arc k forward, ~k for arc k backward.
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for (index, (arc, flow)) in zip(arcs, flows).enumerated() where isIncluded[index] {
            if flow < arc.capacity { start[arc.source + 1] += 1 }
            if flow > 0 { start[arc.target + 1] += 1 }
        }
        for node in 0..<nodeCount {
            start[node + 1] += start[node]
        }
        var fill = start
        var residual = [Int](repeating: 0, count: start[nodeCount])
        for (index, (arc, flow)) in zip(arcs, flows).enumerated() where isIncluded[index] {
            if flow < arc.capacity {
                residual[fill[arc.source]] = index
                fill[arc.source] += 1
            }
            if flow > 0 {
                residual[fill[arc.target]] = ~index
                fill[arc.target] += 1
            }
        }

        var isReachable = [Bool](repeating: false, count: nodeCount)
        var stack: [Int] = []
        for origin in origins where !isReachable[origin] {
            isReachable[origin] = true
            stack.append(origin)
        }
        while let node = stack.popLast() {
            for entry in residual[start[node]..<start[node + 1]] {
                let next = entry >= 0 ? arcs[entry].target : arcs[~entry].source
                if !isReachable[next] {
                    isReachable[next] = true
                    stack.append(next)
                }
            }
        }

        var leavingArcs: [Int] = []
        var leavingCapacity: Int64 = 0
        for (index, arc) in arcs.enumerated() where isIncluded[index] && isReachable[arc.source] && !isReachable[arc.target] {
            leavingArcs.append(index)
            let (sum, overflow) = leavingCapacity.addingReportingOverflow(arc.capacity)
            leavingCapacity = overflow ? FlowNetwork.infiniteCapacity : sum
        }
        let nodes = isReachable.indices.filter { isReachable[$0] }
        return ResidualCut(isReachable: isReachable, nodes: nodes, leavingArcs: leavingArcs, leavingCapacity: leavingCapacity)
    }
}
