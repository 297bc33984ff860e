import MinCostFlow
import SeededRandom

/// Random min-cost flow problems of several kinds for the property tests.
enum RandomNetworks {
    /// The kind of network: which features the random choices include.
    enum Kind: CaseIterable {
        /// Non-negative costs, finite capacities.
        case plain
        /// Costs from -20 to 40, zero capacities, self-loops.
        case negativeCosts
        /// Some infinite capacities, including on negative arcs (so some problems are unbounded).
        case infiniteCapacities
        /// Sources, middle nodes and sinks, as in transportation problems.
        case layered
    }

    /// A random network of `2...maxNodes` nodes.
    static func make(_ kind: Kind, maxNodes: Int, random: inout SplitMix64) -> FlowNetwork {
        let nodeCount = random.int(in: 2...maxNodes)
        var network = FlowNetwork(nodeCount: nodeCount)
        switch kind {
        case .layered:
            let sources = random.int(in: 1...max(1, nodeCount / 3))
            let sinks = random.int(in: 1...max(1, nodeCount - sources))
            for _ in 0..<(nodeCount * random.int(in: 2...6)) {
                let source = random.int(in: 0...(nodeCount - sinks - 1))
                let target = random.int(in: sources...(nodeCount - 1))
                guard source != target else { continue }
                network.addArc(from: source, to: target, capacity: Int64(random.int(in: 1...25)), cost: Int64(random.int(in: 0...30)))
            }
            addSupplies(&network, from: 0..<sources, to: (nodeCount - sinks)..<nodeCount, random: &random)
        case .plain, .negativeCosts, .infiniteCapacities:
            for _ in 0..<(nodeCount * random.int(in: 1...5) + random.int(in: 0...3)) {
                var source = random.int(in: 0...(nodeCount - 1))
                let target = random.int(in: 0...(nodeCount - 1))
                if source == target && (kind == .plain || !random.chance(30)) {
                    source = (source + 1) % nodeCount
                }
                var capacity = Int64(random.int(in: kind == .plain ? 1...30 : 0...30))
                let cost: Int64 = kind == .plain ? Int64(random.int(in: 0...50)) : Int64(random.int(in: -20...40))
                if kind == .infiniteCapacities && random.chance(cost < 0 ? 6 : 25) {
                    capacity = FlowNetwork.infiniteCapacity
                }
                network.addArc(from: source, to: target, capacity: capacity, cost: cost)
            }
            addSupplies(&network, from: 0..<nodeCount, to: 0..<nodeCount, random: &random)
        }
        return network
    }

    /// Adds balanced supplies: amounts that move from a node of `suppliers` to a node of `demanders`.
    private static func addSupplies(_ network: inout FlowNetwork, from suppliers: Range<Int>, to demanders: Range<Int>, random: inout SplitMix64) {
        for _ in 0..<random.int(in: 0...(network.nodeCount / 2 + 2)) {
            let supplier = random.int(in: suppliers.lowerBound...(suppliers.upperBound - 1))
            let demander = random.int(in: demanders.lowerBound...(demanders.upperBound - 1))
            let amount = Int64(random.int(in: 1...12))
            network.setSupply(network.supplies[supplier] + amount, of: supplier)
            network.setSupply(network.supplies[demander] - amount, of: demander)
        }
    }
}
