/// The flat arrays of one network simplex run: arc data, node potentials and the spanning tree.
///
/// Nodes `0..<nodeCount` are the network's; node `nodeCount` is the artificial root.
/// Arcs `0..<arcCount` are the network's (in mixed order), then one artificial arc per node.
/// The memory is manually managed so that the pivot loops run without bounds checks or reference
/// counting; the owner calls ``deallocate()`` exactly once.
struct SimplexWorkspace {
    /// An arc at its lower bound (flow 0).
    static let stateLower: Int8 = 1
    /// An arc of the spanning tree.
    static let stateTree: Int8 = 0
    /// An arc at its upper bound (flow = capacity).
    static let stateUpper: Int8 = -1
    /// The tree arc of a node points up, from the node to its parent.
    static let directionUp: Int8 = 1
    /// The tree arc of a node points down, from the parent to the node.
    static let directionDown: Int8 = -1
    /// Capacities at or above this are infinite.
    static let infinity: Int64 = .max

    let nodeCount: Int
    let arcCount: Int
    let allArcCount: Int
    /// The arcs the pivot rule searches: only the network's, as LEMON does for balanced supplies.
    let searchArcCount: Int
    let root: Int

    // Arc data, `allArcCount` entries.
    let source: Int32Array
    let target: Int32Array
    let capacity: UnsafeMutablePointer<Int64>
    let cost: UnsafeMutablePointer<Int64>
    let flow: UnsafeMutablePointer<Int64>
    let state: UnsafeMutablePointer<Int8>

    // Node data, `nodeCount + 1` entries.
    let potential: UnsafeMutablePointer<Int64>
    let parent: Int32Array
    let pred: Int32Array
    let thread: Int32Array
    let revThread: Int32Array
    let succNum: Int32Array
    let lastSucc: Int32Array
    let predDir: UnsafeMutablePointer<Int8>
    /// Scratch list for the tree update.
    let dirtyRevs: Int32Array

    // The current pivot.
    var inArc = 0
    var join = 0
    var uIn = 0
    var vIn = 0
    var uOut = 0
    var vOut = 0
    var delta: Int64 = 0

    /// Allocates the arrays for a network of `nodeCount` nodes and `arcCount` arcs.
    init(nodeCount: Int, arcCount: Int) {
        self.nodeCount = nodeCount
        self.arcCount = arcCount
        allArcCount = arcCount + nodeCount
        searchArcCount = arcCount
        root = nodeCount
        let nodes = nodeCount + 1
        source = Int32Array(count: allArcCount)
        target = Int32Array(count: allArcCount)
        capacity = .allocate(capacity: allArcCount)
        cost = .allocate(capacity: allArcCount)
        flow = .allocate(capacity: allArcCount)
        state = .allocate(capacity: allArcCount)
        potential = .allocate(capacity: nodes)
        parent = Int32Array(count: nodes)
        pred = Int32Array(count: nodes)
        thread = Int32Array(count: nodes)
        revThread = Int32Array(count: nodes)
        succNum = Int32Array(count: nodes)
        lastSucc = Int32Array(count: nodes)
        predDir = .allocate(capacity: nodes)
        dirtyRevs = Int32Array(count: nodes)
    }

    /// Frees the arrays.
    func deallocate() {
        for array in [source, target, parent, pred, thread, revThread, succNum, lastSucc, dirtyRevs] {
            array.base.deallocate()
        }
        for pointer in [capacity, cost, flow, potential] {
            pointer.deallocate()
        }
        state.deallocate()
        predDir.deallocate()
    }

    /// Builds the initial feasible tree: every node hangs from the root by an artificial arc that carries its supply.
    ///
    /// Arcs into demand nodes cost `artificialCost`, so the simplex drives their flow to 0 when it can.
    func makeArtificialTree(supplies: [Int64], artificialCost: Int64) {
        for arc in 0..<arcCount {
            flow[arc] = 0
            state[arc] = Self.stateLower
        }
        parent[root] = -1
        pred[root] = -1
        thread[root] = 0
        revThread[0] = root
        succNum[root] = nodeCount + 1
        lastSucc[root] = root - 1
        potential[root] = 0
        predDir[root] = 0
        for node in 0..<nodeCount {
            let arc = arcCount + node
            parent[node] = root
            pred[node] = arc
            thread[node] = node + 1
            revThread[node + 1] = node
            succNum[node] = 1
            lastSucc[node] = node
            capacity[arc] = Self.infinity
            state[arc] = Self.stateTree
            let supply = supplies[node]
            if supply >= 0 {
                predDir[node] = Self.directionUp
                potential[node] = 0
                source[arc] = node
                target[arc] = root
                flow[arc] = supply
                cost[arc] = 0
            } else {
                predDir[node] = Self.directionDown
                potential[node] = artificialCost
                source[arc] = root
                target[arc] = node
                flow[arc] = -supply
                cost[arc] = artificialCost
            }
        }
    }
}

/// A pointer to `Int32` node or arc indices, read and written as `Int`.
struct Int32Array {
    let base: UnsafeMutablePointer<Int32>

    init(count: Int) {
        base = .allocate(capacity: count)
    }

    @inline(__always)
    subscript(index: Int) -> Int {
        get { Int(base[index]) }
        nonmutating set { base[index] = Int32(truncatingIfNeeded: newValue) }
    }
}
