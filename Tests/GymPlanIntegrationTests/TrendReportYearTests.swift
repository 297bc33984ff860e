import GymPlan
import PostgresClient
import TestSupport
import Testing

/// `TrendReport` reads school years with the shared parser: a year it cannot read is an error
/// naming the column, never year 0; and the schema's `school_year` domain holds no such year.
@Suite struct TrendReportYearTests {
    /// One row of `TrendReport.build`'s columns with `year` as its school year.
    private static func row(year: String) -> String {
        """
        SELECT \(year)::text AS school_year, 'NL' AS code, 'Netherlands' AS name, 3 AS schools, 2 AS with_data,
               1 AS meeting_lessons, 1 AS meeting_qualified, 4 AS lessons, 2 AS qualified_lessons
        """
    }

    @Test func aReadableYearIsRead() throws {
        let database = try TestCluster.shared().makeDatabase(label: "trendyear")
        let rows = try database.connect().query(Self.row(year: "'2019-2020'")).decode(TrendReport.Row.self)
        #expect(rows.map(\.year) == [SchoolYear(firstYear: 2019)])
        #expect(rows.first?.shareMeetingLessonsGoal == 0.5)
        try database.drop()
    }

    @Test func anUnreadableYearIsAnErrorNotYearZero() throws {
        let database = try TestCluster.shared().makeDatabase(label: "trendyear")
        let connection = try database.connect()
        for year in ["'2019-2021'", "'19-20'", "'2019-2020 '", "''", "NULL"] {
            let error = #expect(throws: PostgresError.self, "\(year)") {
                try connection.query(Self.row(year: year)).decode(TrendReport.Row.self)
            }
            #expect(error?.kind == .decoding && error?.column == "school_year", "\(year)")
        }
        try database.drop()
    }

    @Test func theSchemaHoldsNoUnreadableYear() throws {
        let database = try TestCluster.shared().makeDatabase(label: "trendyear")
        let connection = try database.connect()
        #expect(try connection.query("SELECT '2019-2020'::school_year::text").scalar(SchoolYear.self) == SchoolYear(firstYear: 2019))
        let error = #expect(throws: PostgresError.self) { try connection.query("SELECT '2019-2021'::school_year") }
        #expect(error?.kind == .integrity)
        try database.drop()
    }

    @Test func theReportsYearsAreTheClassesYears() throws {
        let database = try GoalTestData.database()
        let report = try TrendReport.build(
            try database.connect(), from: nil, to: nil, grouping: .national, parameters: PlanningParameters())
        #expect(report.rows.map(\.year) == [GoalTestData.year, GoalTestData.nextYear])
        try database.drop()
    }
}
