import MinCostFlow
import SeededRandom
import Testing
@testable import GymPlan

/// The site bounds of ``InvestmentDualBound`` against the optimum of the changed network, solved anew
/// by the network simplex: never above it, and on some sites equal to it.
@Suite struct InvestmentPlannerDualBoundTests {
    @Test func theDualBoundOfASiteMadeCheaperIsNeverAboveTheChangedNetworksOptimum() throws {
        var random = SplitMix64(seed: 1502)
        var checked = 0
        var tight = 0
        for _ in 0..<200 {
            var instance = InvestmentPlannerTests.randomInstance(&random, sites: 1...4, siteCostThousands: 40...160)
            instance.capacity.normalizePairs()
            instance.normalizeCandidates()
            for component in instance.components() {
                let siteCosts = component.sites.map { _ in Int64(random.int(in: 0...5000)) }
                let siteAt = Dictionary(uniqueKeysWithValues: component.sites.enumerated().map { ($1, $0) })
                let busCost = Int64(random.int(in: 0...3000))
                let flow = try InvestmentFlow(
                    component, instance: instance, gymSlots: component.gyms.map { instance.capacity.slots(of: $0) },
                    siteSlots: component.sites.map { instance.sites[$0].slots(lessonMinutes: instance.lessonMinutes) },
                    extraGymSlots: component.gyms.map { _ in random.int(in: 0...3) }, extraSlotCost: Int64(random.int(in: 0...2000))) { option in
                        switch option.kind {
                        case .reach: 0
                        case .bus: busCost
                        case .site: siteCosts[siteAt[option.target]!]
                        }
                    }
                let dual = try #require(InvestmentDualBound(flow, component: component))
                for site in component.sites.indices {
                    let arcCost = Int64(random.int(in: 0...Int(siteCosts[site])))
                    guard let bound = dual.bound(site: site, arcCost: arcCost) else { continue }
                    let intoSite = Set(component.options.indices.filter {
                        component.options[$0].kind == .site && component.options[$0].target == component.sites[site]
                    }.compactMap { flow.optionArcs[$0] })
                    let arcs = flow.network.arcs.enumerated().map { index, arc in
                        intoSite.contains(index) ? FlowArc(source: arc.source, target: arc.target, capacity: arc.capacity, cost: arcCost) : arc
                    }
                    let changed = try #require(try NetworkSimplex().solve(FlowNetwork(supplies: flow.network.supplies, arcs: arcs)).solution)
                    #expect(bound <= Double(changed.cost), "site \(site): bound \(bound) above the optimum \(changed.cost)")
                    checked += 1
                    if bound > Double(changed.cost) - 2 { tight += 1 }
                }
            }
        }
        #expect(checked >= 200)
        #expect(tight > checked / 4)
    }
}
