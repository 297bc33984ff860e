import Foundation
import MixedIntegerProgramming
import PostgresClient

/// Makes the investment plan of section 7 on an instance already read (pure: no database): per
/// component, first the fewest unmet lessons any set of changes can reach (a max flow over every
/// candidate at once), then, with that fixed, the least yearly cost (a mixed-integer program).
public enum InvestmentPlanner {
    /// Reads the school year's investment problem from the database (in the caller's snapshot).
    public static func read(
        _ connection: Connection, year: SchoolYear, planning: PlanningParameters, parameters: InvestmentParameters
    ) throws -> InvestmentProblem {
        let clock = ContinuousClock()
        let start = clock.now
        let instance = try InvestmentInstance.read(connection, year: year, planning: planning, parameters: parameters)
        return InvestmentProblem(instance: instance, readSeconds: (clock.now - start).seconds)
    }

    /// Makes the plan of a problem read (no database).
    public static func plan(_ problem: InvestmentProblem) throws -> InvestmentPlan {
        var plan = try plan(problem.instance)
        plan.readSeconds = problem.readSeconds
        return plan
    }

    static func plan(_ instance: InvestmentInstance) throws -> InvestmentPlan {
        let clock = ContinuousClock()
        let start = clock.now
        var instance = instance
        instance.capacity.normalizePairs()
        instance.normalizeCandidates()
        var changes: [InvestmentChange] = []
        var components: [InvestmentComponentResult] = []
        var schools: [InvestmentSchoolResult] = []
        for component in instance.components() {
            let solved = try ComponentSolver(component: component, instance: instance).solve()
            changes += solved.changes
            components.append(solved.result)
            for (index, school) in component.schools.enumerated() {
                let data = instance.capacity.schools[school]
                schools.append(InvestmentSchoolResult(
                    schoolId: data.id, municipalityCode: data.municipalityCode, demandLessons: instance.capacity.demand(of: school),
                    unmetLessonsBefore: solved.unmetBefore[index], unmetLessonsAfter: solved.unmetAfter[index]))
            }
        }
        var inComponent = Set(schools.map(\.schoolId))
        for school in instance.capacity.schools where inComponent.insert(school.id).inserted {
            schools.append(InvestmentSchoolResult(
                schoolId: school.id, municipalityCode: school.municipalityCode, demandLessons: 0, unmetLessonsBefore: 0,
                unmetLessonsAfter: 0))
        }
        changes.sort { $0.sortKey < $1.sortKey }
        schools.sort { $0.schoolId < $1.schoolId }
        return InvestmentPlan(
            changes: changes, components: components, schools: schools,
            unmetLessonsBefore: components.reduce(0) { $0 + $1.unmetLessonsBefore },
            unmetLessonsAfter: components.reduce(0) { $0 + $1.unmetLessonsAfter },
            costEurPerYear: components.reduce(0) { $0 + $1.costEurPerYear },
            costLowerBoundEurPerYear: components.reduce(0) { $0 + $1.costLowerBoundEurPerYear },
            provenOptimal: components.allSatisfy(\.provenOptimal), seconds: (clock.now - start).seconds)
    }
}

/// The investment problem of a school year as read from the database.
public struct InvestmentProblem: Sendable {
    let instance: InvestmentInstance
    /// Seconds the reading took.
    public var readSeconds: Double
    /// Candidate sites: those of `gym_sites.csv`, else the default ones.
    public var sites: Int { instance.sites.count }
}

/// The plan of one component.
struct ComponentSolver {
    var component: InvestmentComponent
    var instance: InvestmentInstance

    struct Solved {
        var result: InvestmentComponentResult
        var changes: [InvestmentChange]
        var unmetBefore: [Int]
        var unmetAfter: [Int]
    }

    private var parameters: InvestmentParameters { instance.parameters }
    private var slotCost: Double { parameters.slotYearlyCost(lessonMinutes: instance.lessonMinutes) }

    func solve() throws -> Solved {
        let clock = ContinuousClock()
        let start = clock.now
        let capacity = instance.capacity
        let currentSlots = component.gyms.map { capacity.slots(of: $0) }
        let siteSlots = component.sites.map { instance.sites[$0].slots(lessonMinutes: instance.lessonMinutes) }
        let before = try InvestmentFlow(component, instance: instance, gymSlots: currentSlots,
                                        siteSlots: siteSlots.map { _ in 0 }, cost: { $0.kind == .reach ? 0 : nil })
        var result = InvestmentComponentResult(
            schools: component.schools.count, gyms: component.gyms.count, sites: component.sites.count,
            unmetLessonsBefore: before.totalUnmet, unmetLessonsAfter: before.totalUnmet, costEurPerYear: 0,
            costLowerBoundEurPerYear: 0, provenOptimal: true, solvedByMIP: false, seconds: 0)
        guard before.totalUnmet > 0 else {
            result.seconds = (clock.now - start).seconds
            return Solved(result: result, changes: [], unmetBefore: before.unmet, unmetAfter: before.unmet)
        }
        let mostExtra = component.gyms.map { instance.maxExtraSlotsPerHall(ofGym: $0) }
        let mostSlots = component.gyms.indices.map { currentSlots[$0] + capacity.gyms[component.gyms[$0]].halls * mostExtra[$0] }
        let full = try InvestmentFlow(component, instance: instance, gymSlots: mostSlots, siteSlots: siteSlots, cost: centsPerLesson)
        guard full.totalUnmet < before.totalUnmet else {
            result.seconds = (clock.now - start).seconds
            return Solved(result: result, changes: [], unmetBefore: before.unmet, unmetAfter: before.unmet)
        }

        func place(_ decisions: (extra: [Int], built: [Bool])) throws -> InvestmentFlow {
            let gymSlots = component.gyms.indices.map { currentSlots[$0] + capacity.gyms[component.gyms[$0]].halls * decisions.extra[$0] }
            return try InvestmentFlow(component, instance: instance, gymSlots: gymSlots,
                                      siteSlots: component.sites.indices.map { decisions.built[$0] ? siteSlots[$0] : 0 }, cost: centsPerLesson)
        }
        func finish(_ placed: InvestmentFlow, bound: Double, cutShort: Bool) -> Solved {
            let (changes, exactCost) = self.changes(placed, currentSlots: currentSlots)
            result.unmetLessonsAfter = placed.totalUnmet
            result.costEurPerYear = changes.reduce(0) { $0 + $1.costEurPerYear }
            result.costLowerBoundEurPerYear = Self.cents(min(exactCost, bound))
            result.provenOptimal = exactCost - min(exactCost, bound) <= Self.centTolerance + 1e-9 * exactCost
            result.solvedByMIP = true
            result.firstSearchCutShort = cutShort
            result.seconds = (clock.now - start).seconds
            return Solved(result: result, changes: changes, unmetBefore: before.unmet, unmetAfter: placed.unmet)
        }

        // A true lower bound from one flow and a plan from a few more; sites that the bound proves too
        // dear for any plan as cheap as that one are left out of the MIP.
        let relaxed = relaxedLowerBound(cheapSite: nil, siteSlots: siteSlots, mostExtra: mostExtra, currentSlots: currentSlots)
        let relaxedBound = relaxed?.bound ?? 0
        // With a node limit (tests: a first search stopped at the same point on any machine), the whole
        // model is searched from step 2's plan, so that the search is indeed cut short.
        let heuristic = parameters.firstSearchNodeLimit != nil ? nil
            : try? heuristicPlan(target: full.totalUnmet, siteSlots: siteSlots, mostExtra: mostExtra, currentSlots: currentSlots)
        var keep = component.sites.indices.map { _ in true }
        var removedBound = Double.infinity
        if let heuristic {
            let upper = self.changes(heuristic.placed, currentSlots: currentSlots).exactCost
            if upper - min(upper, relaxedBound) <= Self.centTolerance + 1e-9 * upper {
                result.sitesLeftOut = heuristic.built.filter { !$0 }.count
                return finish(heuristic.placed, bound: relaxedBound, cutShort: false)
            }
            let dual = relaxed.flatMap { InvestmentDualBound($0.flow, component: component) }
            let unplaced = Double(full.totalUnmet) * Double(relaxed?.flow.unplacedCost ?? 0)
            for site in component.sites.indices where !heuristic.built[site] {
                let fixed: Double = siteYearlyCost(component.sites[site]) * (1 - 1e-12)
                var bound = 0.0
                if let flowBound = dual?.bound(site: site, arcCost: Self.micro(slotCost)) {
                    bound = (flowBound - unplaced * (1 + 1e-12)) / 1_000_000 + fixed
                }
                // Where the potentials' bound does not prune the site, the changed network solved anew may.
                if bound <= upper + Self.centTolerance,
                   let exact = relaxedLowerBound(cheapSite: site, siteSlots: siteSlots, mostExtra: mostExtra, currentSlots: currentSlots) {
                    bound = max(bound, exact.bound)
                }
                guard bound > upper + Self.centTolerance else { continue }
                keep[site] = false
                removedBound = min(removedBound, bound)
            }
        }
        result.sitesLeftOut = keep.filter { !$0 }.count
        let siteAt = Dictionary(uniqueKeysWithValues: component.sites.enumerated().map { ($1, $0) })
        let keptOption = component.options.map { $0.kind != .site || keep[siteAt[$0.target]!] }
        let kept = InvestmentComponent(
            schools: component.schools, gyms: component.gyms, sites: component.sites.indices.filter { keep[$0] }.map { component.sites[$0] },
            options: zip(component.options, keptOption).filter(\.1).map(\.0))
        let model = InvestmentModel(kept, instance: instance, unmetLessons: full.totalUnmet)
        let startLessons = zip(heuristic?.placed.lessons ?? full.lessons, keptOption).filter(\.1).map(\.0)
        let mipStart = model.values(placing: startLessons, component: kept, instance: instance)
        let (solution, keptBound, cutShort) = solveModel(model.model, start: mipStart)
        let decisions: (extra: [Int], built: [Bool])? = solution.map { values in
            let (extra, built) = model.decisions(values)
            var keptSites = built.makeIterator()
            return (extra, keep.map { $0 ? keptSites.next()! : false })
        }
        // Without a solution (a limit hit first), the heuristic plan, or every candidate at once, reaches the target.
        let everything: (extra: [Int], built: [Bool]) = (mostExtra, component.sites.map { _ in true })
        var placed = try place(decisions ?? heuristic.map { (extra: $0.extra, built: $0.built) } ?? everything)
        if placed.totalUnmet != full.totalUnmet {
            // Cannot happen for a solution of the model; should the solver's tolerances allow it, keep the target.
            placed = try place(everything)
        }
        return finish(placed, bound: max(relaxedBound, min(keptBound, removedBound)), cutShort: cutShort)
    }

    /// A lower bound on the yearly cost of every plan that places the fewest unmet lessons' complement
    /// (and builds `cheapSite`, when given): the min-cost flow in which longer hours are bought slot by
    /// slot (not k per hall) and a site's yearly cost is spread over its slots, each lesson there
    /// costing a slot's cost plus cost_eur / depreciation_years / slots. Every plan's assignment is such
    /// a flow and costs at least that much, since a site holding L of its S slots costs
    /// F + L x slot >= L x (slot + F / S); a plan that builds `cheapSite` pays its F in full and its
    /// lessons there a slot's cost each. Costs are in micro-euros rounded down, so the bound stays below
    /// the true one; nil should the flow fail on too large a cost.
    private func relaxedLowerBound(
        cheapSite: Int?, siteSlots: [Int], mostExtra: [Int], currentSlots: [Int]
    ) -> (bound: Double, flow: InvestmentFlow)? {
        let capacity = instance.capacity
        let micro = Self.micro
        let siteAt = Dictionary(uniqueKeysWithValues: component.sites.enumerated().map { ($1, $0) })
        let sitePerLesson = component.sites.indices.map { index in
            index == cheapSite ? slotCost : slotCost + siteYearlyCost(component.sites[index]) / Double(max(1, siteSlots[index]))
        }
        // Micro-euros of these sizes keep the flow's sums well inside 64 bits (the flow checks its own limits).
        guard ([slotCost, parameters.busCostEur] + sitePerLesson).allSatisfy({ $0 < 1e9 }) else { return nil }
        let flow = try? InvestmentFlow(
            component, instance: instance, gymSlots: currentSlots, siteSlots: siteSlots,
            extraGymSlots: component.gyms.indices.map { capacity.gyms[component.gyms[$0]].halls * mostExtra[$0] },
            extraSlotCost: micro(slotCost)) { option -> Int64? in
                switch option.kind {
                case .reach: return 0
                case .bus: return micro(parameters.busCostEur)
                case .site: return micro(sitePerLesson[siteAt[option.target]!])
                }
            }
        guard let flow else { return nil }
        let fixed = cheapSite.map { siteYearlyCost(component.sites[$0]) } ?? 0
        return (max(0, Double(flow.cost) / 1_000_000 + fixed * (1 - 1e-12)), flow)
    }

    /// Euros in micro-euros, rounded down.
    static func micro(_ euros: Double) -> Int64 { Int64((euros * 1_000_000).rounded(.down)) }

    /// A site's yearly cost once built: cost_eur / depreciation_years.
    private func siteYearlyCost(_ site: Int) -> Double {
        instance.sites[site].costEur / Double(max(1, parameters.depreciationYears))
    }

    /// A plan that reaches the target: the sites the bound's flow uses are built, then each of them
    /// (the least used first) dropped where the plan still reaches the target at a lower cost. Lessons
    /// are placed by a min-cost flow that buys longer hours slot by slot; nil if it cannot reach it.
    private func heuristicPlan(
        target: Int, siteSlots: [Int], mostExtra: [Int], currentSlots: [Int]
    ) throws -> (placed: InvestmentFlow, extra: [Int], built: [Bool])? {
        let capacity = instance.capacity
        let halls = component.gyms.map { capacity.gyms[$0].halls }
        func price(_ built: [Bool]) throws -> (placed: InvestmentFlow, extra: [Int], cost: Double)? {
            let flow = try InvestmentFlow(
                component, instance: instance, gymSlots: currentSlots,
                siteSlots: component.sites.indices.map { built[$0] ? siteSlots[$0] : 0 },
                extraGymSlots: component.gyms.indices.map { halls[$0] * mostExtra[$0] }, extraSlotCost: Int64((slotCost * 100).rounded()), cost: centsPerLesson)
            guard flow.totalUnmet == target else { return nil }
            var used = [Int](repeating: 0, count: component.gyms.count)
            let gymAt = Dictionary(uniqueKeysWithValues: component.gyms.enumerated().map { ($1, $0) })
            for (index, option) in component.options.enumerated() where option.kind != .site { used[gymAt[option.target]!] += flow.lessons[index] }
            let extra = component.gyms.indices.map { halls[$0] > 0 ? max(0, used[$0] - currentSlots[$0] + halls[$0] - 1) / halls[$0] : 0 }
            return (flow, extra, self.changes(flow, currentSlots: currentSlots).exactCost)
        }
        let siteAt = Dictionary(uniqueKeysWithValues: component.sites.enumerated().map { ($1, $0) })
        let relaxed = try InvestmentFlow(
            component, instance: instance, gymSlots: currentSlots, siteSlots: siteSlots,
            extraGymSlots: component.gyms.indices.map { halls[$0] * mostExtra[$0] }, extraSlotCost: Int64((slotCost * 100).rounded())) { option -> Int64? in
                guard option.kind == .site else { return centsPerLesson(option) }
                return Int64(((slotCost + siteYearlyCost(option.target) / Double(max(1, siteSlots[siteAt[option.target]!]))) * 100).rounded())
            }
        var siteLessons = [Int](repeating: 0, count: component.sites.count)
        for (index, option) in component.options.enumerated() where option.kind == .site { siteLessons[siteAt[option.target]!] += relaxed.lessons[index] }
        var built = siteLessons.map { $0 > 0 }
        guard var best = try price(built) else { return nil }
        for site in component.sites.indices.filter({ built[$0] }).sorted(by: { siteLessons[$0] < siteLessons[$1] }) {
            built[site] = false
            if let without = try price(built), without.cost < best.cost { best = without } else { built[site] = true }
        }
        return (best.placed, best.extra, built)
    }

    /// An amount rounded to cents, as section 7 reports it.
    static func cents(_ euros: Double) -> Double { Money.cents(euros) }

    /// Costs that differ by less than half a cent are the same cost.
    static let centTolerance = 0.005

    /// Solves with no gap within the time limit, from `start` (every candidate the fewest unmet lessons
    /// need); a plan stopped farther than the allowed gap from its bound is searched again, from the
    /// best plan so far, until within it. Returns the best values, the best proven bound (0, which
    /// no plan's cost is below, when the solver proved none) and whether the first search was cut short.
    private func solveModel(_ model: MixedIntegerModel, start: [Double]) -> (values: [Double]?, bound: Double, cutShort: Bool) {
        let solver = CbcSolver()
        var firstOptions = SolveOptions(
            timeLimitSeconds: parameters.timeLimitSeconds, absoluteGap: Self.centTolerance, nodeLimit: parameters.firstSearchNodeLimit)
        firstOptions.plainBranchAndBound = parameters.firstSearchNodeLimit != nil
        firstOptions.flowCoverCuts = false
        // The start is the heuristic plan (or step 2's): CBC's own heuristics took half of Amsterdam's
        // time and found nothing better; the second search keeps them.
        firstOptions.heuristics = false
        let first = solver.solve(model, start: start, options: firstOptions)
        // Searched again whenever the first solve was cut short: with a plan too far from its bound, without
        // a plan, or without even a bound (a limit so short that CBC stopped before its first relaxation).
        let cutShort = first.status == .feasible || first.status == .noSolutionFound || first.status == .failed
        guard cutShort, (first.relativeGap ?? 1) > parameters.maxRelativeGap else {
            return (first.hasSolution ? first.values : nil, first.bound.isFinite ? first.bound : 0, cutShort)
        }
        var secondOptions = SolveOptions(
            timeLimitSeconds: parameters.gapTimeLimitSeconds, relativeGap: parameters.maxRelativeGap * 0.99,
            absoluteGap: Self.centTolerance)
        secondOptions.flowCoverCuts = false
        let second = solver.solve(model, start: first.hasSolution ? first.values : start, options: secondOptions)
        let bound = max(first.bound, second.bound)
        let candidates = [first, second].filter(\.hasSolution).sorted { $0.objective! < $1.objective! }
        return (candidates.first?.values, bound.isFinite ? bound : 0, true)
    }

    /// Cents per lesson of an option: nothing within reach, the bus cost by bus, a slot's cost at a site.
    private func centsPerLesson(_ option: InvestmentOption) -> Int64? {
        switch option.kind {
        case .reach: 0
        case .bus: Int64((parameters.busCostEur * 100).rounded())
        case .site: Int64((slotCost * 100).rounded())
        }
    }

    /// The changes an assignment needs: buses it uses, the fewest extra slots per hall that hold each
    /// gym's lessons, and the sites it places lessons at; with their yearly cost before rounding to cents.
    private func changes(_ placed: InvestmentFlow, currentSlots: [Int]) -> (changes: [InvestmentChange], exactCost: Double) {
        let capacity = instance.capacity
        var gymLessons = [Int: Int]()
        var siteLessons = [Int: Int]()
        var changes: [InvestmentChange] = []
        var exactCost = 0.0
        for (index, option) in component.options.enumerated() where placed.lessons[index] > 0 {
            let lessons = placed.lessons[index]
            switch option.kind {
            case .reach: gymLessons[option.target, default: 0] += lessons
            case .bus:
                gymLessons[option.target, default: 0] += lessons
                let school = capacity.schools[option.school]
                exactCost += Double(lessons) * parameters.busCostEur
                changes.append(.bus(InvestmentBus(
                    schoolId: school.id, gymId: capacity.gyms[option.target].id, lessons: lessons, distanceM: option.distanceM,
                    costEurPerYear: Self.cents(Double(lessons) * parameters.busCostEur), municipalityCode: school.municipalityCode)))
            case .site: siteLessons[option.target, default: 0] += lessons
            }
        }
        for (index, gym) in component.gyms.enumerated() {
            let halls = capacity.gyms[gym].halls
            let over = (gymLessons[gym] ?? 0) - currentSlots[index]
            guard over > 0, halls > 0 else { continue }
            let k = (over + halls - 1) / halls
            exactCost += Double(k * halls) * slotCost
            changes.append(.longerHours(InvestmentLongerHours(
                gymId: capacity.gyms[gym].id, extraLessons: k * halls,
                hoursPerWeek: Double(instance.hundredthHours(ofGym: gym, extraSlotsPerHall: k)) / 100,
                costEurPerYear: Self.cents(Double(k * halls) * slotCost), municipalityCode: capacity.gyms[gym].municipalityCode)))
        }
        for site in component.sites {
            guard let lessons = siteLessons[site], lessons > 0 else { continue }
            let data = instance.sites[site]
            let yearly = data.costEur / Double(max(1, parameters.depreciationYears)) + Double(lessons) * slotCost
            exactCost += yearly
            changes.append(.newGym(InvestmentNewGym(
                siteId: data.id, name: data.name, latitude: data.latitude, longitude: data.longitude, halls: data.halls,
                hoursPerWeek: Double(data.hundredthHours) / 100, lessons: lessons, costEur: data.costEur,
                costEurPerYear: Self.cents(yearly),
                municipalityCode: data.municipalityCode)))
        }
        return (changes, exactCost)
    }
}
