import Foundation
import TestSupport
import Testing

/// A corpus of bad input files, each with one kind of problem: every one is rejected through the
/// real command line with exit status 65, a `file:line: column:` message that says what is wrong,
/// and the database exactly as before. The files are written from the table below.
@Suite struct BadInputCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var text: String
        /// Words the message must contain.
        var expected: String
        /// The file's bytes, when they are not `text` in UTF-8.
        var bytes: [UInt8]? = nil
        var testDescription: String { name }
    }

    static let accentedMunicipalities = "code,name\nGM1900,Súdwest-Fryslân\nGM0001,Café de Paris\nGM0002,Caf"

    static let schoolsHeader = "school_id,name,municipality_code,board_id,postcode,latitude,longitude\n"
    static let gymsHeader = "gym_id,name,municipality_code,latitude,longitude,halls,hours_per_week\n"
    static let classesHeader = "school_year,school_id,class_id,grades,pupils\n"
    static let lessonsHeader = "school_year,school_id,class_id,weekday,start,minutes,gym_id,teacher_id\n"
    static let teachersHeader = "teacher_id,qualification,qualified_on,school_id\n"
    static let grantsHeader = "grant_id,teacher_id,applied_on,status,decided_on,completed_on,amount_eur\n"
    static let distancesHeader = "school_id,gym_id,distance_m,travel_minutes\n"
    static let gymHoursHeader = "gym_id,weekday,from,to\n"
    static let schoolHoursHeader = "school_id,weekday,from,to\n"
    static let sitesHeader = "site_id,name,municipality_code,latitude,longitude,halls,hours_per_week,cost_eur\n"

    static let cases: [Case] = [
        Case(name: "municipality code malformed", file: "municipalities.csv", text: "code,name\nGX0363,Amsterdam\n", expected: "code"),
        Case(name: "municipality code too long", file: "municipalities.csv", text: "code,name\n123456,X\n", expected: "code"),
        Case(name: "municipality name missing", file: "municipalities.csv", text: "code,name\nGM0001,\n", expected: "name"),
        Case(name: "municipality name column missing", file: "municipalities.csv", text: "code,province\nGM0001,Utrecht\n", expected: "name"),
        Case(name: "duplicate municipality", file: "municipalities.csv", text: "code,name\nGM0001,A\n0001,B\n", expected: "duplicate municipality"),
        Case(name: "school id malformed", file: "schools.csv", text: schoolsHeader + "0AP00,X,GM0363,,,,\n", expected: "school_id"),
        Case(name: "school id letters in the wrong place", file: "schools.csv", text: schoolsHeader + "AA0000,X,GM0363,,,,\n", expected: "school_id"),
        Case(name: "school in unknown municipality", file: "schools.csv", text: schoolsHeader + "99ZZ00,X,GM9999,,,,\n", expected: "GM9999"),
        Case(name: "school postcode malformed", file: "schools.csv", text: schoolsHeader + "99ZZ00,X,GM0363,,12345,,\n", expected: "postcode"),
        Case(name: "school latitude outside the Netherlands", file: "schools.csv", text: schoolsHeader + "99ZZ00,X,GM0363,,,48.85,2.35\n", expected: "latitude"),
        Case(name: "school longitude not a number", file: "schools.csv", text: schoolsHeader + "99ZZ00,X,GM0363,,,52.1,east\n", expected: "longitude"),
        Case(name: "school latitude without longitude", file: "schools.csv", text: schoolsHeader + "99ZZ00,X,GM0363,,,52.1,\n", expected: "longitude"),
        Case(name: "duplicate school", file: "schools.csv", text: schoolsHeader + "99ZZ00,X,GM0363,,,,\n99zz00,Y,GM0363,,,,\n", expected: "duplicate school"),
        Case(name: "row with too many fields", file: "schools.csv", text: schoolsHeader + "99ZZ00,X,GM0363,,,,,extra\n", expected: "field"),
        Case(name: "row with too few fields", file: "schools.csv", text: schoolsHeader + "99ZZ00,X\n", expected: "field"),
        Case(name: "unterminated quote", file: "schools.csv", text: schoolsHeader + "99ZZ00,\"X,GM0363,,,,\n", expected: "quote"),
        Case(name: "gym halls zero", file: "gyms.csv", text: gymsHeader + "G1,Zaal,GM0363,,,0,20\n", expected: "halls"),
        Case(name: "gym halls eleven", file: "gyms.csv", text: gymsHeader + "G1,Zaal,GM0363,,,11,20\n", expected: "halls"),
        Case(name: "gym halls not whole", file: "gyms.csv", text: gymsHeader + "G1,Zaal,GM0363,,,1.5,20\n", expected: "halls"),
        Case(name: "gym hours over sixty", file: "gyms.csv", text: gymsHeader + "G1,Zaal,GM0363,,,1,61\n", expected: "hours_per_week"),
        Case(name: "gym hours negative", file: "gyms.csv", text: gymsHeader + "G1,Zaal,GM0363,,,1,-2\n", expected: "hours_per_week"),
        Case(name: "gym id too long", file: "gyms.csv", text: gymsHeader + String(repeating: "G", count: 65) + ",Zaal,GM0363,,,1,20\n", expected: "gym_id"),
        Case(name: "gym required column missing", file: "gyms.csv", text: "gym_id,name,municipality_code,halls\nG1,Zaal,GM0363,1\n", expected: "hours_per_week"),
        Case(name: "distance negative", file: "distances.csv", text: distancesHeader + "00AP00,AMS-01,-5,\n", expected: "distance_m"),
        Case(name: "distance to unknown gym", file: "distances.csv", text: distancesHeader + "00AP00,NOWHERE,500,\n", expected: "NOWHERE"),
        Case(name: "distance from unknown school", file: "distances.csv", text: distancesHeader + "98YY00,AMS-01,500,\n", expected: "98YY00"),
        Case(name: "site latitude column missing", file: "gym_sites.csv", text: "site_id,name,municipality_code,longitude\nS1,Veld,GM0363,4.9\n", expected: "latitude: required column is missing"),
        Case(name: "site without coordinates", file: "gym_sites.csv", text: sitesHeader + "S1,Veld,GM0363,,,1,20,\n", expected: "latitude"),
        Case(name: "site outside the Netherlands", file: "gym_sites.csv", text: sitesHeader + "S1,Veld,GM0363,48.85,2.35,,,\n", expected: "latitude"),
        Case(name: "site halls eleven", file: "gym_sites.csv", text: sitesHeader + "S1,Veld,GM0363,52.37,4.89,11,,\n", expected: "halls"),
        Case(name: "site hours over sixty", file: "gym_sites.csv", text: sitesHeader + "S1,Veld,GM0363,52.37,4.89,1,61,\n", expected: "hours_per_week"),
        Case(name: "site cost negative", file: "gym_sites.csv", text: sitesHeader + "S1,Veld,GM0363,52.37,4.89,,,-1\n", expected: "cost_eur"),
        Case(name: "site in unknown municipality", file: "gym_sites.csv", text: sitesHeader + "S1,Veld,GM9999,52.37,4.89,,,\n", expected: "GM9999"),
        Case(name: "duplicate site", file: "gym_sites.csv", text: sitesHeader + "S1,Veld,GM0363,52.37,4.89,,,\nS1,Plein,GM0363,52.38,4.88,,,\n", expected: "duplicate site"),
        Case(name: "site name missing", file: "gym_sites.csv", text: sitesHeader + "S1,,GM0363,52.37,4.89,,,\n", expected: "name"),
        Case(name: "school year not consecutive", file: "classes.csv", text: classesHeader + "2019-2021,00AP00,9z,3,20\n", expected: "school_year"),
        Case(name: "school year malformed", file: "classes.csv", text: classesHeader + "19-20,00AP00,9z,3,20\n", expected: "school_year"),
        Case(name: "grade nine", file: "classes.csv", text: classesHeader + "2019-2020,00AP00,9z,9,20\n", expected: "grades"),
        Case(name: "grades malformed", file: "classes.csv", text: classesHeader + "2019-2020,00AP00,9z,3-4,20\n", expected: "grades"),
        Case(name: "pupils over sixty", file: "classes.csv", text: classesHeader + "2019-2020,00AP00,9z,3,61\n", expected: "pupils"),
        Case(name: "duplicate class", file: "classes.csv", text: classesHeader + "2019-2020,00AP00,9z,3,20\n2019/2020,00AP00,9z,4,20\n", expected: "duplicate class"),
        Case(name: "qualification unknown", file: "teachers.csv", text: teachersHeader + "T-900,expert,,\n", expected: "qualification"),
        Case(name: "qualified_on not a date", file: "teachers.csv", text: teachersHeader + "T-900,a,30-06-1998,\n", expected: "qualified_on"),
        Case(name: "qualified_on impossible date", file: "teachers.csv", text: teachersHeader + "T-900,a,2019-02-30,\n", expected: "qualified_on"),
        Case(name: "teacher at unknown school", file: "teachers.csv", text: teachersHeader + "T-900,a,,97XX00\n", expected: "97XX00"),
        Case(name: "weekday six", file: "lessons.csv", text: lessonsHeader + "2019-2020,00AP00,3a,6,09:00,45,,\n", expected: "weekday"),
        Case(name: "start time malformed", file: "lessons.csv", text: lessonsHeader + "2019-2020,00AP00,3a,2,25:00,45,,\n", expected: "start"),
        Case(name: "lesson of ten minutes", file: "lessons.csv", text: lessonsHeader + "2019-2020,00AP00,3a,2,09:00,10,,\n", expected: "minutes"),
        Case(name: "lesson of an unknown class", file: "lessons.csv", text: lessonsHeader + "2019-2020,00AP00,zz,2,09:00,45,,\n", expected: "zz"),
        Case(name: "lesson in an unknown gym", file: "lessons.csv", text: lessonsHeader + "2019-2020,00AP00,3a,2,09:00,45,NOWHERE,\n", expected: "NOWHERE"),
        Case(name: "lesson by an unknown teacher", file: "lessons.csv", text: lessonsHeader + "2019-2020,00AP00,3a,2,09:00,45,,T-404\n", expected: "teacher"),
        Case(name: "grant status unknown", file: "grants.csv", text: grantsHeader + "G-900,T-001,2019-03-01,pending,,,\n", expected: "status"),
        Case(name: "grant decided before applied", file: "grants.csv", text: grantsHeader + "G-900,T-001,2019-03-01,awarded,2019-02-01,,\n", expected: "decided_on"),
        Case(name: "completed grant without completed_on", file: "grants.csv", text: grantsHeader + "G-900,T-001,2019-03-01,completed,2019-04-01,,\n", expected: "completed_on"),
        Case(name: "completed_on on an open grant", file: "grants.csv", text: grantsHeader + "G-900,T-001,2019-03-01,awarded,2019-04-01,2020-01-01,\n", expected: "completed_on"),
        Case(name: "completed before decided", file: "grants.csv", text: grantsHeader + "G-900,T-001,2019-03-01,completed,2019-04-01,2019-03-15,\n", expected: "completed_on"),
        Case(name: "negative amount", file: "grants.csv", text: grantsHeader + "G-900,T-001,2019-03-01,applied,,,-10\n", expected: "amount_eur"),
        Case(name: "grant of an unknown teacher", file: "grants.csv", text: grantsHeader + "G-900,T-404,2019-03-01,applied,,,\n", expected: "teacher"),
        Case(name: "gym hours on weekday six", file: "gym_hours.csv", text: gymHoursHeader + "AMS-01,6,09:00,12:00\n",
             expected: "gym_hours.csv:2: weekday:"),
        Case(name: "gym hours time malformed", file: "gym_hours.csv", text: gymHoursHeader + "AMS-01,1,9h00,12:00\n",
             expected: "gym_hours.csv:2: from: \"9h00\" is not a time of day (HH:MM)"),
        Case(name: "gym hours ending before they begin", file: "gym_hours.csv", text: gymHoursHeader + "AMS-01,1,12:00,09:00\n",
             expected: "gym_hours.csv:2: to: 09:00 is before from 12:00"),
        Case(name: "gym hours ending as they begin", file: "gym_hours.csv", text: gymHoursHeader + "AMS-01,1,09:00,9:00\n",
             expected: "gym_hours.csv:2: to: 09:00 is the same as from"),
        Case(name: "gym hours overlapping", file: "gym_hours.csv",
             text: gymHoursHeader + "AMS-01,1,08:30,10:00\nAMS-01,2,09:30,11:00\nAMS-01,1,09:30,11:00\n",
             expected: "gym_hours.csv:4: from: 09:30-11:00 overlaps 08:30-10:00 of line 2 (gym AMS-01, weekday 1)"),
        Case(name: "gym hours touching", file: "gym_hours.csv", text: gymHoursHeader + "AMS-01,1,08:30,10:00\nAMS-01,1,10:00,11:00\n",
             expected: "gym_hours.csv:3: from: 10:00-11:00 touches 08:30-10:00 of line 2 (gym AMS-01, weekday 1): write them as one window"),
        Case(name: "gym hours with the same start twice", file: "gym_hours.csv",
             text: gymHoursHeader + "AMS-01,1,09:00,10:00\nAMS-01,1,09:00,11:00\n",
             expected: "gym_hours.csv:3: from: duplicate gym window: the same gym_id, weekday, from as line 2"),
        Case(name: "gym hours of an unknown gym", file: "gym_hours.csv", text: gymHoursHeader + "NOWHERE,1,09:00,12:00\n",
             expected: "gym_hours.csv:2: gym_id: gym NOWHERE exists neither in the database nor in this import"),
        Case(name: "gym hours without a to column", file: "gym_hours.csv", text: "gym_id,weekday,from\nAMS-01,1,09:00\n",
             expected: "gym_hours.csv:1: to: required column is missing"),
        Case(name: "opening hours under another name", file: "openingstijden.csv", text: gymHoursHeader + "AMS-01,1,09:00,12:00\n",
             expected: "openingstijden.csv: cannot tell what this file holds: name it one of"),
        Case(name: "gym hours with the header of gyms.csv", file: "gym_hours.csv", text: gymsHeader + "G1,Zaal,GM0363,,,1,20\n",
             expected: "gym_hours.csv:1: weekday: required column is missing"),
        Case(name: "school hours of an unknown school", file: "school_hours.csv", text: schoolHoursHeader + "98YY00,1,08:30,14:15\n",
             expected: "school_hours.csv:2: school_id: school 98YY00 exists neither in the database nor in this import"),
        Case(name: "school hours school id malformed", file: "school_hours.csv", text: schoolHoursHeader + "8YY00,1,08:30,14:15\n",
             expected: "school_hours.csv:2: school_id:"),
        Case(name: "school hours on weekday zero", file: "school_hours.csv", text: schoolHoursHeader + "00AP00,0,08:30,14:15\n",
             expected: "school_hours.csv:2: weekday:"),
        Case(name: "school hours without a from", file: "school_hours.csv", text: schoolHoursHeader + "00AP00,2,,12:00\n",
             expected: "school_hours.csv:2: from: required value is missing"),
        Case(name: "school hours overlapping in a semicolon file", file: "school_hours.csv",
             text: "School_ID;Weekday;From;To\n00AP00;3;08:30;12:30\n00AP00;3;12:00;14:00\n",
             expected: "school_hours.csv:3: From: 12:00-14:00 overlaps 08:30-12:30 of line 2 (school 00AP00, weekday 3)"),
        Case(name: "invalid encoding", file: "municipalities.csv", text: "code,name\nGM0001,Caf\u{FFFD}\n", expected: "encoding",
             bytes: Array("code,name\nGM0001,Caf".utf8) + [0x81] + Array("\n".utf8)),
        Case(name: "misspelt header school_id", file: "schools.csv",
             text: "schol_id,name,municipality_code,board_id,postcode,latitude,longitude\n99ZZ00,X,GM0363,,1234AB,52.1,4.9\n",
             expected: "schools.csv:1: school_id: required column is missing (found 'schol_id')"),
        Case(name: "header School ID in words", file: "schools.csv", text: "School ID,name,municipality_code,postcode\n99ZZ00,X,GM0363,1234AB\n",
             expected: "school_id: required column is missing (found 'School ID')"),
        Case(name: "Excel workbook", file: "schools.xlsx", text: "", expected: "schools.xlsx: an Excel workbook: save it as CSV (UTF-8)",
             bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array(repeating: 0, count: 300) + Array("[Content_Types].xml".utf8)),
        Case(name: "old Excel workbook", file: "schools.xls", text: "", expected: "old Excel workbook",
             bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 500)),
        Case(name: "PDF", file: "gyms.csv", text: "%PDF-1.4\n%\u{E2}\u{E3}\n1 0 obj\n", expected: "gyms.csv: a PDF document"),
        Case(name: "binary file", file: "lessons.csv", text: "", expected: "a binary file",
             bytes: (0 ..< 2000).map { UInt8(truncatingIfNeeded: $0 &* 7) }),
        Case(name: "corrupt UTF-8 among accented names", file: "municipalities.csv", text: "",
             expected: "municipalities.csv:4: name: invalid encoding: byte 0xE9 is not valid UTF-8",
             bytes: Array(accentedMunicipalities.utf8) + [0xE9] + Array("\n".utf8)),
        Case(name: "dates in the Dutch format", file: "teachers.csv",
             text: teachersHeader + (1 ... 221).map { "T-9\($0),a,\($0 % 28 + 1)-7-1987," }.joined(separator: "\n") + "\n",
             expected: "teachers.csv:2: qualified_on: 221 values like \"2-7-1987\" are not dates (YYYY-MM-DD); Excel wrote them in the Dutch format: format the column as yyyy-mm-dd before saving (lines 2, 3, 4, 5, 6 and 216 more)"),
        Case(name: "decimal comma in a comma file", file: "gyms.csv",
             text: gymsHeader + (1 ... 6).map { "G\($0),Zaal,GM0363,,,1,\"2\($0),5\"" }.joined(separator: "\n") + "\n",
             expected: "hours_per_week: 6 values like \"21,5\" are not numbers (a decimal comma is accepted only in ;-separated files); the numbers have a decimal comma"),
        Case(name: "thousands separators", file: "distances.csv",
             text: distancesHeader + (1 ... 6).map { "00AP00,AMS-01,1.2\($0)0,\n" }.joined(),
             expected: "distance_m: 6 values like \"1.210\" are not whole numbers; the numbers have thousands separators"),
        Case(name: "NUL in a field", file: "municipalities.csv", text: "code,name\nGM0001,Amster\u{0}dam\n",
             expected: "municipalities.csv:2: name: contains the control character NUL"),
    ]

    static var contractFixtures: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/import/contract").path
    }

    @Test func theCorpusHasAtLeastFortyFiles() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }

    @Test(arguments: cases)
    func badFileIsRejectedClearlyAndChangesNothing(_ badCase: Case) throws {
        let database = try TestCluster.shared().makeDatabase(label: "bad")
        #expect(try GymPlanCLI.run(["import", Self.contractFixtures], database: database).status == 0)
        let connection = try database.connect()
        let before = try connection.fingerprint()

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(badCase.file)
        try Data(badCase.bytes ?? Array(badCase.text.utf8)).write(to: path)

        let result = try GymPlanCLI.run(["import", path.path], database: database)
        #expect(result.status == 65, "\(badCase.name): \(result.standardError)")
        #expect(result.standardError.contains("\(badCase.file):"), "\(result.standardError)")
        #expect(result.standardError.localizedCaseInsensitiveContains(badCase.expected), "\(result.standardError)")
        #expect(try connection.fingerprint() == before)
        try database.drop()
    }

    /// A workbook is one problem, not a line for each row of garbage.
    @Test func aWorkbookIsOneLine() throws {
        let database = try TestCluster.shared().makeDatabase(label: "xlsx")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("schools.xlsx")
        var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        for index in 0 ..< 20_000 { bytes.append(index % 97 == 0 ? 0x0A : UInt8(truncatingIfNeeded: index &* 31)) }
        try Data(bytes).write(to: path)
        let result = try GymPlanCLI.run(["import", path.path], database: database)
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 2, "\(result.standardError)")
        #expect(lines.last == "\(path.path): an Excel workbook: save it as CSV (UTF-8)")
        try database.drop()
    }
}
