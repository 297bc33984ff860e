/// A directed graph with node supplies and arc capacities and costs: the input of a min-cost flow problem.
///
/// Nodes and arcs are numbered from 0 in the order they were added.
/// A positive supply is flow that leaves the node, a negative one is flow that the node demands.
public struct FlowNetwork: Sendable, Hashable {
    /// A capacity that never limits the flow on an arc.
    public static let infiniteCapacity: Int64 = .max

    /// The supply of each node (positive: supply, negative: demand).
    public private(set) var supplies: [Int64]
    /// The arcs in the order they were added.
    public private(set) var arcs: [FlowArc]

    /// Creates a network of `nodeCount` nodes without supply and without arcs.
    public init(nodeCount: Int = 0) {
        precondition(nodeCount >= 0, "negative node count")
        supplies = Array(repeating: 0, count: nodeCount)
        arcs = []
    }

    /// Creates a network with the given node supplies and arcs.
    public init(supplies: [Int64], arcs: [FlowArc] = []) {
        self.supplies = supplies
        self.arcs = []
        self.arcs.reserveCapacity(arcs.count)
        for arc in arcs {
            addArc(from: arc.source, to: arc.target, capacity: arc.capacity, cost: arc.cost)
        }
    }

    /// The number of nodes.
    public var nodeCount: Int { supplies.count }
    /// The number of arcs.
    public var arcCount: Int { arcs.count }

    /// Adds a node and returns its index.
    @discardableResult
    public mutating func addNode(supply: Int64 = 0) -> Int {
        supplies.append(supply)
        return supplies.count - 1
    }

    /// Sets the supply of `node` (positive: supply, negative: demand).
    public mutating func setSupply(_ supply: Int64, of node: Int) {
        precondition(supplies.indices.contains(node), "node \(node) out of range")
        supplies[node] = supply
    }

    /// Adds an arc and returns its index; `capacity` must not be negative.
    @discardableResult
    public mutating func addArc(from source: Int, to target: Int, capacity: Int64, cost: Int64) -> Int {
        precondition(supplies.indices.contains(source), "arc source \(source) out of range")
        precondition(supplies.indices.contains(target), "arc target \(target) out of range")
        precondition(capacity >= 0, "negative capacity \(capacity)")
        arcs.append(FlowArc(source: source, target: target, capacity: capacity, cost: cost))
        return arcs.count - 1
    }

    /// Reserves room for `count` arcs in total.
    public mutating func reserveArcCapacity(_ count: Int) {
        arcs.reserveCapacity(count)
    }
}

/// An arc of a ``FlowNetwork``: flow from `source` to `target`, at most `capacity`, at `cost` per unit.
public struct FlowArc: Sendable, Hashable {
    /// The node the flow leaves.
    public var source: Int
    /// The node the flow enters.
    public var target: Int
    /// The most flow the arc carries; ``FlowNetwork/infiniteCapacity`` for no limit.
    public var capacity: Int64
    /// The cost of one unit of flow; may be zero or negative.
    public var cost: Int64

    /// Creates an arc.
    public init(source: Int, target: Int, capacity: Int64, cost: Int64) {
        self.source = source
        self.target = target
        self.capacity = capacity
        self.cost = cost
    }
}
