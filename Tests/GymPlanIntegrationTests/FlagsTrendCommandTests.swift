import Foundation
import GymPlan
import TestSupport
import Testing

/// `gymplan trend`: shares per school year, nationally and per region.
@Suite struct TrendCommandTests {
    @Test func trendPerSchoolYearAsJSON() throws {
        let database = try GoalTestData.database()
        let result = try GymPlanCLI.run(["trend", "--format", "json"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.contains("TCH-"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.compactMap { $0["school_year"] as? String } == ["2019-2020", "2020-2021"])
        // 2019-2020: 10 schools with data; lessons goal met by 01, 04, 05, 06, 07, 08, 09.
        #expect(rows[0]["schools"] as? Int == 12)
        #expect(rows[0]["schools_with_data"] as? Int == 10)
        #expect(rows[0]["schools_meeting_lessons_goal"] as? Int == 7)
        #expect(rows[0]["share_meeting_lessons_goal"] as? Double == 0.7)
        #expect(rows[0]["schools_meeting_qualified_goal"] as? Int == 5)
        #expect(rows[1]["schools_with_data"] as? Int == 1)
        #expect(rows[1]["share_lessons_by_qualified_teacher"] as? Double == 1)
        try database.drop()
    }

    @Test func trendByMunicipalityAndProvinceInTableAndCSV() throws {
        let database = try GoalTestData.database()
        let table = try GymPlanCLI.run(["trend", "--by", "municipality", "--from", "2020-2021"], database: database)
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("2020-2021    GM0001 Aadorp"))
        #expect(!table.standardOutput.contains("2019-2020"))
        let csv = try GymPlanCLI.run(["trend", "--by", "province", "--to", "2019-2020", "--format", "csv"], database: database)
        let lines = csv.standardOutput.split(separator: "\r\n")
        #expect(lines.count == 3)
        #expect(lines.dropFirst().map { String($0.split(separator: ",")[1]) } == ["Limburg", "Overijssel"])
        #expect(try GymPlanCLI.run(["trend", "--from", "2020-2021", "--to", "2019-2020"], database: database).status == 64)
        try database.drop()
    }
}
