import Foundation
import GymPlan
import Testing
import TestSupport

/// Obstacle reasons and the language of reasons, through the real command line.
@Suite("obstacle reasons and --lang")
struct ObstacleReasonCommandTests {
    static func reasons(_ arguments: [String], database: TestDatabase) throws -> [String: [String]] {
        let result = try GymPlanCLI.run(arguments, database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let schools = try #require(document["schools"] as? [[String: Any]])
        var reasons: [String: [String]] = [:]
        for school in schools { reasons[school["school_id"] as? String ?? ""] = school["reasons"] as? [String] ?? [] }
        return reasons
    }

    @Test func flagsAndExportNameObstaclesInEnglishAndDutch() throws {
        let database = try ExportCommandTests.database()
        let flags = try Self.reasons(["flags", "--school-year", "2019-2020", "--format", "json"], database: database)
        #expect(flags["03DS01"]?.last == "no gym data")
        #expect(flags["02CR00"]?.last == "no gym within 1000 m: nearest 1,200 m")
        let dutch = try Self.reasons(["flags", "--school-year", "2019-2020", "--format", "json", "--lang", "nl"], database: database)
        #expect(dutch["03DS01"] == ["geen klassen met groep 3 tot en met 8 in 2019-2020", "geen gymzaalgegevens"])
        #expect(dutch["02CR00"]?.last == "geen gymzaal binnen 1000 m: dichtstbijzijnde 1.200 m")
        let qualified = try Self.reasons(["flags", "--school-year", "2019-2020", "--format", "json", "--goal", "qualified"], database: database)
        #expect(qualified["02CR00"] == ["class 6: Thursday 13:15 lesson has no teacher"])
        let export = try Self.reasons(["export", "--school-year", "2019-2020"], database: database)
        #expect(export["03DS01"]?.last == "no gym data")
        #expect(export["02CR00"]?.last == "no gym within 1000 m: nearest 1,200 m")
        let exportNL = try Self.reasons(["export", "--school-year", "2019-2020", "--lang", "nl"], database: database)
        #expect(exportNL["03DS01"]?.last == "geen gymzaalgegevens")
        let english = try GymPlanCLI.run(["flags", "--school-year", "2019-2020", "--lang", "en"], database: database)
        let plain = try GymPlanCLI.run(["flags", "--school-year", "2019-2020"], database: database)
        #expect(english.standardOutput == plain.standardOutput)
        let bad = try GymPlanCLI.run(["flags", "--school-year", "2019-2020", "--lang", "de"], database: database)
        #expect(bad.status == 64)
        try database.drop()
    }
}

@Suite("capacity shortage reasons and no gym data in tables")
struct CapacityReasonCommandTests {
    @Test func flagsNamesTheCompetingGroupsShortage() throws {
        let fixture = try CapacityFixture()
        let reasons = try ObstacleReasonCommandTests.reasons(
            ["flags", "--school-year", "2019-2020", "--format", "json"], database: fixture.database)
        #expect(reasons["10AA00"]?.last == "in a group of schools whose gyms are 3 lessons short")
        #expect(reasons["10BB00"]?.last == "in a group of schools whose gyms are 3 lessons short")
        let dutch = try ObstacleReasonCommandTests.reasons(
            ["flags", "--school-year", "2019-2020", "--format", "json", "--lang", "nl"], database: fixture.database)
        #expect(dutch["10AA00"]?.last == "in een groep scholen waarvan de gymzalen 3 lessen tekortkomen")
        try fixture.database.drop()
    }

    @Test func capacityTableSaysNoGymDataInsteadOfADistanceObstacle() throws {
        let database = try ExportCommandTests.database()
        let table = try GymPlanCLI.run(["capacity", "--school-year", "2019-2020"], database: database)
        #expect(table.status == 0, "\(table.standardError)")
        let groningen = try #require(table.standardOutput.split(separator: "\n").first { $0.hasPrefix("GM0014") })
        #expect(groningen.contains("no gym data") && !groningen.contains("distance"))
        let rotterdam = try #require(table.standardOutput.split(separator: "\n").first { $0.hasPrefix("GM0599") })
        #expect(rotterdam.contains("distance"))
        // The machine-readable output keeps its fields.
        let csv = try GymPlanCLI.run(["capacity", "--school-year", "2019-2020", "--format", "csv"], database: database)
        #expect(csv.standardOutput.contains("GM0014,0,0,0,1,distance,0.00"))
        try database.drop()
    }
}
