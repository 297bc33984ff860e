import Foundation
import TestSupport
import Testing

/// "A school year without data is not an error: the output says what is missing" (README): roster,
/// trend and grants say on standard error which years have no data, as flags and capacity do.
/// The sample has classes and lessons of 2020-2021 and 2021-2022.
@Suite struct MissingYearLineTests {
    @Test func rosterOfAYearWithoutClassesSaysSoAsFlagsDoes() throws {
        let database = try TestDatabase.sample("missing-roster")
        defer { try? database.drop() }
        let line = "no classes on record for 2019-2020: the years on record are 2020-2021, 2021-2022"
        let flags = try GymPlanCLI.run(["flags", "--school-year", "2019-2020"], database: database)
        #expect(flags.standardError.contains(line), "\(flags.standardError)")
        for arguments in [["roster", "--school-year", "2019-2020"], ["roster", "--check", "--school-year", "2019-2020"],
                          ["roster", "--school-year", "2019-2020", "--format", "json"]] {
            let result = try GymPlanCLI.run(arguments, database: database)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains(line + "\n"), "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains("no lessons on record for 2019-2020"), "\(arguments): \(result.standardError)")
        }
        let known = try GymPlanCLI.run(["roster", "--school-year", "2021-2022"], database: database)
        #expect(known.status == 0 && !known.standardError.contains("on record for"), "\(known.standardError)")
    }

    @Test func trendNamesTheYearsOfItsSpanWithoutClasses() throws {
        let database = try TestDatabase.sample("missing-trend")
        defer { try? database.drop() }
        let from = try GymPlanCLI.run(["trend", "--from", "2019-2020"], database: database)
        #expect(from.status == 0, "\(from.standardError)")
        #expect(from.standardError.contains("no classes on record for 2019-2020: the years on record are 2020-2021, 2021-2022\n"),
                "\(from.standardError)")
        #expect(!from.standardOutput.contains("2019-2020") && from.standardOutput.contains("2020-2021"))
        // Years at both ends and between: each named once, runs as a span.
        let span = try GymPlanCLI.run(["trend", "--from", "2016-2017", "--to", "2023-2024"], database: database)
        #expect(span.status == 0, "\(span.standardError)")
        #expect(span.standardError.contains(
            "no classes on record for 2016-2017 to 2019-2020, 2022-2023 to 2023-2024: the years on record are 2020-2021, 2021-2022\n"),
            "\(span.standardError)")
        #expect(span.standardError.components(separatedBy: "no classes on record").count == 2, "\(span.standardError)")
        let all = try GymPlanCLI.run(["trend"], database: database)
        #expect(all.status == 0 && !all.standardError.contains("on record"), "\(all.standardError)")
    }

    @Test func anEmptyDatabaseSaysThatNothingIsOnRecord() throws {
        let database = try TestCluster.shared().makeDatabase(label: "missing-empty")
        defer { try? database.drop() }
        let trend = try GymPlanCLI.run(["trend"], database: database)
        #expect(trend.status == 0, "\(trend.standardError)")
        #expect(trend.standardError.contains("no classes on record for any school year\n"), "\(trend.standardError)")
        for arguments in [["grants"], ["grants", "--by", "municipality"]] {
            let grants = try GymPlanCLI.run(arguments, database: database)
            #expect(grants.status == 0, "\(arguments): \(grants.standardError)")
            #expect(grants.standardError.contains("no grants on record for any school year\n"), "\(arguments): \(grants.standardError)")
        }
        let projection = try GymPlanCLI.run(["grants", "--projection", "--school-year", "2021-2022"], database: database)
        #expect(projection.status == 0, "\(projection.standardError)")
        #expect(projection.standardError.contains("no classes on record for 2021-2022: none are on record for any year\n"),
                "\(projection.standardError)")
        #expect(projection.standardError.contains("no teachers on record"), "\(projection.standardError)")
        let span = try GymPlanCLI.run(["grants", "--from", "2019-2020", "--to", "2020-2021"], database: database)
        #expect(span.standardError.contains("no grants on record for 2019-2020 to 2020-2021: none are on record for any year\n"),
                "\(span.standardError)")
    }

    @Test func grantsNameTheYearsOfTheirSpanWithoutGrants() throws {
        let database = try TestDatabase.sample("missing-grants")
        defer { try? database.drop() }
        let connection = try database.connect()
        let years = try connection.query("""
            SELECT string_agg(y::text || '-' || (y + 1)::text, ', ' ORDER BY y) FROM
            (SELECT DISTINCT grant_school_year_start(applied_on) AS y FROM grant_application) t
            """).scalar(String.self)
        let first = try connection.query("SELECT min(grant_school_year_start(applied_on)) FROM grant_application").scalar(Int.self)
        let before = "\(first - 1)-\(first)"
        let result = try GymPlanCLI.run(["grants", "--from", before], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("no grants on record for \(before), 2017-2018: the years on record are \(years)\n"),
                "\(result.standardError)")
        // The sample has no grant applied for in 2017-2018, between years that have them.
        #expect(!years.contains("2017-2018"))
        for arguments in [["grants"], ["grants", "--by", "province"]] {
            let all = try GymPlanCLI.run(arguments, database: database)
            #expect(all.status == 0, "\(all.standardError)")
            #expect(all.standardError.contains("no grants on record for 2017-2018: the years on record are \(years)\n"), "\(all.standardError)")
        }
        let recorded = try GymPlanCLI.run(["grants", "--from", "2018-2019"], database: database)
        #expect(recorded.status == 0 && !recorded.standardError.contains("on record"), "\(recorded.standardError)")
    }
}
