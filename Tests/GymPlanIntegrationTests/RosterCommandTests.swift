import Foundation
import GymPlan
import Testing
import TestSupport

/// `gymplan roster` and `gymplan roster --check` through the real command line on a hand-made data set.
///
/// Two gyms: G1 (1 hall, GM0001) and G2 (GM0002). School 00AA00 (GM0001) walks 300 m to G1 in 4.2
/// minutes (5 whole minutes); 01AB00 (GM0002) walks 600 m to G1 (10 minutes at 60 m a minute) and
/// 1500 m to G2 (beyond reach); 02AC00 (GM0001) has no coordinates and no distances, so no gym.
/// In scope: 5a of 00AA00, 6b of 01AB00, 7a of 02AC00; 1a is grade 1. G1's one hall has 37 default
/// slots, enough for all four lessons, so 5a and 6b get two lessons each at G1 and 7a none.
@Suite("gymplan roster")
struct RosterCommandTests {
    static let files: [String: String] = [
        "municipalities.csv": "code,name\nGM0001,Eerstedorp\nGM0002,Tweedestad\n",
        "schools.csv": """
            school_id,name,municipality_code,latitude,longitude
            00AA00,School A,GM0001,52.0,5.0
            01AB00,School B,GM0002,52.0,5.01
            02AC00,School C,GM0001,,

            """,
        "gyms.csv": """
            gym_id,name,municipality_code,latitude,longitude,halls,hours_per_week
            G1,Gym One,GM0001,52.0,5.004,1,30
            G2,Gym Two,GM0002,52.0,5.03,2,30

            """,
        "distances.csv": "school_id,gym_id,distance_m,travel_minutes\n00AA00,G1,300,4.2\n01AB00,G1,600,\n01AB00,G2,1500,\n",
        "classes.csv": """
            school_year,school_id,class_id,grades
            2019-2020,00AA00,5a,5
            2019-2020,00AA00,1a,1
            2019-2020,01AB00,6b,6
            2019-2020,02AC00,7a,7

            """,
        "teachers.csv": "teacher_id,qualification\nT-SECRET-1,broad_course\nT-SECRET-2,none\nT-SECRET-3,specialist\n",
        // One or more conflicts of every kind; see checkFindsEveryKind.
        "lessons.csv": """
            school_year,school_id,class_id,weekday,start,minutes,gym_id,teacher_id
            2019-2020,01AB00,6b,1,09:15,45,G2,T-SECRET-3
            2019-2020,00AA00,5a,3,13:00,45,G1,T-SECRET-3
            2019-2020,00AA00,5a,2,10:00,45,G1,T-SECRET-1
            2019-2020,01AB00,6b,2,10:00,45,G1,T-SECRET-1
            2019-2020,00AA00,1a,4,09:15,45,G1,T-SECRET-2
            2019-2020,01AB00,6b,4,10:00,45,G2,T-SECRET-2
            2019-2020,00AA00,1a,4,13:00,45,,T-SECRET-2

            """,
    ]

    static func database() throws -> (TestDatabase, String) {
        let folder = try ExportTestFiles.temporaryFolder()
        for (name, content) in files {
            try content.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let database = try TestCluster.shared().makeDatabase(label: "roster")
        _ = try Importer(connection: try database.connect()).importFiles(at: [folder])
        return (database, folder)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func validator(_ name: String) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: Data(contentsOf: Repository.root.appendingPathComponent("schema/\(name)")))
    }

    static func minutes(_ clock: Any?) -> Int {
        let parts = (clock as? String ?? "").split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : -1
    }

    @Test func rosterGivesEveryClassWithinReachItsLessons() throws {
        let (database, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        let result = try GymPlanCLI.run(["roster", "--school-year", "2019-2020", "--format", "json"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Self.validator("roster.schema.json").problems(in: Data(result.standardOutput.utf8)) == [])
        #expect(!result.standardOutput.contains("T-SECRET"))
        let document = try Self.json(result.standardOutput)
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["classes"] == 3 && summary["lessons_required"] == 6)
        #expect(summary["lessons_scheduled"] == 4 && summary["lessons_upper_bound"] == 4)
        #expect(summary["classes_fully_scheduled"] == 2)
        let lessons = try #require(document["lessons"] as? [[String: Any]])
        #expect(lessons.count == 4)
        for lesson in lessons {
            let school = lesson["school_id"] as? String
            #expect(lesson["gym_id"] as? String == "G1" && lesson["hall"] as? Int == 1)
            #expect(lesson["distance_m"] as? Int == (school == "00AA00" ? 300 : 600))
            let walk = school == "00AA00" ? 5 : 10
            #expect(lesson["walking_minutes"] as? Int == walk)
            let start = Self.minutes(lesson["start"]), end = Self.minutes(lesson["end"])
            #expect(end - start == 45)
            // R4: out from start - walk to end + walk inside the school's default day.
            let weekday = lesson["weekday"] as? Int ?? 0
            #expect(start - walk >= 8 * 60 + 30 && end + walk <= (weekday == 3 ? 12 * 60 + 30 : 15 * 60 + 15))
        }
        for (school, classId) in [("00AA00", "5a"), ("01AB00", "6b")] {
            let days = lessons.filter { $0["school_id"] as? String == school && $0["class_id"] as? String == classId }
                .compactMap { $0["weekday"] as? Int }
            #expect(days.count == 2 && Set(days).count == 2)  // R3
        }
        // R2: one lesson per slot in the one hall.
        let slots = lessons.map { "\($0["weekday"] ?? "") \($0["start"] ?? "")" }
        #expect(Set(slots).count == 4)
        // Sorted by gym, weekday, start, hall.
        #expect(slots == lessons.sorted { (($0["weekday"] as! Int), Self.minutes($0["start"])) < (($1["weekday"] as! Int), Self.minutes($1["start"])) }
            .map { "\($0["weekday"] ?? "") \($0["start"] ?? "")" })
        let unscheduled = try #require(document["unscheduled"] as? [[String: Any]])
        #expect(unscheduled.count == 1)
        #expect(unscheduled.first?["school_id"] as? String == "02AC00" && unscheduled.first?["missing_lessons"] as? Int == 2)
        let reason = unscheduled.first?["reason"] as? String ?? ""
        #expect(reason.contains("no gym within reach"))
    }

    @Test func municipalityLimitsLessonsAndSummary() throws {
        let (database, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        let first = try GymPlanCLI.run(
            ["roster", "--school-year", "2019-2020", "--format", "json", "--municipality", "GM0001"], database: database)
        #expect(first.status == 0, "\(first.standardError)")
        let one = try Self.json(first.standardOutput)
        #expect(one["summary"] as? [String: Int] == [
            "classes": 2, "lessons_required": 4, "lessons_scheduled": 2, "lessons_upper_bound": 2,
            "classes_fully_scheduled": 1, "walking_distance_m": 600,
        ])
        #expect((one["lessons"] as? [[String: Any]])?.allSatisfy { $0["school_id"] as? String == "00AA00" } == true)
        #expect((one["unscheduled"] as? [[String: Any]])?.count == 1)
        // 01AB00's gym lies in GM0001, yet its lessons belong to GM0002's output.
        let second = try GymPlanCLI.run(
            ["roster", "--school-year", "2019-2020", "--format", "json", "--municipality", "GM0002"], database: database)
        let two = try Self.json(second.standardOutput)
        #expect((two["summary"] as? [String: Int])?["lessons_scheduled"] == 2)
        #expect((two["lessons"] as? [[String: Any]])?.allSatisfy { $0["school_id"] as? String == "01AB00" } == true)
        #expect((two["unscheduled"] as? [[String: Any]])?.isEmpty == true)
        // A name is looked up as for flags: one that is not on record is bad input, as GM9999 is.
        let bad = try GymPlanCLI.run(["roster", "--school-year", "2019-2020", "--municipality", "Rijswijk"], database: database)
        #expect(bad.status == 65, "\(bad.standardError)")
        #expect(bad.standardError == "gymplan: no municipality named 'Rijswijk'\n", "\(bad.standardError)")
    }

    /// `--municipality` of roster and roster --check takes what flags, capacity and invest take: a
    /// code, its number, or a name (any case, or part of one) only one municipality has.
    @Test func municipalityTakesACodeItsNumberOrAName() throws {
        let (database, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        for check in [[], ["--check"]] {
            let byCode = try GymPlanCLI.run(["roster", "--school-year", "2019-2020", "--municipality", "GM0002"] + check, database: database)
            #expect(byCode.status == 0, "\(check): \(byCode.standardError)")
            let national = try GymPlanCLI.run(["roster", "--school-year", "2019-2020"] + check, database: database)
            #expect(byCode.standardOutput != national.standardOutput, "\(check)")
            for text in ["2", "0002", "Tweedestad", "tweedestad", "TWEEDE"] {
                let result = try GymPlanCLI.run(["roster", "--school-year", "2019-2020", "--municipality", text] + check, database: database)
                #expect(result.status == 0, "\(text) \(check): \(result.standardError)")
                #expect(result.standardOutput == byCode.standardOutput, "\(text) \(check)")
            }
            // "d" is in both names.
            let ambiguous = try GymPlanCLI.run(["roster", "--school-year", "2019-2020", "--municipality", "d"] + check, database: database)
            #expect(ambiguous.status == 65)
            #expect(ambiguous.standardError.contains("'d' names more than one municipality: GM0001 Eerstedorp, GM0002 Tweedestad"),
                    "\(ambiguous.standardError)")
            let none = try GymPlanCLI.run(["roster", "--school-year", "2019-2020", "--municipality", "9999"] + check, database: database)
            #expect(none.status == 65 && none.standardError == "gymplan: no municipality GM9999\n", "\(none.standardError)")
            #expect(none.standardOutput.isEmpty)
        }
    }

    @Test func csvAndHTMLFormats() throws {
        let (database, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        let csv = folder + "/out"
        let result = try GymPlanCLI.run(
            ["roster", "--school-year", "2019-2020", "--format", "csv", "--output", csv, "--locale", "nl"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let roster = try String(contentsOfFile: csv + "/roster.csv", encoding: .utf8)
        let lines = roster.split(separator: "\r\n")
        // (Foundation reads the byte-order mark a Dutch CSV starts with as no character.)
        #expect(try Data(contentsOf: URL(fileURLWithPath: csv + "/roster.csv")).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        #expect(lines.first == "gym_id;hall;weekday;start;end;school_id;class_id;distance_m;walking_minutes")
        #expect(lines.count == 5)
        let unscheduled = try String(contentsOfFile: csv + "/unscheduled.csv", encoding: .utf8)
        #expect(unscheduled.hasPrefix("school_id;class_id;missing_lessons;reason\r\n02AC00;7a;2;no gym within reach"))

        let page = folder + "/roster.html"
        let html = try GymPlanCLI.run(
            ["roster", "--school-year", "2019-2020", "--format", "html", "--output", page], database: database)
        #expect(html.status == 0, "\(html.standardError)")
        let text = try String(contentsOfFile: page, encoding: .utf8)
        #expect(text.contains("@page { size: A4 landscape"))
        #expect(text.contains("Gym One") && text.contains(">5a<") && text.contains(">6b<"))
        #expect(text.contains("no gym within reach"))
        #expect(!text.contains("T-SECRET") && !text.contains("<script") && !text.contains("http"))
        let table = try GymPlanCLI.run(["roster", "--school-year", "2019-2020"], database: database)
        #expect(table.status == 0 && table.standardOutput.contains("4 of 6 lessons scheduled"))
        let needsOutput = try GymPlanCLI.run(["roster", "--school-year", "2019-2020", "--format", "csv"], database: database)
        #expect(needsOutput.status == 64)
    }

    @Test func checkFindsEveryKind() throws {
        let (database, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        let result = try GymPlanCLI.run(["roster", "--check", "--school-year", "2019-2020", "--format", "json"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Self.validator("roster-check.schema.json").problems(in: Data(result.standardOutput.utf8)) == [])
        #expect(!result.standardOutput.contains("T-SECRET"))
        let document = try Self.json(result.standardOutput)
        #expect(document["summary"] as? [String: Int] == [
            "too_far": 2, "outside_gym_hours": 1, "outside_school_hours": 1, "hall_overbooked": 2,
            "teacher_overlap": 2, "teacher_travel": 1, "same_day": 2,
        ])
        let conflicts = try #require(document["conflicts"] as? [[String: Any]])
        let keys = conflicts.map { "\($0["school_id"]!) \($0["class_id"]!) \($0["weekday"]!) \($0["start"]!) \($0["kind"]!)" }
        #expect(keys == [
            "00AA00 1a 4 09:15 same_day",
            "00AA00 1a 4 13:00 same_day",
            "00AA00 5a 2 10:00 hall_overbooked",
            "00AA00 5a 2 10:00 teacher_overlap",
            "00AA00 5a 3 13:00 outside_gym_hours",
            "00AA00 5a 3 13:00 outside_school_hours",
            "01AB00 6b 1 09:15 too_far",
            "01AB00 6b 2 10:00 hall_overbooked",
            "01AB00 6b 2 10:00 teacher_overlap",
            "01AB00 6b 4 10:00 teacher_travel",
            "01AB00 6b 4 10:00 too_far",
        ])
        #expect(conflicts.first { $0["start"] as? String == "13:00" && $0["class_id"] as? String == "1a" }?["gym_id"] is NSNull)

        let limited = try GymPlanCLI.run(
            ["roster", "--check", "--school-year", "2019-2020", "--format", "json", "--municipality", "GM0002"], database: database)
        let two = try Self.json(limited.standardOutput)
        #expect((two["conflicts"] as? [[String: Any]])?.count == 5)
        #expect((two["summary"] as? [String: Int])?["too_far"] == 2 && (two["summary"] as? [String: Int])?["same_day"] == 0)

        let csv = folder + "/check"
        let written = try GymPlanCLI.run(
            ["roster", "--check", "--school-year", "2019-2020", "--format", "csv", "--output", csv], database: database)
        #expect(written.status == 0, "\(written.standardError)")
        let table = try String(contentsOfFile: csv + "/conflicts.csv", encoding: .utf8)
        #expect(table.hasPrefix("kind,school_id,class_id,weekday,start,gym_id,detail\r\nsame_day,00AA00,1a,4,09:15,G1,"))
        #expect(table.split(separator: "\r\n").count == 12)
        let terminal = try GymPlanCLI.run(["roster", "--check", "--school-year", "2019-2020"], database: database)
        #expect(terminal.status == 0 && terminal.standardOutput.contains("11 conflicts"))
    }
}
