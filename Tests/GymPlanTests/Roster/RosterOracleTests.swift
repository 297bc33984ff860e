import Testing
@testable import GymPlan

/// The roster against independent oracles on random instances: an explicit per-class, per-slot
/// min-cost max-flow and brute-force enumeration; every roster checked against R1-R5.
@Suite struct RosterOracleTests {
    @Test(arguments: 0..<60)
    func withoutSpecialistsTheRosterEqualsTheExplicitMaxFlowOptimum(seed: Int) throws {
        var random = RosterRandomInstances(seed: UInt64(seed) &* 7919 &+ 11)
        let problem = random.medium()
        let roster = try RosterSolver.solve(problem)
        #expect(RosterOracles.violations(roster, problem: problem) == [])
        let oracle = RosterOracles.explicitFlow(problem)
        #expect(roster.summary.lessonsScheduled == oracle.lessons)
        #expect(roster.summary.walkingMetres == oracle.metres)
        #expect(roster.summary.lessonsUpperBound == roster.summary.lessonsScheduled)
    }

    @Test(arguments: 0..<150)
    func withoutSpecialistsTheRosterEqualsTheEnumeratedOptimum(seed: Int) throws {
        var random = RosterRandomInstances(seed: UInt64(seed) &* 104_729 &+ 3)
        let problem = random.tiny(specialists: false)
        let roster = try RosterSolver.solve(problem)
        #expect(RosterOracles.violations(roster, problem: problem) == [])
        let best = RosterOracles.enumerate(problem)
        #expect(roster.summary.lessonsScheduled == best.lessons && roster.summary.walkingMetres == best.metres)
    }

    /// The specialists' repair keeps R1-R5, stays within its upper bound (which is at least the
    /// enumerated optimum), and over all cases schedules at least 98% of the enumerated optimum.
    @Test(arguments: [false, true])
    func withSpecialistsTheRosterIsValidBoundedAndNearTheEnumeratedOptimum(crowded: Bool) throws {
        var scheduled = 0
        var optimum = 0
        var worse = 0
        var binding = 0
        for seed in 0..<300 {
            var random = RosterRandomInstances(seed: UInt64(seed) &* 15_485_863 &+ 5)
            let problem = random.tiny(specialists: true, crowded: crowded)
            let roster = try RosterSolver.solve(problem)
            #expect(RosterOracles.violations(roster, problem: problem) == [], "seed \(seed)")
            let best = RosterOracles.enumerate(problem)
            #expect(roster.summary.lessonsScheduled <= best.lessons, "seed \(seed)")
            #expect(roster.summary.lessonsUpperBound >= best.lessons, "seed \(seed)")
            scheduled += roster.summary.lessonsScheduled
            optimum += best.lessons
            if roster.summary.lessonsScheduled < best.lessons { worse += 1 }
            if best.lessons < roster.summary.lessonsUpperBound { binding += 1 }
        }
        print("specialists (crowded: \(crowded)): \(scheduled) of the enumerated optimum's \(optimum) lessons; \(worse) of 300 cases short; R5 binding in \(binding)")
        #expect(Double(scheduled) >= 0.98 * Double(optimum))
    }

    @Test(arguments: 0..<40)
    func withSpecialistsMediumRostersKeepR1ToR5(seed: Int) throws {
        var random = RosterRandomInstances(seed: UInt64(seed) &* 31 &+ 17)
        let problem = random.medium(specialists: true)
        let roster = try RosterSolver.solve(problem)
        #expect(RosterOracles.violations(roster, problem: problem) == [])
        // The bound with the specialists' days capped lies between the roster and the optimum without R5.
        #expect(roster.summary.lessonsUpperBound <= RosterOracles.explicitFlow(problem).lessons)
        #expect(roster.summary.lessonsUpperBound >= roster.summary.lessonsScheduled)
        #expect(Double(roster.summary.lessonsScheduled) >= 0.9 * Double(roster.summary.lessonsUpperBound))
    }
}
