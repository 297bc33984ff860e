/// A min-cost flow solution read from DIMACS text: the cost and the `f` lines.
public struct DIMACSSolution: Sendable, Hashable {
    /// The flow on the arcs from one node to another (0-based node indices).
    public struct ArcFlow: Sendable, Hashable {
        /// The node the flow leaves.
        public var source: Int
        /// The node the flow enters.
        public var target: Int
        /// The amount of flow.
        public var flow: Int64

        /// Creates an arc flow.
        public init(source: Int, target: Int, flow: Int64) {
            self.source = source
            self.target = target
            self.flow = flow
        }
    }

    /// The total cost from the `s` line.
    public var cost: Int64
    /// The `f` lines in order.
    public var flows: [ArcFlow]

    /// Creates a solution.
    public init(cost: Int64, flows: [ArcFlow] = []) {
        self.cost = cost
        self.flows = flows
    }
}

extension DIMACS {
    /// Reads a min-cost flow solution: one `s COST` line, any `f SOURCE TARGET FLOW` lines, and `c` comments.
    public static func readSolution(_ text: String) throws(DIMACSError) -> DIMACSSolution {
        try Array(text.utf8).withUnsafeBufferPointer { buffer throws(DIMACSError) in
            var scanner = DIMACSLineScanner(bytes: buffer)
            var cost: Int64?
            var flows: [DIMACSSolution.ArcFlow] = []
            while let first = scanner.nextLine() {
                if first == 0 || first == UInt8(ascii: "c") { continue }
                switch try lineKind(&scanner) {
                case UInt8(ascii: "s"):
                    guard cost == nil else {
                        throw DIMACSError(line: scanner.lineNumber, reason: "second solution line")
                    }
                    cost = try scanner.integer("cost")
                case UInt8(ascii: "f"):
                    let source = try scanner.integer("arc source")
                    let target = try scanner.integer("arc target")
                    let flow = try scanner.integer("flow")
                    guard source >= 1, target >= 1 else {
                        throw DIMACSError(line: scanner.lineNumber, reason: "node IDs start at 1")
                    }
                    flows.append(DIMACSSolution.ArcFlow(source: Int(source - 1), target: Int(target - 1), flow: flow))
                default:
                    throw DIMACSError(line: scanner.lineNumber, reason: "unknown line type; expected c, s or f")
                }
                try scanner.expectLineEnd()
            }
            guard let cost else {
                throw DIMACSError(line: scanner.lineNumber + 1, reason: "no solution line 's COST'")
            }
            return DIMACSSolution(cost: cost, flows: flows)
        }
    }
}
