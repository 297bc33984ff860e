import Foundation
import SeededRandom
import Testing
@testable import GymPlan

/// The national plan on a synthetic country (about 6,000 schools, 5,000 gyms, sites at the schools of
/// municipalities with a shortage), timed. Run with GYMPLAN_INVEST_NATIONAL=1 (GYMPLAN_INVEST_SEED and
/// GYMPLAN_INVEST_BUS_M, GYMPLAN_INVEST_BUS_EUR and GYMPLAN_INVEST_GYM_EUR another country, bus limit,
/// bus cost and new-hall cost); prints its figures.
@Suite struct InvestmentNationalBenchmark {
    static let environment = ProcessInfo.processInfo.environment
    static let enabled = environment["GYMPLAN_INVEST_NATIONAL"] != nil

    @Test(.enabled(if: enabled)) func theNationalPlanIsSolvedInTime() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var country = SyntheticInvestmentCountry(seed: Self.environment["GYMPLAN_INVEST_SEED"].flatMap { UInt64($0) } ?? 2026)
        country.busMaxDistanceM = Self.environment["GYMPLAN_INVEST_BUS_M"].flatMap { Int($0) } ?? 5000
        var instance = try country.instance()
        if let euros = Self.environment["GYMPLAN_INVEST_BUS_EUR"].flatMap(Double.init) { instance.parameters.busCostEur = euros }
        if let euros = Self.environment["GYMPLAN_INVEST_GYM_EUR"].flatMap(Double.init) {
            for index in instance.sites.indices { instance.sites[index].costEur = euros * Double(instance.sites[index].halls) }
        }
        let built = (clock.now - start).seconds
        let plan = try InvestmentPlanner.plan(instance)
        let mip = plan.components.filter(\.solvedByMIP)
        let proven = plan.components.filter(\.provenOptimal).count
        let largest = plan.components.max { $0.schools + $0.gyms + $0.sites < $1.schools + $1.gyms + $1.sites }
        let slowest = mip.map(\.seconds).max() ?? 0
        let mipSeconds = mip.reduce(0) { $0 + $1.seconds }
        var kinds: [Int] = [0, 0, 0]
        for change in plan.changes { kinds[change.sortKey.0] += 1 }
        print(String(format: "invest national: %d schools, %d gyms, %d sites, %d reach / %d bus / %d site pairs; built in %.2f s",
                     instance.capacity.schools.count, instance.capacity.gyms.count, instance.sites.count,
                     instance.capacity.pairs.count, instance.busPairs.count, instance.sitePairs.count, built))
        print(String(format: "invest national: plan in %.2f s; %d components, %d by MIP, %d proven optimal (%.1f%%), slowest MIP %.2f s, all MIP components %.2f s",
                     plan.seconds, plan.components.count, mip.count, proven,
                     100 * Double(proven) / Double(max(1, plan.components.count)), slowest, mipSeconds))
        if let largest {
            print("invest national: largest component \(largest.schools) schools, \(largest.gyms) gyms, \(largest.sites) sites, \(String(format: "%.2f", largest.seconds)) s")
        }
        print(String(format: "invest national: unmet %d -> %d; EUR %.2f a year, bound %.2f; %d buses, %d longer hours, %d new gyms",
                     plan.unmetLessonsBefore, plan.unmetLessonsAfter, plan.costEurPerYear, plan.costLowerBoundEurPerYear,
                     kinds[0], kinds[1], kinds[2]))
        #expect(plan.seconds < 30)
        #expect(Double(proven) >= 0.95 * Double(plan.components.count))
        #expect(plan.costEurPerYear <= plan.costLowerBoundEurPerYear * (1 + instance.parameters.maxRelativeGap) + 0.01)
    }
}
