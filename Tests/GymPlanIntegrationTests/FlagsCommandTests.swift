import Foundation
import GymPlan
import TestSupport
import Testing

/// `gymplan flags` and `gymplan trend` as a user runs them, in every format.
@Suite struct FlagsCommandTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func flagsAsJSONListsSchoolsThatMissAGoalAndTheSummary() throws {
        let database = try GoalTestData.database()
        let result = try GymPlanCLI.run(["flags", "--school-year", "2019-2020", "--format", "json"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.contains("TCH-"))
        let document = try json(result.standardOutput)
        let schools = try #require(document["schools"] as? [[String: Any]])
        let ids = schools.compactMap { $0["school_id"] as? String }
        #expect(ids == ["01AA02", "01AA03", "01AA05", "01AA07", "01AA08", "01AA09", "01AA10", "01AA11", "01AA12"])
        let withoutClasses = try #require(schools.first { $0["school_id"] as? String == "01AA10" })
        #expect(withoutClasses["meets_lessons_goal"] is NSNull)
        // No gyms are on record in these municipalities: the obstacle is named as missing data.
        #expect(withoutClasses["reasons"] as? [String] == ["no classes with groups 3 to 8 in 2019-2020", "no gym data"])
        let municipalities = try #require(document["municipalities"] as? [[String: Any]])
        #expect(municipalities.compactMap { $0["code"] as? String } == ["GM0001", "GM0002"])
        #expect(municipalities.first?["schools"] as? Int == 9)
        #expect(municipalities.first?["schools_meeting_lessons_goal"] as? Int == 7)
        #expect(municipalities.last?["schools_without_data"] as? Int == 2)
        let parameters = try #require(document["parameters"] as? [String: Any])
        #expect(parameters["reference_date"] as? String == "2019-10-01")
        try database.drop()
    }

    @Test func flagsFiltersByGoalMunicipalityAndSchool() throws {
        let database = try GoalTestData.database()
        let lessons = try GymPlanCLI.run(
            ["flags", "--school-year", "2019-2020", "--goal", "lessons", "--format", "json"], database: database)
        let schools = try #require(try json(lessons.standardOutput)["schools"] as? [[String: Any]])
        #expect(schools.compactMap { $0["school_id"] as? String } == ["01AA02", "01AA03", "01AA10", "01AA11", "01AA12"])
        let reasons = schools.flatMap { $0["reasons"] as? [String] ?? [] }
        // No reason of the qualified goal (a timetable conflict may name a teacher's double booking).
        #expect(!reasons.contains { $0.contains("by a teacher") || $0.contains("has no teacher") })
        let qualified = try GymPlanCLI.run(
            ["flags", "--school-year", "2019-2020", "--goal", "qualified", "--municipality", "1", "--format", "csv"],
            database: database)
        let lines = qualified.standardOutput.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("school_year,school_id,name") == true)
        #expect(lines.dropFirst().map { String($0.split(separator: ",")[1]) } == ["01AA05", "01AA07", "01AA08", "01AA09"])
        #expect(!lines.contains { $0.contains("5B") })  // its lessons goal reason is not about qualification
        let one = try GymPlanCLI.run(["flags", "--school-year", "2019/2020", "--school", "01aa05", "--format", "csv"], database: database)
        #expect(one.standardOutput.contains("withdrew (grant G-17)"))
        #expect(one.standardOutput.split(separator: "\r\n").count == 2)
        try database.drop()
    }

    @Test func flagsTableAndSummary() throws {
        let database = try GoalTestData.database()
        // --wide: every reason on one line (TableWidthTests: the table fitting the terminal).
        let table = try GymPlanCLI.run(["flags", "--school-year", "2019-2020", "--wide"], database: database)
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("9 of 12 schools miss a goal or have no data"))
        #expect(table.standardOutput.contains("class 3: Tuesday 08:30 lesson has no teacher"))
        #expect(table.standardOutput.contains("Per municipality"))
        #expect(table.standardOutput.contains("no data"))
        #expect(!table.standardOutput.contains("TCH-"))
        let summary = try GymPlanCLI.run(["flags", "--school-year", "2019-2020", "--summary", "--format", "csv"], database: database)
        #expect(summary.standardOutput.hasPrefix("code,name,schools,schools_meeting_lessons_goal"))
        #expect(summary.standardOutput.contains("GM0002,Beek,3,0,0,2,3"))
        let later = try GymPlanCLI.run(
            ["flags", "--school-year", "2019-2020", "--school", "01AA07", "--reference-date", "2019-10-02", "--format", "json"],
            database: database)
        #expect((try json(later.standardOutput)["schools"] as? [Any])?.count == 0)
        try database.drop()
    }

    @Test func flagsRejectsBadArguments() throws {
        let database = try GoalTestData.database()
        #expect(try GymPlanCLI.run(["flags", "--school-year", "2019-2021"], database: database).status == 64)
        #expect(try GymPlanCLI.run(["flags"], database: database).status == 64)
        #expect(try GymPlanCLI.run(["flags", "--school-year", "2019-2020", "--goal", "fun"], database: database).status == 64)
        #expect(try GymPlanCLI.run(["flags", "--school-year", "2019-2020", "--reference-date", "2019-02-30"], database: database).status == 64)
        let unknown = try GymPlanCLI.run(["flags", "--school-year", "2019-2020", "--school", "99ZZ99"], database: database)
        #expect(unknown.status == 65)  // a filter that matches nothing is an error (FilterOptionTests)
        #expect(unknown.standardError == "gymplan: no school 99ZZ99\n")
        try database.drop()
    }
}
