extension FlowNetwork {
    /// Bounds of a network's values that the solvers check before 64-bit arithmetic on them.
    struct Limits {
        /// The largest absolute arc cost.
        var maxAbsCost: Int64
        /// The sum of the positive supplies.
        var totalSupply: Int64
        /// Whether the supplies add up to 0.
        var isBalanced: Bool
    }

    /// Checks that supplies and costs are small enough for the solvers' sums, and returns their bounds.
    ///
    /// Potentials are sums of costs along paths of at most `nodeCount` arcs, plus one artificial cost
    /// of about `nodeCount` x the largest cost; this keeps them and their differences well inside 64 bits.
    func limits() throws(FlowSolverError) -> Limits {
        var maxAbsCost: Int64 = 0
        for arc in arcs {
            guard arc.cost != .min else {
                throw .valueOutOfRange("arc cost \(arc.cost)")
            }
            maxAbsCost = max(maxAbsCost, abs(arc.cost))
        }
        let (scaled, overflow) = (maxAbsCost / 2 + 1).multipliedReportingOverflow(by: Int64(nodeCount + 1) * 16)
        guard !overflow, scaled < Int64.max / 4 else {
            throw .valueOutOfRange("arc costs up to \(maxAbsCost) on \(nodeCount) nodes")
        }
        var positive: Int64 = 0
        var negative: Int64 = 0
        for supply in supplies {
            var overflow = false
            if supply > 0 {
                (positive, overflow) = positive.addingReportingOverflow(supply)
            } else {
                (negative, overflow) = negative.subtractingReportingOverflow(supply)
            }
            guard !overflow, positive < Int64.max / 4, negative < Int64.max / 4 else {
                throw .valueOutOfRange("supplies add up to more than \(Int64.max / 4)")
            }
        }
        return Limits(maxAbsCost: maxAbsCost, totalSupply: positive, isBalanced: positive == negative)
    }

    /// The total cost of `flows`, or an error when it does not fit in 64 bits.
    func cost(of flows: [Int64]) throws(FlowSolverError) -> Int64 {
        var total: Int64 = 0
        for (arc, flow) in zip(arcs, flows) where flow != 0 {
            let (product, productOverflow) = flow.multipliedReportingOverflow(by: arc.cost)
            let (sum, sumOverflow) = total.addingReportingOverflow(product)
            guard !productOverflow, !sumOverflow else {
                throw .valueOutOfRange("total cost exceeds 64 bits")
            }
            total = sum
        }
        return total
    }
}
