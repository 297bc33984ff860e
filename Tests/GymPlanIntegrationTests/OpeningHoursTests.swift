import Foundation
import GymPlan
import PostgresClient
import TestSupport
import Testing

/// `gym_hours.csv` and `school_hours.csv` (data contract, section 6) through the real command line:
/// replacement per gym and school, and the roster, the check, `db status` and `flags` reading them.
///
/// One school, 00AA00, walks 300 m to gym G1 (one hall) in 5 minutes; classes 5a and 6a are in scope.
@Suite("opening hours")
struct OpeningHoursTests {
    static let files: [String: String] = [
        "municipalities.csv": "code,name\nGM0001,Eerstedorp\n",
        "schools.csv": "school_id,name,municipality_code,latitude,longitude\n00AA00,School A,GM0001,52.0,5.0\n",
        "gyms.csv": """
            gym_id,name,municipality_code,latitude,longitude,halls,hours_per_week
            G1,Gym One,GM0001,52.0,5.004,1,30
            G2,Gym Two,GM0001,52.1,5.1,1,30

            """,
        "distances.csv": "school_id,gym_id,distance_m,travel_minutes\n00AA00,G1,300,5\n",
        "classes.csv": "school_year,school_id,class_id,grades\n2019-2020,00AA00,5a,5\n2019-2020,00AA00,6a,6\n",
    ]

    static let walk = 5
    static let lesson = 45

    /// Windows as the test writes them: weekday -> [(from, to)] in minutes.
    typealias Week = [Int: [(Int, Int)]]

    static let gymWeek: Week = [1: [(9 * 60, 9 * 60 + 45)], 2: [(9 * 60, 10 * 60 + 30)]]
    static let schoolWeek: Week = [1: [(8 * 60 + 30, 15 * 60 + 15)], 2: [(8 * 60 + 30, 10 * 60)]]
    static let defaultGym: Week = Dictionary(uniqueKeysWithValues: (1...5).map { day in
        (day, day == 3 ? [(510, 735)] : [(510, 735), (780, 915)])
    })
    static let defaultSchool: Week = Dictionary(uniqueKeysWithValues: (1...5).map { day in
        (day, [(510, day == 3 ? 750 : 915)])
    })

    static func csv(_ owner: String, _ id: String, _ week: Week) -> String {
        "\(owner),weekday,from,to\n" + week.keys.sorted().flatMap { day in
            week[day]!.map { "\(id),\(day),\(ClockTime.text($0.0)),\(ClockTime.text($0.1))\n" }
        }.joined()
    }

    /// The most lessons the roster can give: each slot of the gym's windows that the class can walk
    /// to and back within the school's window, at most one lesson per class and day, at most two per class.
    static func bestLessons(gym: Week, school: Week, classes: Int) -> Int {
        var total = 0
        for day in 1...5 {
            var usable = 0
            for (from, to) in gym[day] ?? [] {
                var start = from
                while start + lesson <= to {
                    if (school[day] ?? []).contains(where: { $0.0 <= start - walk && start + lesson + walk <= $0.1 }) { usable += 1 }
                    start += lesson
                }
            }
            total += min(usable, classes)
        }
        return min(total, 2 * classes)
    }

    static func database() throws -> (TestDatabase, ImportTempFolder) {
        let folder = try ImportTempFolder()
        for (name, text) in files { try folder.write(name, text) }
        let database = try TestCluster.shared().makeDatabase(label: "hours")
        let result = try GymPlanCLI.run(["import", folder.path], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        return (database, folder)
    }

    static func rosterLessons(_ database: TestDatabase) throws -> (scheduled: Int, lessons: [[String: Any]], stderr: String) {
        let result = try GymPlanCLI.run(["roster", "--school-year", "2019-2020", "--format", "json"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Int])
        return (summary["lessons_scheduled"] ?? -1, document["lessons"] as? [[String: Any]] ?? [], result.standardError)
    }

    static func minutes(_ clock: Any?) -> Int {
        let parts = (clock as? String ?? "").split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : -1
    }

    @Test func importedWindowsChangeTheRoster() throws {
        let (database, folder) = try Self.database()
        defer { try? database.drop() }
        let before = try Self.rosterLessons(database)
        #expect(before.scheduled == Self.bestLessons(gym: Self.defaultGym, school: Self.defaultSchool, classes: 2))
        #expect(before.scheduled == 4)
        #expect(before.stderr.contains("gym hours: 0 of 2 gyms on record, the default hours are assumed"), "\(before.stderr)")
        #expect(before.stderr.contains("school hours: 0 of 1 school on record, the default hours are assumed"))

        let gymFile = try folder.write("gym_hours.csv", Self.csv("gym_id", "G1", Self.gymWeek))
        #expect(try GymPlanCLI.run(["import", gymFile], database: database).status == 0)
        let gymOnly = try Self.rosterLessons(database)
        #expect(gymOnly.scheduled == Self.bestLessons(gym: Self.gymWeek, school: Self.defaultSchool, classes: 2))
        #expect(gymOnly.scheduled == 3)
        #expect(gymOnly.stderr.contains("gym hours: 1 of 2 gyms on record, the default hours are assumed for the other 1"))

        let schoolFile = try folder.write("school_hours.csv", Self.csv("school_id", "00AA00", Self.schoolWeek))
        #expect(try GymPlanCLI.run(["import", schoolFile], database: database).status == 0)
        let both = try Self.rosterLessons(database)
        #expect(both.scheduled == Self.bestLessons(gym: Self.gymWeek, school: Self.schoolWeek, classes: 2))
        #expect(both.scheduled == 2)
        #expect(!both.stderr.contains("school hours:"))
        for lesson in both.lessons {
            let day = lesson["weekday"] as? Int ?? 0
            let start = Self.minutes(lesson["start"]), end = Self.minutes(lesson["end"])
            #expect(Self.gymWeek[day, default: []].contains { $0.0 <= start && end <= $0.1 }, "\(lesson)")
            #expect(Self.schoolWeek[day, default: []].contains { $0.0 <= start - Self.walk && end + Self.walk <= $0.1 }, "\(lesson)")
        }
    }

    @Test func anImportReplacesTheWindowsOfEveryGymAndSchoolItNames() throws {
        let (database, folder) = try Self.database()
        defer { try? database.drop() }
        let connection = try database.connect()
        let first = try folder.write("gym_hours.csv", """
            Gym_ID,Weekday,From,To
            G1,1,08:30,12:00
            G1,2,13:00,15:00
            G2,3,9:00,10:00

            """)
        #expect(try GymPlanCLI.run(["import", first], database: database).status == 0)
        #expect(try connection.count("gym_hours") == 3)
        let fingerprint = try connection.fingerprint()
        #expect(try GymPlanCLI.run(["import", first], database: database).status == 0)
        #expect(try connection.fingerprint() == fingerprint)

        let second = try folder.write("gym_hours.csv", "gym_id,weekday,from,to\nG1,5,10:00,11:00\n")
        let result = try GymPlanCLI.run(["import", second], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try connection.query("""
            SELECT gym_id || ' ' || weekday || ' ' || to_char(opens, 'HH24:MI') || '-' || to_char(closes, 'HH24:MI')
            FROM gym_hours ORDER BY 1
            """).rows.map { try $0.decode(0, as: String.self) }
        #expect(rows == ["G1 5 10:00-11:00", "G2 3 09:00-10:00"])

        try folder.write("school_hours.csv", "school_id,weekday,from,to\n00aa00,1,08:30,14:15\n00AA00,3,08:30,12:00\n")
        #expect(try GymPlanCLI.run(["import", folder.path + "/school_hours.csv"], database: database).status == 0)
        try folder.write("school_hours.csv", "school_id,weekday,from,to\n00AA00,2,08:30,14:15\n")
        #expect(try GymPlanCLI.run(["import", folder.path + "/school_hours.csv"], database: database).status == 0)
        #expect(try connection.count("school_hours") == 1)
        #expect(try connection.count("school_hours", "weekday = 2") == 1)

        // A rejected file leaves the windows as they were.
        let before = try connection.fingerprint()
        let bad = try folder.write("gym_hours.csv", "gym_id,weekday,from,to\nG2,1,08:30,10:00\nG2,1,09:00,11:00\n")
        #expect(try GymPlanCLI.run(["import", bad], database: database).status == 65)
        #expect(try connection.fingerprint() == before)
    }

    @Test func theCheckReadsTheImportedWindowsAndFlagsNameTheConflicts() throws {
        let (database, folder) = try Self.database()
        defer { try? database.drop() }
        // 5a has one lesson, Monday 11:00-11:45 at G1: inside the default gym and school hours.
        try folder.write("teachers.csv", "teacher_id,qualification\nT-1,broad_course\n")
        try folder.write("lessons.csv", """
            school_year,school_id,class_id,weekday,start,minutes,gym_id,teacher_id
            2019-2020,00AA00,5a,1,11:00,45,G1,T-1
            2019-2020,00AA00,6a,2,09:00,45,G1,T-1
            2019-2020,00AA00,6a,4,09:00,45,G1,T-1

            """)
        #expect(try GymPlanCLI.run(["import", folder.path + "/teachers.csv", folder.path + "/lessons.csv"], database: database).status == 0)
        func conflicts() throws -> [String: Int] {
            let result = try GymPlanCLI.run(["roster", "--check", "--school-year", "2019-2020", "--format", "json"], database: database)
            #expect(result.status == 0, "\(result.standardError)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            return try #require(document["summary"] as? [String: Int])
        }
        func flagsOf5a() throws -> (reasons: [String], stderr: String) {
            let result = try GymPlanCLI.run(["flags", "--school-year", "2019-2020", "--format", "json"], database: database)
            #expect(result.status == 0, "\(result.standardError)")
            let document = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
            let schools = (document as? [String: Any])?["schools"] as? [[String: Any]] ?? []
            let school = schools.first { $0["school_id"] as? String == "00AA00" }
            return (school?["reasons"] as? [String] ?? [], result.standardError)
        }
        #expect(try conflicts().values.reduce(0, +) == 0)
        let plain = try flagsOf5a()
        #expect(!plain.reasons.isEmpty)  // 5a has one lesson: the lessons goal is missed
        #expect(!plain.reasons.contains { $0.contains("timetable") })
        #expect(plain.stderr.contains("gym hours: 0 of 2 gyms on record, the default hours are assumed"), "\(plain.stderr)")

        // G1 opens on Monday only 09:00-09:45; the school's Tuesday ends 09:30, before 6a is back
        // (09:45 + 5 minutes' walk).
        try folder.write("gym_hours.csv", "gym_id,weekday,from,to\nG1,1,09:00,09:45\nG1,2,08:30,12:15\nG1,4,08:30,12:15\n")
        try folder.write("school_hours.csv", "school_id,weekday,from,to\n00AA00,1,08:30,15:15\n00AA00,2,08:30,09:30\n00AA00,4,08:30,15:15\n")
        #expect(try GymPlanCLI.run(["import", folder.path + "/gym_hours.csv", folder.path + "/school_hours.csv"], database: database).status == 0)
        let summary = try conflicts()
        #expect(summary["outside_gym_hours"] == 1 && summary["outside_school_hours"] == 1)
        #expect(summary.values.reduce(0, +) == 2)
        let flagged = try flagsOf5a()
        #expect(flagged.reasons.contains(
            "timetable conflicts: 1 lesson outside the gym's hours, 1 lesson outside the school's hours, walk included"
                + " (gymplan roster --check lists them)"), "\(flagged.reasons)")
        #expect(flagged.stderr.contains("gym hours: 1 of 2 gyms on record, the default hours are assumed for the other 1"))
        #expect(!flagged.stderr.contains("school hours:"))
    }

    @Test func dbStatusCountsTheWindowsAndTheDefaults() throws {
        let (database, folder) = try Self.database()
        defer { try? database.drop() }
        try folder.write("gym_hours.csv", "gym_id,weekday,from,to\nG1,1,09:00,12:00\nG1,2,09:00,12:00\n")
        #expect(try GymPlanCLI.run(["import", folder.path + "/gym_hours.csv"], database: database).status == 0)
        let text = try GymPlanCLI.run(["db", "status"], database: database)
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("gym_hours:          2 (windows of 1 gym; 1 of 2 have the default hours)"), "\(text.standardOutput)")
        #expect(text.standardOutput.contains("school_hours:       0 (windows of 0 schools; 1 of 1 have the default hours)"))
        let json = try GymPlanCLI.run(["db", "status", "--json"], database: database)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let hours = try #require(document["hours"] as? [String: Int])
        #expect(hours == ["gyms": 2, "gymsWithHours": 1, "schools": 1, "schoolsWithHours": 0])
        #expect((document["counts"] as? [String: Int])?["gym_hours"] == 2)
    }
}
