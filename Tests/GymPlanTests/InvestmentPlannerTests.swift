import SeededRandom
import Testing
@testable import GymPlan

/// The investment plan against the optimum that ``InvestmentEnumeration`` finds by brute force, and
/// replayed through section 3's planner.
@Suite struct InvestmentPlannerTests {
    typealias T = InvestmentTestInstances
    static let slotCost = 946.8

    @Test func withoutAShortageThePlanIsEmpty() throws {
        let instance = T.make(schools: [("10AA00", 1)], gyms: [.init(id: "G", halls: 1, slotsPerHall: 2)], reach: [(0, 0, 300)])
        let plan = try InvestmentPlanner.plan(instance)
        #expect(plan.changes.isEmpty && plan.unmetLessonsBefore == 0 && plan.unmetLessonsAfter == 0)
        #expect(plan.costEurPerYear == 0 && plan.provenOptimal)
        #expect(plan.components.map(\.solvedByMIP) == [false])
    }

    @Test func aShortGymIsOpenedLonger() throws {
        // 4 lessons, a one-hall gym of 2 slots that may grow to 4: two more slots, 3.00 hours.
        let instance = T.make(schools: [("10AA00", 2)], gyms: [.init(id: "G", halls: 1, slotsPerHall: 2)], reach: [(0, 0, 300)])
        let plan = try check(instance)
        #expect(plan.unmetLessonsBefore == 2 && plan.unmetLessonsAfter == 0)
        #expect(plan.changes == [.longerHours(.init(
            gymId: "G", extraLessons: 2, hoursPerWeek: 3, costEurPerYear: 2 * Self.slotCost, municipalityCode: "GM0002"))])
    }

    @Test func extraSlotsComeForEveryHallAndTheCheaperOfHoursAndBusWins() throws {
        // 8 lessons; two halls of 3 slots: k = 1 gives 8 slots for 2 x 946.80, cheaper than a 2,400 bus.
        let instance = T.make(
            schools: [("10AA00", 4)], gyms: [.init(id: "G", halls: 2, slotsPerHall: 3), .init(id: "H", halls: 1, slotsPerHall: 4)],
            reach: [(0, 0, 300)], bus: [(0, 1, 3000)])
        let plan = try check(instance)
        #expect(plan.unmetLessonsAfter == 0)
        #expect(plan.changes.count == 2 || plan.changes.count == 1)
        #expect(plan.changes.contains { if case .longerHours(let c) = $0 { c.extraLessons == 2 && c.hoursPerWeek == 3 } else { false } })
    }

    @Test func aFullGymMeansABus() throws {
        let instance = T.make(
            schools: [("10AA00", 3)], gyms: [.init(id: "G", halls: 1, slotsPerHall: 4), .init(id: "H", halls: 1, slotsPerHall: 4)],
            reach: [(0, 0, 300)], bus: [(0, 1, 3200)])
        let plan = try check(instance)
        #expect(plan.changes == [.bus(.init(
            schoolId: "10AA00", gymId: "H", lessons: 2, distanceM: 3200, costEurPerYear: 4800, municipalityCode: "GM0001"))])
    }

    @Test func aBusAndLongerHoursThatCostTheSameGiveTheSameCost() throws {
        let instance = T.make(
            schools: [("10AA00", 2)], gyms: [.init(id: "G", halls: 1, slotsPerHall: 2), .init(id: "H", halls: 1, slotsPerHall: 4)],
            reach: [(0, 0, 300)], bus: [(0, 1, 3200)], parameters: T.parameters(busCostEur: Self.slotCost))
        let plan = try check(instance)
        #expect(abs(plan.costEurPerYear - 2 * Self.slotCost) < 0.005)
    }

    @Test func aSchoolWithoutAGymGetsANewGymOrABusAtTheSameCost() throws {
        // 4 lessons: by bus 4 x 2,400 = 9,600; a new gym 232,512 / 40 + 4 x 946.80 = 9,600 as well.
        let instance = T.make(
            schools: [("10AA00", 2)], gyms: [.init(id: "H", halls: 1, slotsPerHall: 4)], reach: [], bus: [(0, 0, 4000)],
            sites: [.init(id: "10AA00", halls: 1, slotsPerHall: 4, costEur: 232_512)], sitePairs: [(0, 0, 0)])
        let plan = try check(instance)
        #expect(plan.unmetLessonsBefore == 4 && plan.unmetLessonsAfter == 0)
        #expect(abs(plan.costEurPerYear - 9600) < 0.005)
    }

    @Test func aNewGymServesSeveralSchools() throws {
        // Two schools of 4 lessons without a gym; one site within reach of both: 2.8 M / 40 + 8 slots.
        let instance = T.make(
            schools: [("10AA00", 2), ("10BB00", 2)], gyms: [], reach: [],
            sites: [.init(id: "S", halls: 2, slotsPerHall: 4, costEur: 2_800_000), .init(id: "T", halls: 1, slotsPerHall: 4, costEur: 2_800_000)],
            sitePairs: [(0, 0, 100), (1, 0, 800), (0, 1, 0)])
        let plan = try check(instance)
        #expect(plan.changes == [.newGym(.init(
            siteId: "S", name: "Site S", latitude: 52, longitude: 5, halls: 2, hoursPerWeek: 3, lessons: 8, costEur: 2_800_000,
            costEurPerYear: 70000 + 8 * Self.slotCost, municipalityCode: "GM0003"))])
    }

    @Test func lessonsNoChangeCanPlaceStayUnmet() throws {
        let instance = T.make(
            schools: [("10AA00", 3), ("10BB00", 1)], gyms: [.init(id: "G", halls: 1, slotsPerHall: 3)], reach: [(0, 0, 300)])
        let plan = try check(instance)
        // A's 6 lessons can get 4 slots at most; B reaches nothing.
        #expect(plan.unmetLessonsBefore == 5 && plan.unmetLessonsAfter == 4)
        #expect(plan.schools.map(\.unmetLessonsAfter) == [2, 2])
    }

    @Test func randomInstancesMatchEnumerationAndReplay() throws {
        var random = SplitMix64(seed: 15)
        var solvedByMIP = 0
        for _ in 0..<60 {
            let instance = Self.randomInstance(&random)
            let plan = try check(instance)
            solvedByMIP += plan.components.filter(\.solvedByMIP).count
        }
        #expect(solvedByMIP >= 20)
    }

    @Test func sitesTooDearForAnyPlanAsCheapAsTheHeuristicOneAreLeftOutAndThePlanStaysOptimal() throws {
        // Two lessons short at G; buses at 2,400 each (4,800) beat any site (its 1,000 + 946.80 per lesson
        // at least): the flow bound of every plan that builds one is above the buses' cost.
        let instance = T.make(
            schools: [("10AA00", 2), ("10BB00", 1)], gyms: [.init(id: "G", halls: 1, slotsPerHall: 2), .init(id: "H", halls: 1, slotsPerHall: 4)],
            reach: [(0, 0, 300), (1, 0, 400)], bus: [(0, 1, 3200), (1, 1, 3300)],
            sites: (0..<3).map { .init(id: "N\($0)", halls: 1, slotsPerHall: 4, costEur: 4_000_000) },
            sitePairs: [(0, 0, 0), (0, 1, 200), (1, 1, 0), (1, 2, 300)])
        let plan = try check(instance)
        #expect(plan.components.map(\.sitesLeftOut) == [3])
        #expect(plan.changes.allSatisfy { if case .newGym = $0 { false } else { true } })
    }

    @Test func randomInstancesWithManySitesMatchEnumeration() throws {
        // Cheap sites and many of them, so that some are built, some left out, and some searched.
        var random = SplitMix64(seed: 1501)
        var leftOut = 0
        for _ in 0..<40 {
            let instance = Self.randomInstance(&random, sites: 3...4, siteCostThousands: 40...160)
            leftOut += try check(instance).components.reduce(0) { $0 + $1.sitesLeftOut }
        }
        #expect(leftOut > 0)
    }

    /// Plans, and checks the plan against enumeration and its replay through section 3's planner.
    @discardableResult
    private func check(_ instance: InvestmentInstance, sourceLocation: SourceLocation = #_sourceLocation) throws -> InvestmentPlan {
        let plan = try InvestmentPlanner.plan(instance)
        let best = InvestmentEnumeration(instance: instance).optimum()
        #expect(plan.unmetLessonsAfter == best.unmet, sourceLocation: sourceLocation)
        #expect(abs(plan.costEurPerYear - best.cost) < 0.01, "plan \(plan.costEurPerYear), enumerated \(best.cost)", sourceLocation: sourceLocation)
        #expect(plan.provenOptimal, sourceLocation: sourceLocation)
        #expect(abs(plan.costLowerBoundEurPerYear - plan.costEurPerYear) < 0.01, sourceLocation: sourceLocation)
        let before = try CapacityTestInstances.solve(instance.capacity)
        #expect(plan.unmetLessonsBefore == before.unmetLessons, sourceLocation: sourceLocation)
        let replayed = try CapacityTestInstances.solve(instance.replaying(plan.changes))
        #expect(replayed.unmetLessons == plan.unmetLessonsAfter, sourceLocation: sourceLocation)
        #expect(abs(plan.changes.reduce(0) { $0 + $1.costEurPerYear } - plan.costEurPerYear) < 1e-6, sourceLocation: sourceLocation)
        return plan
    }

    /// A random instance: up to 4 schools and 3 gyms, `sites` candidate sites costing
    /// `siteCostThousands` thousand euros each.
    static func randomInstance(
        _ random: inout SplitMix64, sites siteCount: ClosedRange<Int> = 0...2, siteCostThousands: ClosedRange<Int> = 40...400
    ) -> InvestmentInstance {
        let schools = (0..<random.int(in: 1...4)).map { ("S\($0)", random.int(in: 0...3)) }
        let gyms = (0..<random.int(in: 0...3)).map { T.Gym(id: "G\($0)", halls: random.int(in: 1...2), slotsPerHall: random.int(in: 0...4)) }
        let sites = (0..<random.int(in: siteCount)).map {
            T.Site(id: "N\($0)", halls: 1, slotsPerHall: random.int(in: 2...4), costEur: Double(random.int(in: siteCostThousands)) * 1000)
        }
        var reach: [(Int, Int, Int)] = []
        var bus: [(Int, Int, Int)] = []
        var sitePairs: [(Int, Int, Int)] = []
        for school in schools.indices {
            for gym in gyms.indices {
                switch random.int(in: 0...2) {
                case 0: reach.append((school, gym, random.int(in: 0...1000)))
                case 1: bus.append((school, gym, random.int(in: 1001...5000)))
                default: break
                }
            }
            for site in sites.indices where random.chance(50) {
                sitePairs.append((school, site, random.int(in: 0...1000)))
            }
        }
        let busCost = [Self.slotCost, 1500, 2400, 5000][random.int(in: 0...3)]
        return T.make(schools: schools, gyms: gyms, reach: reach, bus: bus, sites: sites, sitePairs: sitePairs,
                      parameters: T.parameters(busCostEur: busCost))
    }
}

/// The plan's municipalities and its changes as `capacity --what-if` arguments.
@Suite struct InvestmentPlanOutputTests {
    @Test func changesBelongToTheirMunicipalitiesAndReadAsWhatIfArguments() throws {
        let instance = InvestmentTestInstances.make(
            schools: [("10AA00", 3), ("10BB00", 0), ("10CC00", 2)],
            gyms: [.init(id: "G", halls: 1, slotsPerHall: 2), .init(id: "H", halls: 1, slotsPerHall: 4)],
            reach: [(0, 0, 300)], bus: [(0, 1, 3200)],
            sites: [.init(id: "S", halls: 1, slotsPerHall: 4, costEur: 40_000)], sitePairs: [(2, 0, 0)])
        let plan = try InvestmentPlanner.plan(instance)
        #expect(plan.schools.map(\.schoolId) == ["10AA00", "10BB00", "10CC00"])
        #expect(plan.changes.map(\.whatIfArgument) == ["bus:10AA00:H", "hours:G:3.0", "new-gym:Site S:52.0:5.0:1:3.0:GM0003"])
        let municipalities = plan.municipalities()
        #expect(municipalities.map(\.code) == ["GM0001", "GM0002", "GM0003"])
        #expect(municipalities.map(\.unmetLessonsBefore) == [8, 0, 0])
        #expect(municipalities.map(\.changes.count) == [1, 1, 1])
        #expect(abs(municipalities.reduce(0) { $0 + $1.costEurPerYear } - plan.costEurPerYear) < 1e-6)
    }
}
