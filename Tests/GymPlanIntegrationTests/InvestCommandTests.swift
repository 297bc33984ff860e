import Foundation
import TestSupport
import Testing

/// `gymplan invest` (data contract, section 7) through the real command line on a hand-made data
/// set whose optimum the tests work out: school 10AA00 (GM0001) has three in-scope classes, six
/// lessons, and one gym within reach, G1, with one hall of 3 hours (4 slots): 2 lessons unmet.
/// G2 (GM0002, 3,000 m measured) has 2 slots to spare for a bus. A slot costs 31.56 x 45 / 60 x 40 =
/// EUR 946.80 a year.
@Suite struct InvestCommandTests {
    static let files: [String: String] = [
        "municipalities.csv": "code,name\nGM0001,Een\nGM0002,Twee\n",
        "schools.csv": """
            school_id,name,municipality_code,latitude,longitude
            10AA00,De Linde,GM0001,52.0,5.0
            20BB00,Het Anker,GM0002,52.0,5.05
            """,
        "gyms.csv": """
            gym_id,name,municipality_code,latitude,longitude,halls,hours_per_week
            G1,Zaal Een,GM0001,52.0,5.0,1,3
            G2,Zaal Twee,GM0002,52.0,5.05,1,3
            """,
        "distances.csv": "school_id,gym_id,distance_m\n10AA00,G2,3000\n",
        "classes.csv": """
            school_year,school_id,class_id,grades
            2021-2022,10AA00,1a,1
            2021-2022,10AA00,3a,3
            2021-2022,10AA00,4a,4
            2021-2022,10AA00,5a,5
            2021-2022,20BB00,6a,6
            """,
        // T1 qualified; T2 none; T3 enrolled but withdrawn; T4 a specialist only from 2022.
        "teachers.csv": """
            teacher_id,qualification,qualified_on,school_id
            T1,broad_pre2005,,10AA00
            T2,none,,10AA00
            T3,course_enrolled,,10AA00
            T4,specialist,2022-01-01,10AA00
            """,
        "grants.csv": "grant_id,teacher_id,applied_on,status,decided_on\nGR1,T3,2021-03-01,withdrawn,2021-04-01\n",
        "lessons.csv": """
            school_year,school_id,class_id,weekday,start,minutes,gym_id,teacher_id
            2021-2022,10AA00,3a,1,09:00,45,G1,T1
            2021-2022,10AA00,3a,3,09:00,45,G1,T2
            2021-2022,10AA00,4a,1,10:00,45,G1,T2
            2021-2022,10AA00,4a,3,10:00,45,,
            2021-2022,10AA00,5a,2,09:00,45,G1,T3
            2021-2022,10AA00,5a,4,09:00,45,G1,T4
            2021-2022,10AA00,1a,2,10:00,45,G1,T2
            2021-2022,20BB00,6a,1,09:00,45,G2,T2
            """,
    ]

    /// A database with `files` (this suite's data set unless told) and `extra` imported.
    static func database(files: [String: String] = files, extra: [String: String] = [:]) throws -> (TestDatabase, ImportTempFolder) {
        let database = try TestCluster.shared().makeDatabase(label: "invest")
        let folder = try ImportTempFolder()
        for (name, text) in files.merging(extra, uniquingKeysWith: { $1 }) { try folder.write(name, text + "\n") }
        let result = try GymPlanCLI.run(["import", folder.path], database: database)
        try #require(result.status == 0, "\(result.standardError)")
        return (database, folder)
    }

    static func invest(_ database: TestDatabase, _ arguments: [String] = []) throws -> [String: Any] {
        let result = try GymPlanCLI.run(["invest", "--school-year", "2021-2022", "--format", "json"] + arguments, database: database)
        try #require(result.status == 0, "\(result.standardError)")
        let problems = try JSONSchemaValidator(schema: Data(contentsOf: Repository.root.appendingPathComponent("schema/investment.schema.json")))
            .problems(in: Data(result.standardOutput.utf8))
        #expect(problems.isEmpty, "\(problems)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    static func summary(_ document: [String: Any]) -> [String: Any] { document["summary"] as? [String: Any] ?? [:] }

    static func municipality(_ document: [String: Any], _ code: String) -> [String: Any] {
        (document["municipalities"] as? [[String: Any]] ?? []).first { $0["code"] as? String == code } ?? [:]
    }

    static func changes(_ document: [String: Any]) -> [[String: Any]] {
        (document["municipalities"] as? [[String: Any]] ?? []).flatMap { $0["changes"] as? [[String: Any]] ?? [] }
    }

    /// Replays the changes with `capacity --what-if` and returns the scenario's unmet lessons.
    static func replayedUnmet(_ database: TestDatabase, _ document: [String: Any], _ arguments: [String] = []) throws -> Int {
        let whatIf = changes(document).flatMap { ["--what-if", whatIfArgument($0)] }
        let result = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022", "--format", "json"] + whatIf + arguments, database: database)
        try #require(result.status == 0, "\(result.standardError)")
        let comparison = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        return try #require((comparison["scenario"] as? [String: Any])?["unmet_lessons"] as? Int)
    }

    /// The change as `capacity --what-if` takes it, from the document's fields alone.
    static func whatIfArgument(_ change: [String: Any]) -> String {
        func text(_ key: String) -> String { change[key].map { "\($0)" } ?? "" }
        switch text("kind") {
        case "bus": return "bus:\(text("school_id")):\(text("gym_id"))"
        case "longer_hours": return "hours:\(text("gym_id")):\(text("hours_per_week"))"
        default:
            return "new-gym:\(text("name")):\(text("latitude")):\(text("longitude")):\(text("halls")):\(text("hours_per_week")):\(text("municipality_code"))"
        }
    }

    @Test func longerHoursAreTheCheapestChange() throws {
        let (database, _) = try Self.database()
        defer { try? database.drop() }
        let document = try Self.invest(database)
        let summary = Self.summary(document)
        #expect(summary["unmet_lessons_before"] as? Int == 2)
        #expect(summary["unmet_lessons_after"] as? Int == 0)
        #expect(summary["extra_lessons"] as? Int == 2)
        #expect(summary["cost_eur_per_year"] as? Double == 1893.6)
        #expect(summary["cost_lower_bound_eur_per_year"] as? Double == 1893.6)
        #expect(summary["proven_optimal"] as? Bool == true)
        let changes = Self.changes(document)
        #expect(changes.count == 1)
        #expect(changes.first?["kind"] as? String == "longer_hours")
        #expect(changes.first?["gym_id"] as? String == "G1")
        // 4 + 2 slots of 45 minutes: 4.5 hours a hall.
        #expect(changes.first?["hours_per_week"] as? Double == 4.5)
        #expect(Self.municipality(document, "GM0001")["cost_eur_per_year"] as? Double == 1893.6)
        #expect(try Self.replayedUnmet(database, document) == 0)
    }

    @Test func aBusWhenTheHallsMayNotOpenLonger() throws {
        let (database, _) = try Self.database()
        defer { try? database.drop() }
        let document = try Self.invest(database, ["--max-hours-per-week", "3"])
        let changes = Self.changes(document)
        #expect(changes.count == 1)
        #expect(changes.first?["kind"] as? String == "bus")
        #expect(changes.first?["school_id"] as? String == "10AA00")
        #expect(changes.first?["gym_id"] as? String == "G2")
        #expect(changes.first?["distance_m"] as? Int == 3000)
        #expect(changes.first?["lessons"] as? Int == 2)
        #expect(Self.summary(document)["cost_eur_per_year"] as? Double == 4800)
        #expect(Self.summary(document)["bus_lessons"] as? Int == 2)
        // The bus belongs to the school's municipality.
        #expect((Self.municipality(document, "GM0001")["changes"] as? [Any])?.count == 1)
        #expect(try Self.replayedUnmet(database, document) == 0)
    }

    @Test func aNewGymAtTheSchoolWithoutBuses() throws {
        let (database, _) = try Self.database()
        defer { try? database.drop() }
        let document = try Self.invest(database, ["--max-hours-per-week", "3", "--bus-max-distance-m", "0"])
        let change = try #require(Self.changes(document).first)
        #expect(Self.changes(document).count == 1)
        #expect(change["kind"] as? String == "new_gym")
        #expect(change["site_id"] as? String == "10AA00")
        #expect(change["name"] as? String == "De Linde")
        #expect(change["lessons"] as? Int == 2)
        // A default site has max_hours_per_week of the run: 3 hours, 4 slots.
        #expect(change["hours_per_week"] as? Double == 3)
        // 2,800,000 / 40 + 2 x 946.80.
        #expect(change["cost_eur_per_year"] as? Double == 71893.6)
        #expect(Self.summary(document)["one_off_eur"] as? Double == 2_800_000)
        #expect(Self.summary(document)["new_gyms"] as? Int == 1)
        #expect(try Self.replayedUnmet(database, document) == 0)
    }

    @Test func importedSitesAreTheOnlyCandidates() throws {
        let (database, _) = try Self.database(extra: [
            "gym_sites.csv": "site_id,name,municipality_code,latitude,longitude,cost_eur\nS1,Veld,GM0001,52.001,5.0,0",
        ])
        defer { try? database.drop() }
        let document = try Self.invest(database, ["--max-hours-per-week", "3", "--bus-max-distance-m", "0"])
        let change = try #require(Self.changes(document).first)
        #expect(change["site_id"] as? String == "S1")
        #expect(change["halls"] as? Int == 1)
        #expect(change["cost_eur"] as? Double == 0)
        #expect(change["cost_eur_per_year"] as? Double == 1893.6)
        #expect(try Self.replayedUnmet(database, document) == 0)
    }

    /// Unqualified lessons of in-scope classes: in GM0001 T2 twice, the lesson without a teacher, T3
    /// (withdrawn) and T4 (qualified after 1 October 2021): 5 lessons, 1 without a teacher, teachers
    /// T2, T3, T4; class 1a is out of scope. GM0002: T2 once. The country: 6 lessons and 3 distinct
    /// teachers (T2 counts once), EUR 12,600 of leergang.
    @Test func theQualifiedTeacherPart() throws {
        let (database, _) = try Self.database()
        defer { try? database.drop() }
        let document = try Self.invest(database)
        let one = Self.municipality(document, "GM0001")
        #expect(one["unqualified_lessons"] as? Int == 5)
        #expect(one["lessons_without_teacher"] as? Int == 1)
        #expect(one["teachers_without_qualification"] as? Int == 3)
        #expect(one["qualification_cost_eur"] as? Double == 12600)
        let two = Self.municipality(document, "GM0002")
        #expect(two["unqualified_lessons"] as? Int == 1)
        #expect(two["teachers_without_qualification"] as? Int == 1)
        let summary = Self.summary(document)
        #expect(summary["unqualified_lessons"] as? Int == 6)
        #expect(summary["lessons_without_teacher"] as? Int == 1)
        #expect(summary["teachers_without_qualification"] as? Int == 3)
        #expect(summary["qualification_cost_eur"] as? Double == 12600)
        #expect(!document.description.contains("T2"))

        let limited = try Self.invest(database, ["--municipality", "GM0002", "--course-cost-eur", "1000"])
        #expect((limited["municipalities"] as? [[String: Any]])?.map { $0["code"] as? String } == ["GM0002"])
        #expect(Self.summary(limited)["teachers_without_qualification"] as? Int == 1)
        #expect(Self.summary(limited)["qualification_cost_eur"] as? Double == 1000)
        #expect(Self.summary(limited)["unmet_lessons_before"] as? Int == 0)
        #expect(Self.summary(limited)["proven_optimal"] as? Bool == true)
    }

    @Test func csvAndTable() throws {
        let (database, folder) = try Self.database()
        defer { try? database.drop() }
        let output = folder.path + "/out"
        let csv = try GymPlanCLI.run(["invest", "--school-year", "2021-2022", "--format", "csv", "--output", output], database: database)
        #expect(csv.status == 0, "\(csv.standardError)")
        let changes = try String(contentsOfFile: output + "/changes.csv", encoding: .utf8)
        #expect(changes.contains("GM0001,longer_hours,,G1,,,,,,4.50,,2,,,1893.60\r\n"), "\(changes)")
        let municipalities = try String(contentsOfFile: output + "/municipalities.csv", encoding: .utf8)
        #expect(municipalities.contains("GM0001,2,0,1,1893.60,5,1,3,12600.00\r\n"), "\(municipalities)")
        // A folder given with a trailing slash is joined with one.
        let slashed = try GymPlanCLI.run(
            ["invest", "--school-year", "2021-2022", "--format", "csv", "--output", output + "/"], database: database)
        #expect(slashed.status == 0, "\(slashed.standardError)")
        #expect(slashed.standardError.contains("wrote \(output)/municipalities.csv\n"), "\(slashed.standardError)")
        #expect(!slashed.standardError.contains("//"), "\(slashed.standardError)")
        // --locale nl: the same tables for a Dutch spreadsheet.
        let dutch = folder.path + "/nl"
        let nl = try GymPlanCLI.run(["invest", "--school-year", "2021-2022", "--format", "csv", "--locale", "nl", "--output", dutch], database: database)
        #expect(nl.status == 0, "\(nl.standardError)")
        let dutchChanges = try Data(contentsOf: URL(fileURLWithPath: dutch + "/changes.csv"))
        #expect(dutchChanges.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: dutchChanges, as: UTF8.self).contains("GM0001;longer_hours;;G1;;;;;;4,50;;2;;;1893,60\r\n"))
        #expect(try String(contentsOfFile: dutch + "/municipalities.csv", encoding: .utf8).contains("GM0001;2;0;1;1893,60;5;1;3;12600,00\r\n"))
        let notCSV = try GymPlanCLI.run(["invest", "--school-year", "2021-2022", "--locale", "nl"], database: database)
        #expect(notCSV.status == 64 && notCSV.standardError.contains("--locale applies to --format csv only"), "\(notCSV.standardError)")

        let table = try GymPlanCLI.run(["invest", "--school-year", "2021-2022"], database: database, environment: ["COLUMNS": "60"])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput.contains("GM0001"))
        #expect(table.standardOutput.contains("assumption"))
        for line in table.standardOutput.split(separator: "\n") { #expect(line.count <= 60, "\(line)") }

        let help = try GymPlanCLI.run(["invest", "--help"], database: nil, environment: ["COLUMNS": "200"])
        for source in ["Mulier Instituut", "Nuenen 2021", "ASSUMPTION", "Stcrt 2018-67819", "--time-limit-seconds"] {
            #expect(help.standardOutput.contains(source), "\(source)")
        }
    }

    @Test func aBusWhatIfNamesAKnownSchoolAndGym() throws {
        let (database, _) = try Self.database()
        defer { try? database.drop() }
        let school = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022", "--what-if", "bus:99ZZ99:G1"], database: database)
        #expect(school.status == 65)
        #expect(school.standardError.contains("no school with id '99ZZ99'"), "\(school.standardError)")
        let gym = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022", "--what-if", "bus:10AA00:NOPE"], database: database)
        #expect(gym.status == 65)
        #expect(gym.standardError.contains("no gym with id 'NOPE'"), "\(gym.standardError)")
        let malformed = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022", "--what-if", "bus:10AA00"], database: database)
        #expect(malformed.status == 64)
        #expect(malformed.standardError.contains("bus:SCHOOL_ID:GYM_ID"), "\(malformed.standardError)")
        // The bus places the two lessons G1 cannot take.
        let bus = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022", "--format", "json", "--what-if", "bus:10AA00:G2"],
                                     database: database)
        let comparison = try #require(try JSONSerialization.jsonObject(with: Data(bus.standardOutput.utf8)) as? [String: Any])
        #expect((comparison["scenario"] as? [String: Any])?["unmet_lessons"] as? Int == 0)
        #expect((comparison["base"] as? [String: Any])?["unmet_lessons"] as? Int == 2)
    }
}
