import GymPlan
import Testing

/// Median, shares, completion rate and teachers needed.
@Suite struct GrantArithmeticTests {
    @Test func median() {
        #expect(GrantArithmetic.median([]) == nil)
        #expect(GrantArithmetic.median([7]) == 7)
        #expect(GrantArithmetic.median([30, 10, 20]) == 20)
        #expect(GrantArithmetic.median([40, 10, 30, 20]) == 25)
        #expect(GrantArithmetic.median([1, 2]) == 1.5)
    }

    @Test func completionRateIsCompletedOverAwards() {
        #expect(GrantArithmetic.completionRate(completed: 3, awardedStillOpen: 1) == 0.75)
        #expect(GrantArithmetic.completionRate(completed: 0, awardedStillOpen: 4) == 0)
        #expect(GrantArithmetic.completionRate(completed: 0, awardedStillOpen: 0) == nil)
    }

    @Test func uptakeDerivedFigures() {
        let uptake = GrantUptake(
            schoolYear: SchoolYear(firstYear: 2019), region: nil,
            counts: GrantStatusCounts(applied: 2, awarded: 1, rejected: 3, withdrawn: 1, completed: 3),
            daysAwardToCompletion: [100, 300, 200])
        #expect(uptake.applications == 10)
        #expect(uptake.awards == 4)
        #expect(uptake.completionRate == 0.75)
        #expect(uptake.medianDaysAwardToCompletion == 200)
    }

    @Test func teachersNeededRoundsUp() {
        #expect(GrantArithmetic.teachersNeeded(lessons: 0, weeklyLoad: 12) == 0)
        #expect(GrantArithmetic.teachersNeeded(lessons: 1, weeklyLoad: 12) == 1)
        #expect(GrantArithmetic.teachersNeeded(lessons: 12, weeklyLoad: 12) == 1)
        #expect(GrantArithmetic.teachersNeeded(lessons: 13, weeklyLoad: 12) == 2)
        #expect(GrantArithmetic.teachersNeeded(lessons: 5, weeklyLoad: 0) == 0)
    }

    @Test func shares() {
        #expect(GrantArithmetic.share(1, of: 4) == 0.25)
        #expect(GrantArithmetic.share(0, of: 0) == nil)
    }
}
