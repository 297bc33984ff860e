import Foundation
import Testing
import TestSupport

/// `gymplan grants` run as a user runs it.
@Suite struct GrantsCommandTests {
    @Test func jsonUptakeByMunicipalityWithoutTeacherIds() throws {
        let (database, _) = try GrantTestData.load()
        let result = try GymPlanCLI.run(["grants", "--by", "municipality", "--format", "json"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.contains("T-"))
        let document = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let rows = try #require(document?["rows"] as? [[String: Any]])
        let year2019 = rows.filter { $0["school_year"] as? String == "2019-2020" }
        #expect(year2019.map { $0["region"] as? String } == ["GM0001", "GM0002", nil])
        // Unknown figures are written as null, not left out.
        #expect(year2019[0]["median_days_award_to_completion"] is NSNull)
        #expect(year2019[2]["region"] is NSNull)
        #expect((year2019[1]["status"] as? [String: Int])?["completed"] == 1)
        #expect(year2019[1]["budget_eur"] as? Double == 3_000_000)
        try database.drop()
    }

    @Test func jsonProjectionWithoutTeacherIds() throws {
        let (database, _) = try GrantTestData.load()
        let result = try GymPlanCLI.run(
            ["grants", "--projection", "--school-year", "2019-2020", "--weekly-lessons-per-teacher", "2", "--format", "json"],
            database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.contains("T-"))
        let document = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(document?["reference_date"] as? String == "2019-10-01")
        let municipalities = try #require(document?["municipalities"] as? [[String: Any]])
        #expect(municipalities.map { $0["teachers_needed_now"] as? Int } == [2, 1])
        let schools = try #require(document?["schools"] as? [[String: Any]])
        #expect(schools.map { $0["meets_goal_projected"] as? Bool } == [true, false, false, true])
        try database.drop()
    }

    @Test func tableAndCSVAndBudgetOptions() throws {
        let (database, _) = try GrantTestData.load()
        let table = try GymPlanCLI.run(["grants", "--from", "2019-2020", "--to", "2019-2020"], database: database)
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput.contains("2019-2020"))
        #expect(!table.standardOutput.contains("2018-2019"))
        let csv = try GymPlanCLI.run(
            ["grants", "--from", "2018-2019", "--to", "2018-2019", "--format", "csv", "--budget", "2019=6700"], database: database)
        #expect(csv.status == 0, "\(csv.standardError)")
        #expect(csv.standardOutput.split(separator: "\r\n").last == "2018-2019,4,2,1,1,0,0,6700.00,6700.00,6700.00,1.000,0.000,")
        try database.drop()
    }

    @Test func anEmptyDatabaseGivesEmptyReports() throws {
        let database = try TestCluster.shared().makeDatabase(label: "grantsempty")
        let json = try GymPlanCLI.run(["grants", "--format", "json"], database: database)
        #expect(json.status == 0, "\(json.standardError)")
        let document = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect((document?["rows"] as? [Any])?.isEmpty == true)
        let csv = try GymPlanCLI.run(["grants", "--projection", "--school-year", "2019-2020", "--format", "csv"], database: database)
        #expect(csv.status == 0, "\(csv.standardError)")
        #expect(csv.standardOutput.split(separator: "\r\n").count == 1)
        try database.drop()
    }

    @Test func badOptionsAreUsageErrors() throws {
        let database = try TestCluster.shared().makeDatabase(label: "grantscli")
        for arguments in [["grants", "--projection"], ["grants", "--from", "2020-2021", "--to", "2019-2020"],
                          ["grants", "--budget", "2019:3"], ["grants", "--by", "street"],
                          ["grants", "--projection", "--school-year", "2019-2020", "--by", "board"]] {
            let result = try GymPlanCLI.run(arguments, database: database)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.standardOutput.isEmpty)
        }
        try database.drop()
    }
}
