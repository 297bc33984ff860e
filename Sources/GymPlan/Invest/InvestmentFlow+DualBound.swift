import MinCostFlow

/// Lower bounds from a solved flow's potentials (weak duality) for the networks that differ from it
/// only in the cost of the arcs into one site: the bound of every plan that builds that site, without
/// one more flow per site (docs/investment-solver.md, step 3c).
///
/// For any potentials p and any feasible flow x, cost(x) = sum over arcs of x (c + p(source) - p(target))
/// - sum over nodes of p x supply >= -sum p x supply + sum over arcs of capacity x min(0, c + p(source)
/// - p(target)): the dual value of p, a lower bound whatever p is.
struct InvestmentDualBound {
    private let arcs: [FlowArc]
    /// The flow's potentials, shifted so that the sink's is 0 (the shift changes no reduced cost).
    private let potential: [Double]
    /// The dual value of `potential` in the flow's own network.
    private let value: Double
    /// Capacity x (|cost| + |potentials|) summed over the arcs, and |potential x supply| over the nodes:
    /// the scale of the rounding in `value`.
    private let magnitude: Double
    /// Per site (aligned with the component's sites), its arcs from the schools, and its arc to the sink.
    private let siteArcs: [[Int]]
    private let siteSinkArcs: [Int?]

    /// Nil when the potentials are too large to shift within 64 bits.
    init?(_ flow: InvestmentFlow, component: InvestmentComponent) {
        let network = flow.network
        let sinkPotential = flow.potentials[network.nodeCount - 1]
        var potential: [Double] = []
        for value in flow.potentials {
            let (shifted, overflow) = value.subtractingReportingOverflow(sinkPotential)
            if overflow { return nil }
            potential.append(Double(shifted))
        }
        var value = 0.0
        var magnitude = 0.0
        for (node, supply) in network.supplies.enumerated() {
            value -= potential[node] * Double(supply)
            magnitude += abs(potential[node] * Double(supply))
        }
        for arc in network.arcs {
            value += Self.term(arc.capacity, reduced: Double(arc.cost) + potential[arc.source] - potential[arc.target])
            magnitude += Double(arc.capacity) * (abs(Double(arc.cost)) + abs(potential[arc.source]) + abs(potential[arc.target]))
        }
        let siteAt = Dictionary(uniqueKeysWithValues: component.sites.enumerated().map { ($1, $0) })
        var siteArcs = [[Int]](repeating: [], count: component.sites.count)
        for (index, option) in component.options.enumerated() where option.kind == .site {
            if let arc = flow.optionArcs[index] { siteArcs[siteAt[option.target]!].append(arc) }
        }
        guard magnitude.isFinite else { return nil }
        (arcs, self.potential, self.value, self.magnitude, self.siteArcs, siteSinkArcs) =
            (network.arcs, potential, value, magnitude, siteArcs, flow.siteSinkArcs)
    }

    /// capacity x min(0, reduced cost): an arc's share of the dual value.
    private static func term(_ capacity: Int64, reduced: Double) -> Double {
        guard reduced < 0 else { return 0 }
        return capacity == FlowNetwork.infiniteCapacity ? -.infinity : Double(capacity) * reduced
    }

    /// A lower bound on the cost of every feasible flow of the network in which each arc into `site`'s
    /// node costs `arcCost` instead: the dual value with the site node's potential chosen anew (the best
    /// breakpoint of that concave, piecewise linear function of it; its other arcs' shares stay), less a
    /// margin for rounding. Nil for a site without slots.
    func bound(site: Int, arcCost: Int64) -> Double? {
        guard let sinkArc = siteSinkArcs[site] else { return nil }
        let sink = arcs[sinkArc]
        let node = sink.source
        let into = siteArcs[site]
        func share(_ sitePotential: Double, intoCost: (FlowArc) -> Double) -> Double {
            into.reduce(Self.term(sink.capacity, reduced: Double(sink.cost) + sitePotential - potential[sink.target])) {
                $0 + Self.term(arcs[$1].capacity, reduced: intoCost(arcs[$1]) + potential[arcs[$1].source] - sitePotential)
            }
        }
        let old = share(potential[node]) { Double($0.cost) }
        let breakpoints = into.map { Double(arcCost) + potential[arcs[$0].source] } + [potential[sink.target] - Double(sink.cost), potential[node]]
        let best = breakpoints.map { share($0) { _ in Double(arcCost) } }.max() ?? -.infinity
        let farthest: Double = breakpoints.map(abs).max() ?? 0
        var scale: Double = magnitude + Double(sink.capacity) * (abs(Double(sink.cost)) + farthest)
        for arc in into {
            let size: Double = abs(Double(arcCost)) + abs(potential[arcs[arc].source]) + farthest
            scale += Double(arcs[arc].capacity) * size
        }
        return value - old + best - (1e-10 * scale + 1)
    }
}
