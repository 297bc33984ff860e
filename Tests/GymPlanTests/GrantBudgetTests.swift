import GymPlan
import Testing

/// The budget regimes of the lerarenbeurs bewegingsonderwijs (Stcrt 2018-67819) and their sums.
@Suite struct GrantBudgetTests {
    @Test func theStandardRegimes() throws {
        let budget = GrantBudget.standard
        #expect(budget.regime(calendarYear: 2014) == nil)
        #expect(budget.regime(calendarYear: 2016)?.budgetEUR == 3_150_000)
        #expect(budget.regime(calendarYear: 2018) == nil)
        #expect(budget.regime(calendarYear: 2020)?.budgetEUR == 3_000_000)
        // A school year is held against the calendar year it ends in.
        #expect(budget.regime(for: SchoolYear(firstYear: 2018))?.years == 2019...2020)
        #expect(budget.regime(for: SchoolYear(firstYear: 2017)) == nil)
    }

    @Test func perTeacherArithmetic() throws {
        let regime = try #require(GrantBudget.standard.regime(calendarYear: 2019))
        // At most EUR 3,500 plus 20% for costs: 4,200 a teacher.
        #expect(regime.maximumPerTeacherWithCostsEUR == 4_200)
        // 750 teachers x 3,500 x 1.2 = 3,150,000, more than the EUR 3 M a year.
        #expect(regime.costOfMinimumTeachersEUR == 3_150_000)
        // EUR 3 M funds 714 teachers at the maximum.
        #expect(regime.teachersFundableAtMaximum == 714)
        let early = try #require(GrantBudget.standard.regime(calendarYear: 2015))
        #expect(early.maximumPerTeacherWithCostsEUR == nil)
        #expect(early.costOfMinimumTeachersEUR == nil)
        #expect(early.teachersFundableAtMaximum == nil)
    }

    @Test func overridesOfYearsAndTeacherRules() throws {
        let budget = GrantBudget.standard
            .setting(years: 2020...2021, budgetEUR: 2_000_000)
            .settingTeacherRules(minimumTeachers: 500, maximumPerTeacherEUR: 3_000, costShare: 0.1)
        #expect(budget.regime(calendarYear: 2019)?.budgetEUR == 3_000_000)
        let regime = try #require(budget.regime(calendarYear: 2021))
        #expect(regime.budgetEUR == 2_000_000)
        #expect(regime.minimumTeachers == 500)
        // 500 x 3,000 x 1.1 = 1,650,000 (to the cent, without binary rounding).
        #expect(regime.costOfMinimumTeachersEUR == 1_650_000)
        // A year of no regime gets a plain budget.
        let plain = try #require(GrantBudget.standard.setting(years: 2018...2018, budgetEUR: 1).regime(calendarYear: 2018))
        #expect(plain.maximumPerTeacherEUR == nil)
        #expect(plain.budgetEUR == 1)
    }

    @Test(arguments: [
        ("2019=3000000", 2019...2019, 3_000_000.0),
        ("2015-2017=3150000.50", 2015...2017, 3_150_000.5),
    ])
    func yearlyBudgetOptions(text: String, years: ClosedRange<Int>, amount: Double) {
        let parsed = GrantBudget.parseYearlyBudget(text)
        #expect(parsed?.years == years)
        #expect(parsed?.budgetEUR == amount)
    }

    @Test(arguments: ["2019", "2019=", "=5", "2019:5", "2020-2019=5", "2019=-1", "19=5", "2019-2020-2021=5", "x=5"])
    func badYearlyBudgetOptions(text: String) {
        #expect(GrantBudget.parseYearlyBudget(text) == nil)
    }
}
