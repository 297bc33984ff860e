extension DIMACS {
    /// The DIMACS text of a min-cost flow problem, with `comments` as `c` lines at the top.
    public static func minCostFlowText(_ network: FlowNetwork, comments: [String] = []) -> String {
        var text = DIMACSTextBuffer()
        text.reserve(network.arcCount * 24 + network.nodeCount * 12 + 64)
        text.appendComments(comments)
        text.append("p min ")
        text.append(network.nodeCount)
        text.append(" ")
        text.append(network.arcCount)
        text.append("\n")
        for (node, supply) in network.supplies.enumerated() where supply != 0 {
            text.append("n ")
            text.append(node + 1)
            text.append(" ")
            text.append(supply)
            text.append("\n")
        }
        for arc in network.arcs {
            text.append("a ")
            text.append(arc.source + 1)
            text.append(" ")
            text.append(arc.target + 1)
            text.append(" 0 ")
            text.append(arc.capacity == FlowNetwork.infiniteCapacity ? -1 : arc.capacity)
            text.append(" ")
            text.append(arc.cost)
            text.append("\n")
        }
        return text.string
    }

    /// The DIMACS solution text of `solution`: `s COST`, then with `includingFlows` an `f SOURCE TARGET FLOW`
    /// line for each arc of `network` with positive flow.
    public static func solutionText(_ solution: FlowSolution, of network: FlowNetwork, includingFlows: Bool = false) -> String {
        var text = DIMACSTextBuffer()
        text.append("s ")
        text.append(solution.cost)
        text.append("\n")
        if includingFlows {
            for (arc, flow) in zip(network.arcs, solution.flows) where flow != 0 {
                text.append("f ")
                text.append(arc.source + 1)
                text.append(" ")
                text.append(arc.target + 1)
                text.append(" ")
                text.append(flow)
                text.append("\n")
            }
        }
        return text.string
    }
}

/// UTF-8 text built from strings and integers, faster than string interpolation for large files.
struct DIMACSTextBuffer {
    private var bytes: [UInt8] = []

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(count)
    }

    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    mutating func appendComments(_ comments: [String]) {
        for comment in comments {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                append(line.isEmpty ? "c\n" : "c \(line)\n")
            }
        }
    }

    mutating func append(_ value: some BinaryInteger) {
        bytes.append(contentsOf: String(value).utf8)
    }
}
