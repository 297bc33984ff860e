import Testing
@testable import GymPlan

/// Components stopped by the time limit: the plan is within the allowed gap of a true lower bound, says
/// whether it is proven, and still replays to the fewest unmet lessons.
@Suite struct InvestmentTimeLimitTests {
    @Test func aStoppedPlanIsWithinTwoPercentOfATrueBound() throws {
        var country = SyntheticInvestmentCountry(seed: 7)
        country.schoolCount = 900
        country.gymCount = 750
        var instance = try country.instance()
        instance.parameters.timeLimitSeconds = 10
        let exact = try InvestmentPlanner.plan(instance)
        instance.parameters.timeLimitSeconds = 0.01
        let stopped = try InvestmentPlanner.plan(instance)
        #expect(exact.provenOptimal)
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
        print("time limit 0.01 s: \(stopped.components.filter { !$0.provenOptimal }.count) of \(stopped.components.count) components unproven")
    }
}
