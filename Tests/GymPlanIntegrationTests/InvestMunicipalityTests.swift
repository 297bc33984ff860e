import Foundation
import TestSupport
import Testing

/// `gymplan invest --municipality` (data contract, section 7) when a municipality's plan lies in
/// another municipality's gyms: the output is limited to that municipality's schools' unmet lessons
/// and the changes that belong to it (a bus to its school's municipality, longer hours to the gym's),
/// while `proven_optimal` and the lower bound stay the whole plan's.
///
/// School 10AA00 (GM0001) has three in-scope classes, six lessons, and one gym within reach: GB of
/// GM0002 (500 m measured), one hall of 3 hours (4 slots): 2 lessons unmet. GB3 (GM0002, 3,000 m
/// measured) has 4 slots free for a bus. GM0002's own school 20BB00 (6a) has its own gym GB2, far from
/// the rest. A slot costs EUR 946.80 a year; the new gym at 10AA00 (the default site) EUR 71,893.60.
/// So the cheapest plan is 2 longer-hours slots at GB (EUR 1,893.60), which belong to GM0002; with
/// halls that cannot open longer (`--max-hours-per-week 3`) a bus to GB3 (2 x EUR 2,400), which
/// belongs to GM0001.
@Suite struct InvestMunicipalityTests {
    static let files: [String: String] = [
        "municipalities.csv": "code,name\nGM0001,Een\nGM0002,Twee\n",
        "schools.csv": """
            school_id,name,municipality_code,latitude,longitude
            10AA00,De Linde,GM0001,52.0,5.0
            20BB00,Het Anker,GM0002,52.0,5.2
            """,
        "gyms.csv": """
            gym_id,name,municipality_code,latitude,longitude,halls,hours_per_week
            GB,Zaal Grens,GM0002,52.0,5.005,1,3
            GB2,Zaal Anker,GM0002,52.0,5.2,1,27
            GB3,Zaal Verder,GM0002,52.0,5.03,1,3
            """,
        "distances.csv": "school_id,gym_id,distance_m\n10AA00,GB,500\n10AA00,GB3,3000\n",
        "classes.csv": """
            school_year,school_id,class_id,grades
            2021-2022,10AA00,3a,3
            2021-2022,10AA00,4a,4
            2021-2022,10AA00,5a,5
            2021-2022,20BB00,6a,6
            """,
    ]

    static func database() throws -> (TestDatabase, ImportTempFolder) {
        try InvestCommandTests.database(files: files)
    }

    static func codes(_ document: [String: Any]) -> [String] {
        (document["municipalities"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    /// municipalities.csv and changes.csv of `invest --format csv` with `arguments`.
    static func csv(_ database: TestDatabase, _ folder: ImportTempFolder, _ arguments: [String]) throws -> (String, String) {
        let output = folder.path + "/csv-" + arguments.joined(separator: "-")
        let result = try GymPlanCLI.run(
            ["invest", "--school-year", "2021-2022", "--format", "csv", "--output", output] + arguments, database: database)
        try #require(result.status == 0, "\(result.standardError)")
        return (try String(contentsOfFile: output + "/municipalities.csv", encoding: .utf8),
                try String(contentsOfFile: output + "/changes.csv", encoding: .utf8))
    }

    static let municipalitiesHeader = "code,unmet_lessons_before,unmet_lessons_after,changes,cost_eur_per_year,unqualified_lessons,"
        + "lessons_without_teacher,teachers_without_qualification,qualification_cost_eur\r\n"
    static let changesHeader = "municipality_code,kind,school_id,gym_id,site_id,name,latitude,longitude,halls,hours_per_week,lessons,"
        + "extra_lessons,distance_m,cost_eur,cost_eur_per_year\r\n"

    @Test func longerHoursInANeighboursGymBelongToTheNeighbour() throws {
        let (database, folder) = try Self.database()
        defer { try? database.drop() }
        // The whole plan: GB open 2 slots longer, 4.5 hours a hall.
        let whole = try InvestCommandTests.invest(database)
        let changes = InvestCommandTests.changes(whole)
        try #require(changes.count == 1, "\(changes)")
        #expect(changes[0]["kind"] as? String == "longer_hours" && changes[0]["gym_id"] as? String == "GB")
        #expect(changes[0]["hours_per_week"] as? Double == 4.5 && changes[0]["extra_lessons"] as? Int == 2)
        #expect(InvestCommandTests.summary(whole)["cost_eur_per_year"] as? Double == 1893.6)
        #expect(try InvestCommandTests.replayedUnmet(database, whole) == 0)

        // GM0001: its school's 2 unmet lessons, placed after the changes, but no change of its own.
        let one = try InvestCommandTests.invest(database, ["--municipality", "GM0001"])
        #expect(Self.codes(one) == ["GM0001"])
        let entry = InvestCommandTests.municipality(one, "GM0001")
        #expect(entry["unmet_lessons_before"] as? Int == 2 && entry["unmet_lessons_after"] as? Int == 0)
        #expect((entry["changes"] as? [Any])?.isEmpty == true && entry["cost_eur_per_year"] as? Double == 0)
        let summary = InvestCommandTests.summary(one)
        #expect(summary["unmet_lessons_before"] as? Int == 2 && summary["unmet_lessons_after"] as? Int == 0)
        #expect(summary["extra_lessons"] as? Int == 0 && summary["new_gyms"] as? Int == 0 && summary["bus_lessons"] as? Int == 0)
        #expect(summary["cost_eur_per_year"] as? Double == 0 && summary["one_off_eur"] as? Double == 0)
        // Proven optimal and the lower bound: the whole plan's.
        #expect(summary["proven_optimal"] as? Bool == true && summary["cost_lower_bound_eur_per_year"] as? Double == 1893.6)

        // GM0002: no unmet lesson of its own, but the change in its gym and its cost.
        for name in ["GM0002", "Twee"] {
            let two = try InvestCommandTests.invest(database, ["--municipality", name])
            #expect(Self.codes(two) == ["GM0002"], "\(name)")
            let own = InvestCommandTests.municipality(two, "GM0002")
            #expect(own["unmet_lessons_before"] as? Int == 0 && own["unmet_lessons_after"] as? Int == 0)
            #expect((own["changes"] as? [[String: Any]])?.map { $0["gym_id"] as? String } == ["GB"])
            #expect(own["cost_eur_per_year"] as? Double == 1893.6)
            let limited = InvestCommandTests.summary(two)
            #expect(limited["unmet_lessons_before"] as? Int == 0 && limited["extra_lessons"] as? Int == 2)
            #expect(limited["cost_eur_per_year"] as? Double == 1893.6 && limited["cost_lower_bound_eur_per_year"] as? Double == 1893.6)
        }

        let (oneMunicipalities, oneChanges) = try Self.csv(database, folder, ["--municipality", "GM0001"])
        #expect(oneMunicipalities == Self.municipalitiesHeader + "GM0001,2,0,0,0.00,0,0,0,0.00\r\n")
        #expect(oneChanges == Self.changesHeader)
        let (twoMunicipalities, twoChanges) = try Self.csv(database, folder, ["--municipality", "GM0002"])
        #expect(twoMunicipalities == Self.municipalitiesHeader + "GM0002,0,0,1,1893.60,0,0,0,0.00\r\n")
        #expect(twoChanges == Self.changesHeader + "GM0002,longer_hours,,GB,,,,,,4.50,,2,,,1893.60\r\n")
    }

    @Test func aBusToANeighboursGymBelongsToTheSchool() throws {
        let (database, folder) = try Self.database()
        defer { try? database.drop() }
        let arguments = ["--max-hours-per-week", "3"]
        let whole = try InvestCommandTests.invest(database, arguments)
        let changes = InvestCommandTests.changes(whole)
        try #require(changes.count == 1, "\(changes)")
        #expect(changes[0]["kind"] as? String == "bus" && changes[0]["gym_id"] as? String == "GB3" && changes[0]["lessons"] as? Int == 2)
        // Replayed with capacity --what-if (which keeps GB's 3 hours), the bus places both lessons.
        #expect(try InvestCommandTests.replayedUnmet(database, whole) == 0)

        let one = try InvestCommandTests.invest(database, arguments + ["--municipality", "GM0001"])
        #expect(Self.codes(one) == ["GM0001"])
        let bus = try #require((InvestCommandTests.municipality(one, "GM0001")["changes"] as? [[String: Any]])?.first)
        #expect(bus["school_id"] as? String == "10AA00" && bus["gym_id"] as? String == "GB3" && bus["distance_m"] as? Int == 3000)
        let summary = InvestCommandTests.summary(one)
        #expect(summary["bus_lessons"] as? Int == 2 && summary["cost_eur_per_year"] as? Double == 4800)
        #expect(summary["unmet_lessons_before"] as? Int == 2 && summary["unmet_lessons_after"] as? Int == 0)

        // GM0002 owns the gym the bus goes to, not the bus.
        let two = try InvestCommandTests.invest(database, arguments + ["--municipality", "GM0002"])
        #expect(Self.codes(two) == ["GM0002"])
        #expect((InvestCommandTests.municipality(two, "GM0002")["changes"] as? [Any])?.isEmpty == true)
        let limited = InvestCommandTests.summary(two)
        #expect(limited["bus_lessons"] as? Int == 0 && limited["cost_eur_per_year"] as? Double == 0)
        #expect(limited["proven_optimal"] as? Bool == true && limited["cost_lower_bound_eur_per_year"] as? Double == 4800)

        let (oneMunicipalities, oneChanges) = try Self.csv(database, folder, arguments + ["--municipality", "GM0001"])
        #expect(oneMunicipalities == Self.municipalitiesHeader + "GM0001,2,0,1,4800.00,0,0,0,0.00\r\n")
        #expect(oneChanges == Self.changesHeader + "GM0001,bus,10AA00,GB3,,,,,,,2,,3000,,4800.00\r\n")
        let (twoMunicipalities, twoChanges) = try Self.csv(database, folder, arguments + ["--municipality", "GM0002"])
        #expect(twoMunicipalities == Self.municipalitiesHeader + "GM0002,0,0,0,0.00,0,0,0,0.00\r\n")
        #expect(twoChanges == Self.changesHeader)

        // The table for the terminal names the bus under GM0001 only.
        let table = try GymPlanCLI.run(
            ["invest", "--school-year", "2021-2022", "--municipality", "GM0002"] + arguments, database: database,
            environment: ["COLUMNS": "100"])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(!table.standardOutput.contains("GB3") && !table.standardOutput.contains("GM0001"), "\(table.standardOutput)")
        // Its cost is GM0002's share, 0, beside the whole plan's bound of the bus, EUR 4,800: said so, not as a contradiction.
        #expect(table.standardOutput.contains("EUR 0 a year (GM0002's changes); the whole plan's lower bound EUR 4,800;"),
                "\(table.standardOutput)")
    }
}
