import Testing
@testable import GymPlan

@Suite struct ProblemGroupsTests {
    @Test func fewProblemsAreShownOneByOne() {
        let problems = (2 ... 5).map { ImportProblem(file: "t.csv", line: $0, column: "qualified_on", message: "\"1-2-1990\" is not a date (YYYY-MM-DD)") }
        #expect(ProblemGroups.lines(for: problems) == problems.map(\.description))
    }

    @Test func theGroupStandsWhereItsFirstProblemWas() {
        var problems = [ImportProblem(file: "a.csv", line: 2, column: "x", message: "required value is missing")]
        problems += (3 ... 9).map { ImportProblem(file: "b.csv", line: $0, column: "halls", message: "\(60 + $0) is out of range 1..10") }
        problems.append(ImportProblem(file: "c.csv", line: 2, column: "y", message: "required value is missing"))
        #expect(ProblemGroups.lines(for: problems) == [
            "a.csv:2: x: required value is missing",
            "b.csv:3: halls: 7 values like 63 are out of range 1..10 (lines 3, 4, 5, 6, 7 and 2 more)",
            "c.csv:2: y: required value is missing",
        ])
    }

    @Test func pluralsOfTheContractMessages() {
        #expect(ProblemGroups.plural(" is not a school year of consecutive years (e.g. 2019-2020)") == " are not school years of consecutive years (e.g. 2019-2020)")
        #expect(ProblemGroups.plural(" is not a grant status (applied)") == " are not grant statuses (applied)")
        #expect(ProblemGroups.plural(" is not a time of day (HH:MM)") == " are not times of day (HH:MM)")
    }

    @Test func hints() {
        #expect(ProblemGroups.hint(values: ["TRUE", "FALSE"], rest: " is not a qualification") != nil)
        #expect(ProblemGroups.hint(values: ["#N/A", "#N/A"], rest: " is not a number") != nil)
        #expect(ProblemGroups.hint(values: ["1,23E+05"], rest: " is not a number")?.contains("scientific") == true)
        #expect(ProblemGroups.hint(values: ["12.5"], rest: " is not a whole number") == nil)
        #expect(ProblemGroups.isDayMonthYear("02/07/1987"))
        #expect(!ProblemGroups.isDayMonthYear("1987-07-02"))
        #expect(ProblemGroups.hasThousandsSeparator("1.234.567,5"))
        #expect(!ProblemGroups.hasThousandsSeparator("4,5"))
    }
}
