import Foundation
import GymPlan
@testable import gymplan
import PostgresClient
import Testing
import TestSupport

/// Bad input is rejected with every problem as `file:line: column: message`, and the database
/// stays exactly as it was.
@Suite struct ImportBadInputTests {
    let fixture = ImportTestDatabase.fixture("contract")

    @Test func everyRowProblemIsReportedWithItsPosition() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let before = try db.fingerprint()
        let temp = try ImportTempFolder()
        let schools = try temp.write("schools.csv", """
            school_id,name,municipality_code,postcode,latitude,longitude
            00AP0,Te kort,GM0363,,,
            10AB00,,GM0363,,,
            11AB00,Geen gemeente,GM03633,,,
            12AB00,Buiten NL,GM0363,,48.1,4.9
            13AB00,Half,GM0363,,52.1,
            14AB00,Postcode,GM0363,12345,,
            15AB00,Te veel velden,GM0363,,,,extra
            """)
        let problems = try db.importProblems([schools])
        #expect(problems == [
            "\(schools):2: school_id: \"00AP0\" is not a school location code (2 digits, 2 letters, 2 digits, e.g. 00AP00)",
            "\(schools):3: name: required value is missing",
            "\(schools):4: municipality_code: \"GM03633\" is not a municipality code (GM and 4 digits, e.g. GM0363)",
            "\(schools):5: latitude: 48.1° is out of range 50.7..53.6",
            "\(schools):6: longitude: required when latitude is given",
            "\(schools):7: postcode: \"12345\" is not a postcode (4 digits and 2 letters, e.g. 1234 AB)",
            "\(schools):8: the row has 7 fields, the header has 6",
        ])
        #expect(try db.fingerprint() == before)
    }

    @Test func duplicatesAndMissingReferencesAreFoundAcrossTheImport() throws {
        let db = try ImportTestDatabase.fresh()
        let temp = try ImportTempFolder()
        let municipalities = try temp.write("municipalities.csv", "code,name\nGM0363,Amsterdam\n363,Amsterdam again\n")
        let schools = try temp.write("schools.csv", """
            school_id,name,municipality_code
            00AP00,A,GM0363
            01AP00,B,GM9999
            """)
        let lessons = try temp.write("lessons.csv", """
            school_year,school_id,class_id,weekday,start,minutes,gym_id,teacher_id
            2019-2020,00AP00,3a,1,09:00,45,NOGYM,secret-teacher
            """)
        let problems = try db.importProblems([municipalities, schools, lessons])
        #expect(problems == [
            "\(municipalities):3: code: duplicate municipality: the same code as line 2",
            "\(schools):3: municipality_code: municipality GM9999 exists neither in the database nor in this import",
            "\(lessons):2: class_id: class 2019-2020, 00AP00, 3a exists neither in the database nor in this import",
            "\(lessons):2: gym_id: gym NOGYM exists neither in the database nor in this import",
            "\(lessons):2: teacher_id: this teacher exists neither in the database nor in this import",
        ])
        #expect(!problems.joined().contains("secret-teacher"))
        #expect(try db.count("municipality") == 0)
    }

    @Test func rowProblemsAndReferenceProblemsAreReportedTogether() throws {
        let db = try ImportTestDatabase.fresh()
        let temp = try ImportTempFolder()
        let schools = try temp.write("schools.csv", """
            school_id,name,municipality_code
            00AP00,A,GM0001
            01AP00,B,not-a-code
            """)
        #expect(try db.importProblems([schools]) == [
            "\(schools):2: municipality_code: municipality GM0001 exists neither in the database nor in this import",
            "\(schools):3: municipality_code: \"not-a-code\" is not a municipality code (GM and 4 digits, e.g. GM0363)",
        ])
    }

    /// Into an empty table the primary key finds duplicates; they are then reported by line, for
    /// a small file (plain inserts) and a bulk load (rebuilt primary key) alike.
    @Test(arguments: [10, 2500])
    func duplicatesInAnEmptyTableAreReportedByLine(rows: Int) throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture + "/municipalities.csv"])
        let before = try db.fingerprint()
        let foreignKeys = try db.count("pg_constraint", "contype = 'f' AND connamespace = 'public'::regnamespace")
        let temp = try ImportTempFolder()
        let lines = (1 ... rows).map { "G\($0),Zaal,GM0363,1,10" } + ["G7,Zaal,GM0363,1,10"]
        let gyms = try temp.write("gyms.csv", "gym_id,name,municipality_code,halls,hours_per_week\n" + lines.joined(separator: "\n") + "\n")
        #expect(try db.importProblems([gyms]) == ["\(gyms):\(rows + 2): gym_id: duplicate gym: the same gym_id as line 8"])
        #expect(try db.fingerprint() == before)
        // Every foreign key the write took down for the bulk load is back.
        #expect(try db.count("pg_constraint", "contype = 'f' AND connamespace = 'public'::regnamespace") == foreignKeys)
    }

    @Test func headerProblems() throws {
        let db = try ImportTestDatabase.fresh()
        let temp = try ImportTempFolder()
        let gyms = try temp.write("gyms.csv", "gym_id,name,halls,colour,hours_per_week\nG1,Zaal,1,red,10\n")
        #expect(try db.importProblems([gyms]) == ["\(gyms):1: municipality_code: required column is missing"])
        let unknown = try temp.write("other.csv", "a,b\n1,2\n")
        #expect(try db.importProblems([unknown]).first?.hasPrefix("\(unknown): cannot tell what this file holds") == true)
        #expect(try db.importProblems([temp.path + "/missing.csv"]) == ["\(temp.path)/missing.csv: no such file or folder"])
    }

    @Test func unknownColumnsAreWarnings() throws {
        let db = try ImportTestDatabase.fresh()
        let temp = try ImportTempFolder()
        let file = try temp.write("municipalities.csv", "Code,NAME,colour\nGM0001,A,red\n")
        let report = try db.importFiles([file])
        #expect(report.warnings.map(\.description) == ["\(file):1: colour: unknown column, ignored"])
        #expect(try db.count("municipality") == 1)
    }

    /// A misspelt optional column is only a warning, so it names the column meant; when the import
    /// fails for want of it (a longitude without its latitude), the warning comes with the problems.
    @Test func aMisspeltOptionalColumnIsNamed() throws {
        let database = try ImportTestDatabase.freshDatabase()
        defer { try? database.drop() }
        let temp = try ImportTempFolder()
        try temp.write("municipalities.csv", "code,name\nGM0001,A\n")
        try temp.write("schools.csv", "school_id,name,municipality_code,postcod\n00AA00,School A,GM0001,1234AB\n")
        let typo = try GymPlanCLI.run(["import", temp.path], database: database)
        #expect(typo.status == 0, "\(typo.standardError)")
        #expect(typo.standardError.contains("schools.csv:1: postcod: unknown column, ignored; did you mean 'postcode'?"), "\(typo.standardError)")

        try temp.write("schools.csv", "school_id,name,municipality_code,lattitude,longitude\n01BB00,School B,GM0001,52.1,5.1\n")
        let before = try database.connect().fingerprint()
        let failed = try GymPlanCLI.run(["import", temp.path], database: database)
        #expect(failed.status == 65)
        #expect(failed.standardError.contains("schools.csv:2: latitude:"), "\(failed.standardError)")
        #expect(failed.standardError.contains("warning: \(temp.path)/schools.csv:1: lattitude: unknown column, ignored; did you mean 'latitude'?"),
                "\(failed.standardError)")
        #expect(try database.connect().fingerprint() == before)
    }

    @Test func invalidEncodingIsAPositionedProblem() throws {
        let db = try ImportTestDatabase.fresh()
        let temp = try ImportTempFolder()
        let file = try temp.write("municipalities.csv", bytes: Array("code;name\nGM0001;A\nGM0002;B".utf8) + [0x81] + [0x0A])
        #expect(try db.importProblems([file]) == ["\(file):3: name: invalid encoding: byte 0x81 is not valid Windows-1252"])
    }

    @Test func grantDateRules() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let temp = try ImportTempFolder()
        let grants = try temp.write("grants.csv", """
            grant_id,teacher_id,applied_on,status,decided_on,completed_on,amount_eur
            G1,T-001,2019-03-01,awarded,2019-02-01,,100
            G2,T-001,2019-03-01,completed,,,
            G3,T-001,2019-03-01,rejected,2019-04-01,2019-05-01,
            G4,T-001,2019-03-01,completed,2019-04-01,2019-03-15,
            G5,T-001,2019-03-01,completed,,2019-02-28,
            G6,T-001,2019-02-30,unknown,,,-5
            """)
        #expect(try db.importProblems([grants]) == [
            "\(grants):2: decided_on: 2019-02-01 is before applied_on 2019-03-01",
            "\(grants):3: completed_on: required for status completed",
            "\(grants):4: completed_on: only allowed for status completed, not rejected",
            "\(grants):5: completed_on: 2019-03-15 is before decided_on 2019-04-01",
            "\(grants):6: completed_on: 2019-02-28 is before applied_on 2019-03-01",
            "\(grants):7: applied_on: \"2019-02-30\" is not a date (YYYY-MM-DD)",
            "\(grants):7: status: \"unknown\" is not a grant status (applied, awarded, rejected, withdrawn, completed)",
            "\(grants):7: amount_eur: -5 is out of range 0..9999999999",
        ])
    }

    @Test func manyProblemsAreCappedInTheMessage() throws {
        let db = try ImportTestDatabase.fresh()
        let temp = try ImportTempFolder()
        let rows = (1 ... 120).map { "X\($0),Name" }.joined(separator: "\n")
        let file = try temp.write("municipalities.csv", "code,name\n" + rows + "\n")
        do {
            try db.importFiles([file])
            Issue.record("expected a rejection")
        } catch let failure as ImportFailure {
            #expect(failure.problems.count == 120)
            #expect(ErrorReport(failure).exitStatus == 65)
            let lines = failure.description.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.last == "\(file):2: code: 120 values like \"X1\" are not municipality codes (GM and 4 digits, e.g. GM0363) (lines 2, 3, 4, 5, 6 and 115 more)")
        }
    }

    @Test func manyDifferentProblemsAreCappedInTheMessage() {
        let problems = (1 ... 120).map { ImportProblem(file: "f.csv", line: $0 + 1, column: "c\($0)", message: "\"x\" is not a date") }
        let lines = ImportFailure(problems: problems).description.split(separator: "\n")
        #expect(lines.count == 1 + ImportFailure.shownProblems + 1)
        #expect(lines.last == "and 70 more")
    }
}
