import Foundation
@testable import GymPlan
import PostgresClient
import TestSupport
import Testing

/// The import reads and decodes files on other threads while the connection loads and writes the
/// ones already decoded, and starts writing before the large files' rows are all decoded. A file
/// whose rows turn out to have problems gets the same report as if it had been decoded first, and
/// the database is left as it was.
@Suite struct ImportPipelineTests {
    static let contract: [String: String] = [
        "municipalities.csv": "code,name\nGM0363,Amsterdam\n",
        "schools.csv": "school_id,name,municipality_code\n00AP00,A,GM0363\n",
        "gyms.csv": "gym_id,name,municipality_code,halls,hours_per_week\nG1,Zaal,GM0363,1,10\n",
        "classes.csv": "school_year,school_id,class_id,grades,pupils\n2019-2020,00AP00,3a,3,20\n",
        "teachers.csv": "teacher_id,qualification,qualified_on,school_id\nT1,none,,00AP00\n",
    ]
    static let lessonsHeader = "school_year,school_id,class_id,weekday,start,minutes,gym_id,teacher_id\n"

    @Test func badRowsInAFileLoadedStraightIntoItsTableAreReportedWithTheOtherProblems() throws {
        let folder = try Self.folder(Self.contract.merging(["lessons.csv": Self.lessonsHeader + """
            2019-2020,00AP00,3a,6,09:00,45,G1,T1
            2019-2020,00AP00,zz,2,09:00,45,G1,T1
            2019-2020,00AP00,3a,2,09:00,45,G1,T1
            2019-2020,00AP00,3a,2,09:00,45,G1,T1

            """]) { $1 })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.expectRejected(folder, [
            "\(folder)/lessons.csv:2: weekday: 6 is out of range 1..5",
            "\(folder)/lessons.csv:3: class_id: class 2019-2020, 00AP00, zz exists neither in the database nor in this import",
            "\(folder)/lessons.csv:5: start: duplicate lesson: the same school_year, school_id, class_id, weekday, start as line 4",
        ])
    }

    @Test func keysRefusedOnWriteAndBadRowsInALaterFileAreReportedTogether() throws {
        let folder = try Self.folder(Self.contract.merging([
            "distances.csv": "school_id,gym_id,distance_m,travel_minutes\n00AP00,G1,500,\n00AP00,G1,600,\n00AP00,G2,600,\n",
            "lessons.csv": Self.lessonsHeader + "2019-2020,00AP00,3a,1,09:00,10,G1,T1\n",
        ]) { $1 })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.expectRejected(folder, [
            "\(folder)/distances.csv:3: gym_id: duplicate distance: the same school_id, gym_id as line 2",
            "\(folder)/distances.csv:4: gym_id: gym G2 exists neither in the database nor in this import",
            "\(folder)/lessons.csv:2: minutes: 10 is out of range 15..180",
        ])
    }

    /// A bulk load drops the keys of its table; a bad row found afterwards gets them all back.
    @Test func badRowsAfterABulkLoadLeaveEveryConstraintInForce() throws {
        let classes = (1 ... 2500).map { "2019-2020,00AP00,c\($0),3,20" }.joined(separator: "\n")
        let folder = try Self.folder(Self.contract.merging([
            "classes.csv": "school_year,school_id,class_id,grades,pupils\n" + classes + "\n",
            "lessons.csv": Self.lessonsHeader + "2019-2020,00AP00,c1,2,09:00,45,G1,T1\n2019-2020,00AP00,c2,2,9h,45,G1,T1\n",
        ]) { $1 })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.expectRejected(folder, ["\(folder)/lessons.csv:3: start: \"9h\" is not a time of day (HH:MM)"])
    }

    /// Windows go straight into their empty tables and are checked there; when two clash, the
    /// lines come from staging, with the other files' problems, and every constraint is back.
    @Test func clashingWindowsLoadedStraightIntoTheirTableAreReportedWithTheOtherProblems() throws {
        // 2,500 windows of G1 (a bulk load), a minute long and a minute apart, and at the end one
        // that the first touches.
        let windows = (0 ..< 2500).map { index in
            let start = 6 * 60 + (index % 500) * 2
            return "G1,\(index / 500 + 1),\(Self.clock(start)),\(Self.clock(start + 1))"
        }
        let folder = try Self.folder(Self.contract.merging([
            "gym_hours.csv": "gym_id,weekday,from,to\n" + windows.joined(separator: "\n") + "\nG1,1,05:59,06:00\n",
            "school_hours.csv": "school_id,weekday,from,to\n00AP00,1,08:30,12:00\n00AP00,1,11:00,14:00\n",
            "lessons.csv": Self.lessonsHeader + "2019-2020,00AP00,3a,1,09:00,10,G1,T1\n",
        ]) { $1 })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.expectRejected(folder, [
            "\(folder)/gym_hours.csv:2: from: 06:00-06:01 touches 05:59-06:00 of line 2502 (gym G1, weekday 1): write them as one window",
            "\(folder)/lessons.csv:2: minutes: 10 is out of range 15..180",
            "\(folder)/school_hours.csv:3: from: 11:00-14:00 overlaps 08:30-12:00 of line 2 (school 00AP00, weekday 1): "
                + "the windows of one school on one weekday must not overlap",
        ])
    }

    /// `HH:MM` for minutes after midnight.
    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    @Test func openedFilesComeInTheOrderTheyArriveAndAllInTheOrderOfTheSources() {
        let opened = OpenedFiles(count: 3)
        Thread.detachNewThread {
            for index in [2, 0, 1] {
                let problem = ImportProblem(file: "file \(index)", line: 0, message: "unreadable")
                opened.deliver(index, ImportFile.Opened(file: nil, problems: [problem], warnings: []))
            }
        }
        let arrived = (0 ..< 4).map { _ in opened.next()?.problems[0].file }
        #expect(arrived == ["file 2", "file 0", "file 1", nil])
        #expect(opened.all.map(\.problems[0].file) == ["file 0", "file 1", "file 2"])
    }

    // MARK: - Helpers

    /// Imports `folder` into a fresh database, expects exactly `problems`, and that nothing changed:
    /// no rows, every constraint of the schema present and validated.
    static func expectRejected(_ folder: String, _ problems: [String]) throws {
        let database = try TestCluster.shared().makeDatabase(label: "pipeline")
        let connection = try database.connect()
        let constraints = try constraintList(connection)
        let failure = #expect(throws: ImportFailure.self) { try Importer(connection: connection).importFiles(at: [folder]) }
        #expect(failure?.problems.map(\.description) == problems)
        for table in ["municipality", "school", "gym", "gym_hours", "school_hours", "distance", "class", "teacher", "lesson"] {
            #expect(try connection.query("SELECT count(*) FROM \(table)").scalar(Int.self) == 0, "\(table)")
        }
        #expect(try constraintList(connection) == constraints)
        try database.drop()
    }

    /// Every constraint of the public schema with whether it is validated, one a line.
    static func constraintList(_ connection: Connection) throws -> String {
        try connection.query("""
            SELECT string_agg(conrelid::regclass || ' ' || conname || ' ' || convalidated, E'\\n' ORDER BY 1)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
            """).scalar(String.self)
    }

    /// A new temporary folder with `files` (name to contents).
    static func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/gp-pipeline-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
        }
        return path
    }
}
