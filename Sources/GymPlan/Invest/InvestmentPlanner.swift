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

        let model = InvestmentModel(component, instance: instance, unmetLessons: full.totalUnmet)
        let mipStart = model.values(placing: full.lessons, component: component, instance: instance)
        let (solution, bound, cutShort) = solveModel(model.model, start: mipStart)
        // Without a solution (a limit hit first), every candidate at once is a plan that reaches the target.
        let everything = (mostExtra, component.sites.map { _ in true })
        func place(_ decisions: (extra: [Int], built: [Bool])) throws -> InvestmentFlow {
            let gymSlots = component.gyms.indices.map { currentSlots[$0] + capacity.gyms[component.gyms[$0]].halls * decisions.extra[$0] }
            return try InvestmentFlow(component, instance: instance, gymSlots: gymSlots,
                                      siteSlots: component.sites.indices.map { decisions.built[$0] ? siteSlots[$0] : 0 }, cost: centsPerLesson)
        }
        var placed = try place(solution.map(model.decisions) ?? everything)
        if placed.totalUnmet != full.totalUnmet {
            // Cannot happen for a solution of the model; should the solver's tolerances allow it, keep the target.
            placed = try place(everything)
        }
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
        let first = solver.solve(model, start: start, options: firstOptions)
        // Searched again whenever the first solve was cut short: with a plan too far from its bound, without
        // a plan, or without even a bound (a limit so short that CBC stopped before its first relaxation).
        let cutShort = first.status == .feasible || first.status == .noSolutionFound || first.status == .failed
        guard cutShort, (first.relativeGap ?? 1) > parameters.maxRelativeGap else {
            return (first.hasSolution ? first.values : nil, first.bound.isFinite ? first.bound : 0, cutShort)
        }
        let second = solver.solve(model, start: first.hasSolution ? first.values : start, options: SolveOptions(
            timeLimitSeconds: parameters.gapTimeLimitSeconds, relativeGap: parameters.maxRelativeGap * 0.99,
            absoluteGap: Self.centTolerance))
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
