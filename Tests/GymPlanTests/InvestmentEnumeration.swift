@testable import GymPlan

/// The optimum of section 7 by brute force, independent of the planner: every change set (k extra
/// slots per hall at each gym, each subset of sites; buses are priced per lesson, so all may be used),
/// each priced with its best assignment found by exhaustive search over the lessons' placements.
struct InvestmentEnumeration {
    var instance: InvestmentInstance

    struct Best: Equatable {
        var unmet: Int
        var cost: Double
    }

    /// The fewest unmet lessons any change set reaches, and the least yearly cost among such sets.
    func optimum() -> Best {
        let capacity = instance.capacity
        let parameters = instance.parameters
        let slotCost = parameters.slotYearlyCost(lessonMinutes: capacity.lessonMinutes)
        let extraRanges = capacity.gyms.indices.map { 0...instance.maxExtraSlotsPerHall(ofGym: $0) }
        var best = Best(unmet: .max, cost: .infinity)
        for extras in product(extraRanges) {
            for siteSet in 0..<(1 << instance.sites.count) {
                var fixed = 0.0
                var slots = capacity.gyms.indices.map { capacity.slots(of: $0) + capacity.gyms[$0].halls * extras[$0] }
                for (index, gym) in capacity.gyms.enumerated() { fixed += Double(extras[index] * gym.halls) * slotCost }
                for (index, site) in instance.sites.enumerated() {
                    let built = siteSet & (1 << index) != 0
                    slots.append(built ? site.slots(lessonMinutes: capacity.lessonMinutes) : 0)
                    if built { fixed += site.costEur / Double(parameters.depreciationYears) }
                }
                let assignment = bestAssignment(slots: slots, slotCost: slotCost)
                let candidate = Best(unmet: assignment.unmet, cost: fixed + assignment.cost)
                if candidate.unmet < best.unmet || (candidate.unmet == best.unmet && candidate.cost < best.cost) {
                    best = candidate
                }
            }
        }
        return best
    }

    /// Targets: the gyms, then the sites; each option of a school is (target, cost per lesson).
    private func bestAssignment(slots: [Int], slotCost: Double) -> Best {
        let capacity = instance.capacity
        let gymCount = capacity.gyms.count
        var options = [[(target: Int, cost: Double)]](repeating: [], count: capacity.schools.count)
        for pair in capacity.pairs { options[pair.school].append((pair.gym, 0)) }
        for pair in instance.busPairs { options[pair.school].append((pair.gym, instance.parameters.busCostEur)) }
        for pair in instance.sitePairs { options[pair.school].append((gymCount + pair.site, slotCost)) }
        var memo: [[Int]: Best] = [:]
        func search(_ school: Int, _ free: [Int]) -> Best {
            if school == capacity.schools.count { return Best(unmet: 0, cost: 0) }
            let key = [school] + free
            if let known = memo[key] { return known }
            var best = Best(unmet: .max, cost: .infinity)
            func place(_ option: Int, _ left: Int, _ free: [Int], _ cost: Double) {
                if option == options[school].count {
                    let rest = search(school + 1, free)
                    let candidate = Best(unmet: rest.unmet + left, cost: rest.cost + cost)
                    if candidate.unmet < best.unmet || (candidate.unmet == best.unmet && candidate.cost < best.cost) { best = candidate }
                    return
                }
                let (target, unit) = options[school][option]
                for lessons in 0...min(left, free[target]) {
                    var next = free
                    next[target] -= lessons
                    place(option + 1, left - lessons, next, cost + Double(lessons) * unit)
                }
            }
            place(0, capacity.demand(of: school), free, 0)
            memo[key] = best
            return best
        }
        return search(0, slots)
    }

    private func product(_ ranges: [ClosedRange<Int>]) -> [[Int]] {
        ranges.reduce([[]]) { partial, range in partial.flatMap { prefix in range.map { prefix + [$0] } } }
    }
}
