/// The DIMACS text formats for min-cost flow: problems (`p min`, `n`, `a` and `c` lines) and solutions
/// (`s` and `f` lines).
///
/// Node IDs in the text are 1-based, ``FlowNetwork`` indices 0-based. Arc lower bounds must be 0. As in
/// LEMON's reader, a capacity below the lower bound (customarily -1) means infinite capacity.
public enum DIMACS {
    /// Reads a min-cost flow problem.
    public static func readMinCostFlow(_ text: String) throws(DIMACSError) -> FlowNetwork {
        try readMinCostFlow(bytes: Array(text.utf8))
    }

    /// Reads a min-cost flow problem from UTF-8 (or ASCII) bytes.
    public static func readMinCostFlow(bytes: [UInt8]) throws(DIMACSError) -> FlowNetwork {
        try bytes.withUnsafeBufferPointer { buffer throws(DIMACSError) in
            var scanner = DIMACSLineScanner(bytes: buffer)
            return try readMinCostFlow(&scanner)
        }
    }

    private static func readMinCostFlow(_ scanner: inout DIMACSLineScanner) throws(DIMACSError) -> FlowNetwork {
        var network = FlowNetwork()
        var problemLine = 0
        var declaredArcs = 0
        var hasSupply: [Bool] = []
        while let first = scanner.nextLine() {
            if first == 0 || first == UInt8(ascii: "c") { continue }
            let kind = try lineKind(&scanner)
            switch kind {
            case UInt8(ascii: "p"):
                guard problemLine == 0 else {
                    throw DIMACSError(line: scanner.lineNumber, reason: "second problem line; the first is line \(problemLine)")
                }
                guard let problem = scanner.field(), problem.elementsEqual("min".utf8) else {
                    throw DIMACSError(line: scanner.lineNumber, reason: "not a min-cost flow problem: expected 'p min NODES ARCS'")
                }
                let nodes = try scanner.integer("node count")
                let arcs = try scanner.integer("arc count")
                try scanner.expectLineEnd()
                guard (0...Int64(Int32.max)).contains(nodes), (0...Int64(Int32.max)).contains(arcs) else {
                    throw DIMACSError(line: scanner.lineNumber, reason: "node count \(nodes) or arc count \(arcs) out of range")
                }
                problemLine = scanner.lineNumber
                declaredArcs = Int(arcs)
                network = FlowNetwork(nodeCount: Int(nodes))
                network.reserveArcCapacity(min(declaredArcs, scanner.bytes.count / 10 + 1))
                hasSupply = Array(repeating: false, count: Int(nodes))
            case UInt8(ascii: "n"):
                try requireProblemLine(problemLine, scanner)
                let node = try node(&scanner, "node ID", count: network.nodeCount)
                let supply = try scanner.integer("supply")
                try scanner.expectLineEnd()
                guard !hasSupply[node] else {
                    throw DIMACSError(line: scanner.lineNumber, reason: "second node line for node \(node + 1)")
                }
                hasSupply[node] = true
                network.setSupply(supply, of: node)
            case UInt8(ascii: "a"):
                try requireProblemLine(problemLine, scanner)
                let source = try node(&scanner, "arc source", count: network.nodeCount)
                let target = try node(&scanner, "arc target", count: network.nodeCount)
                let lower = try scanner.integer("lower bound")
                let capacity = try scanner.integer("capacity")
                let cost = try scanner.integer("cost")
                try scanner.expectLineEnd()
                guard lower == 0 else {
                    throw DIMACSError(line: scanner.lineNumber, reason: "lower bound \(lower): only 0 is supported")
                }
                guard network.arcCount < declaredArcs else {
                    throw DIMACSError(line: scanner.lineNumber, reason: "more arcs than the \(declaredArcs) declared on line \(problemLine)")
                }
                network.addArc(from: source, to: target, capacity: capacity < lower ? FlowNetwork.infiniteCapacity : capacity, cost: cost)
            default:
                throw DIMACSError(line: scanner.lineNumber, reason: "unknown line type '\(Character(Unicode.Scalar(kind)))'")
            }
        }
        guard problemLine != 0 else {
            throw DIMACSError(line: scanner.lineNumber + 1, reason: "no problem line 'p min NODES ARCS'")
        }
        guard network.arcCount == declaredArcs else {
            throw DIMACSError(line: problemLine, reason: "declares \(declaredArcs) arcs, the text has \(network.arcCount)")
        }
        return network
    }

    /// Reads the first field of a line, which must be one letter, and returns it.
    static func lineKind(_ scanner: inout DIMACSLineScanner) throws(DIMACSError) -> UInt8 {
        guard let field = scanner.field(), field.count == 1 else {
            throw DIMACSError(line: scanner.lineNumber, reason: "unknown line type; expected c, p, n or a")
        }
        return field[field.startIndex]
    }

    private static func requireProblemLine(_ problemLine: Int, _ scanner: DIMACSLineScanner) throws(DIMACSError) {
        guard problemLine != 0 else {
            throw DIMACSError(line: scanner.lineNumber, reason: "node or arc line before the problem line 'p min NODES ARCS'")
        }
    }

    /// Reads a 1-based node ID and returns the 0-based node index.
    private static func node(_ scanner: inout DIMACSLineScanner, _ what: String, count: Int) throws(DIMACSError) -> Int {
        let id = try scanner.integer(what)
        guard id >= 1 && id <= Int64(count) else {
            throw DIMACSError(line: scanner.lineNumber, reason: "\(what) \(id) is not in 1...\(count)")
        }
        return Int(id - 1)
    }
}
