import Testing
@testable import GymPlan

/// Components whose first search is cut short: the plan is within the allowed gap of a true lower
/// bound, says whether it is proven, and still replays to the fewest unmet lessons. The first search
/// is stopped after its root node (a node limit, not a time limit), so the test does not depend on
/// how fast or busy the machine is.
@Suite struct InvestmentTimeLimitTests {
    @Test func aStoppedPlanIsWithinTwoPercentOfATrueBound() throws {
        var country = SyntheticInvestmentCountry(seed: 7)
        country.schoolCount = 900
        country.gymCount = 750
        var instance = try country.instance()
        instance.parameters.timeLimitSeconds = 600
        instance.parameters.gapTimeLimitSeconds = 600
        let exact = try InvestmentPlanner.plan(instance)
        instance.parameters.firstSearchNodeLimit = 0
        let stopped = try InvestmentPlanner.plan(instance)
        #expect(exact.provenOptimal)
        let cutShort = stopped.components.filter(\.firstSearchCutShort).count
        #expect(exact.components.filter(\.firstSearchCutShort).isEmpty)
        #expect(cutShort > 0)
        #expect(stopped.unmetLessonsAfter == exact.unmetLessonsAfter)
        #expect(stopped.costLowerBoundEurPerYear <= exact.costEurPerYear + 0.01)
        #expect(stopped.costEurPerYear >= exact.costEurPerYear - 0.01)
        for component in stopped.components {
            #expect(component.costEurPerYear <= component.costLowerBoundEurPerYear * (1 + instance.parameters.maxRelativeGap) + 0.01)
            if component.provenOptimal {
                #expect(abs(component.costEurPerYear - component.costLowerBoundEurPerYear) < 0.01)
            }
        }
        let replayed = try CapacityTestInstances.solve(instance.replaying(stopped.changes))
        #expect(replayed.unmetLessons == stopped.unmetLessonsAfter)
        print("first search at the root only: \(cutShort) cut short, "
            + "\(stopped.components.filter { !$0.provenOptimal }.count) of \(stopped.components.count) components unproven")
    }
}
