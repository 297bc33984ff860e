import GymPlan
import PostgresClient
import Testing

/// Uptake per school year and region: status counts, amounts, completion, budget.
@Suite struct GrantUptakeTests {
    @Test func uptakePerSchoolYearForTheCountry() throws {
        let (database, connection) = try GrantTestData.load()
        let rows = try GrantUptake.read(connection, by: .total)
        #expect(rows.map(\.schoolYear.description) == ["2017-2018", "2018-2019", "2019-2020"])
        #expect(rows.map(\.region) == [nil, nil, nil])
        #expect(rows.map(\.applications) == [1, 4, 3])
        #expect(rows.map(\.awards) == [1, 2, 1])
        #expect(rows.map(\.counts.rejected) == [0, 1, 1])
        #expect(rows.map(\.counts.withdrawn) == [0, 1, 0])
        #expect(rows.map(\.counts.completed) == [1, 0, 1])
        #expect(rows.map(\.amountGrantedEUR) == [4200, 6700, 3000])
        #expect(rows.map(\.completionRate) == [1, 0, 1])
        // 2018-02-01 to 2019-06-30 is 514 days; 2019-09-01 to 2020-01-15 is 136.
        #expect(rows.map(\.medianDaysAwardToCompletion) == [514, nil, 136])
        try database.drop()
    }

    @Test func anExplicitRangeListsYearsWithoutGrants() throws {
        let (database, connection) = try GrantTestData.load()
        let rows = try GrantUptake.read(connection, from: SchoolYear(firstYear: 2019), to: SchoolYear(firstYear: 2021), by: .total)
        #expect(rows.map(\.schoolYear.description) == ["2019-2020", "2020-2021", "2021-2022"])
        #expect(rows.map(\.applications) == [3, 0, 0])
        try database.drop()
    }

    @Test func uptakeByBoardAndProvince() throws {
        let (database, connection) = try GrantTestData.load()
        let year = SchoolYear(firstYear: 2019)
        let boards = try GrantUptake.read(connection, from: year, to: year, by: .board)
        #expect(boards.map(\.region) == ["B1", nil])
        #expect(boards.map(\.counts) == [GrantStatusCounts(applied: 1), GrantStatusCounts(rejected: 1, completed: 1)])
        let provinces = try GrantUptake.read(connection, from: SchoolYear(firstYear: 2018), to: year, by: .province)
        #expect(provinces.map { "\($0.schoolYear) \($0.region ?? "-") \($0.applications)" } == [
            "2018-2019 Noord 4", "2019-2020 Noord 1", "2019-2020 Zuid 1", "2019-2020 - 1",
        ])
        try database.drop()
    }

    @Test func theReportHoldsAmountsAgainstTheYearsBudget() throws {
        let (database, connection) = try GrantTestData.load()
        let rows = try GrantUptake.read(connection, by: .total)
        let report = GrantUptakeReport(grouping: .total, rows: rows, budget: .standard)
        let csv = report.csvText()
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "school_year,applications,awards,rejections,withdrawals,completions,open,amount_requested_eur,"
            + "amount_granted_eur,budget_eur,budget_used,completion_rate,median_days_award_to_completion")
        // 2017-2018 ends in 2018, a year without a regime; 2018-2019 is held against 2019's EUR 3 M.
        #expect(lines[1] == "2017-2018,1,1,0,0,1,0,4200.00,4200.00,,,1.000,514.0")
        #expect(lines[2] == "2018-2019,4,2,1,1,0,0,6700.00,6700.00,3000000.00,0.002,0.000,")
        try database.drop()
    }
}
