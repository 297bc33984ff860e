/// The residual network of a flow: arc `2k` is arc `k` forward, arc `2k + 1` is arc `k` backward.
struct ResidualGraph {
    static let unreachable = Int64.max

    let nodeCount: Int
    var tail: [Int]
    var head: [Int]
    var cost: [Int64]
    /// The residual capacity of each residual arc.
    var capacity: [Int64]

    /// The residual network of the zero flow, with infinite capacities replaced by `infiniteCapacity`.
    init(network: FlowNetwork, infiniteCapacity: Int64) {
        nodeCount = network.nodeCount
        tail = []
        head = []
        cost = []
        capacity = []
        for arc in network.arcs {
            tail += [arc.source, arc.target]
            head += [arc.target, arc.source]
            cost += [arc.cost, -arc.cost]
            let forward = arc.capacity == FlowNetwork.infiniteCapacity ? infiniteCapacity : arc.capacity
            capacity += [forward, 0]
        }
    }

    /// Sends `amount` along residual arc `arc`.
    mutating func push(_ amount: Int64, on arc: Int) {
        capacity[arc] -= amount
        capacity[arc ^ 1] += amount
    }

    /// Cheapest paths from the nodes `origins` (all at distance 0) over arcs with residual capacity;
    /// Bellman-Ford with a queue. The residual network must have no negative cycle.
    func shortestPaths(from origins: [Int]) -> (distance: [Int64], predecessorArc: [Int]) {
        var outgoing = [[Int]](repeating: [], count: nodeCount)
        for arc in tail.indices where capacity[arc] > 0 {
            outgoing[tail[arc]].append(arc)
        }
        var distance = [Int64](repeating: Self.unreachable, count: nodeCount)
        var predecessorArc = [Int](repeating: -1, count: nodeCount)
        var queued = [Bool](repeating: false, count: nodeCount)
        var queue: [Int] = []
        for origin in origins {
            distance[origin] = 0
            queued[origin] = true
            queue.append(origin)
        }
        var front = 0
        while front < queue.count {
            let node = queue[front]
            front += 1
            queued[node] = false
            for arc in outgoing[node] {
                let candidate = distance[node] + cost[arc]
                let next = head[arc]
                if candidate < distance[next] {
                    distance[next] = candidate
                    predecessorArc[next] = arc
                    if !queued[next] {
                        queued[next] = true
                        queue.append(next)
                    }
                }
            }
        }
        return (distance, predecessorArc)
    }

    /// Whether `arcs` contain a cycle of negative total cost (Bellman-Ford from all nodes at once).
    static func hasNegativeCycle(nodeCount: Int, arcs: [FlowArc]) -> Bool {
        var distance = [Int64](repeating: 0, count: nodeCount)
        for _ in 0...nodeCount {
            var changed = false
            for arc in arcs where distance[arc.source] + arc.cost < distance[arc.target] {
                distance[arc.target] = distance[arc.source] + arc.cost
                changed = true
            }
            if !changed { return false }
        }
        return true
    }
}
