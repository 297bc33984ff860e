import Foundation
import GymPlan
import PostgresClient
import Testing

/// The eight files of the data contract, imported together.
@Suite struct ImportContractFilesTests {
    let folder = ImportTestDatabase.fixture("contract")

    @Test func aWholeDataSetIsImportedWithItsNormalisations() throws {
        let db = try ImportTestDatabase.fresh()
        let report = try db.importFiles([folder])
        #expect(report.files.count == 8)
        #expect(report.warnings.isEmpty)
        #expect(report.files.allSatisfy { $0.updated == 0 && $0.unchanged == 0 && $0.inserted == $0.rows })
        #expect(try db.query("SELECT string_agg(code, ',' ORDER BY code) FROM municipality").scalar(String.self)
            == "GM0014,GM0363,GM0599")
        #expect(try db.count("school", "school_id = '02CR00' AND municipality_code = 'GM0599'") == 1)
        #expect(try db.count("school", "school_id = '00AP00' AND postcode = '1012AB' AND location_source = 'file'") == 1)
        #expect(try db.query("SELECT name FROM school WHERE school_id = '01BQ00'").scalar(String.self)
            == "CBS \"De Ark\", locatie Noord")
        #expect(try db.query("SELECT hours_per_week::text FROM gym WHERE gym_id = 'RTM-01'").scalar(String.self) == "30.25")
        #expect(try db.query("SELECT latitude FROM gym WHERE gym_id = 'AMS-01'").scalar(Double.self) == 52.374)
        #expect(try db.count("class", "school_year = '2019-2020'") == 4)
        #expect(try db.query("SELECT grades::text FROM class WHERE class_id = '4/5'").scalar(String.self) == "{4,5}")
        #expect(try db.query("SELECT string_agg(qualification, ',' ORDER BY teacher_id) FROM teacher").scalar(String.self)
            == "broad_pre2005,course_enrolled,specialist,none")
        #expect(try db.query("SELECT start::text FROM lesson WHERE weekday = 3").scalar(String.self) == "09:45:00")
        #expect(try db.count("lesson", "gym_id IS NULL AND teacher_id IS NULL") == 1)
        #expect(try db.count("grant_application", "status = 'completed' AND completed_on = '2016-06-30'") == 1)
    }

    @Test func importingTheSameDataAgainChangesNothing() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([folder])
        let before = try db.fingerprint()
        let xmin = try db.query("SELECT string_agg(xmin::text, ',' ORDER BY school_id) FROM school").scalar(String.self)
        let again = try db.importFiles([folder])
        #expect(again.files.allSatisfy { $0.inserted == 0 && $0.updated == 0 && $0.deleted == 0 && $0.unchanged == $0.rows })
        #expect(try db.fingerprint() == before)
        #expect(try db.query("SELECT string_agg(xmin::text, ',' ORDER BY school_id) FROM school").scalar(String.self) == xmin)
    }

    @Test func filesMayReferToRowsAlreadyInTheDatabase() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([folder + "/municipalities.csv", folder + "/schools.csv"])
        try db.importFiles([folder + "/gyms.csv", folder + "/distances.csv", folder + "/teachers.csv"])
        let report = try db.importFiles([folder + "/classes.csv", folder + "/lessons.csv", folder + "/grants.csv"])
        #expect(report.files.map(\.inserted) == [4, 4, 3])
        #expect(try db.count("lesson") == 4)
    }

    @Test func changedRowsAreUpdatedAndCounted() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([folder])
        let temp = try ImportTempFolder()
        let file = try temp.write("gyms.csv", """
            gym_id,name,municipality_code,halls,hours_per_week
            AMS-01,Gymzaal Centrum,GM0363,2,27.5
            AMS-02,Sporthal Noord (renovated),GM0363,3,40
            NEW-01,Nieuwe zaal,GM0363,1,10
            """)
        let report = try db.importFiles([file])
        let summary = try #require(report.summary("gyms.csv"))
        #expect((summary.inserted, summary.updated, summary.unchanged) == (1, 1, 1))
        // Columns the file does not have keep their values.
        #expect(try db.count("gym", "gym_id = 'AMS-01' AND latitude IS NOT NULL") == 1)
    }

    @Test func aDryRunReportsButWritesNothing() throws {
        let db = try ImportTestDatabase.fresh()
        let before = try db.fingerprint()
        let report = try db.importFiles([folder], dryRun: true)
        #expect(report.dryRun)
        #expect(report.summary("schools.csv")?.inserted == 4)
        #expect(try db.fingerprint() == before)
    }

    @Test func anSQLInjectionLookingNameIsJustData() throws {
        let db = try ImportTestDatabase.fresh()
        let temp = try ImportTempFolder()
        let name = "Robert'); DROP TABLE school; -- \\ \"x\"\ttab"
        let file = try temp.write("municipalities.csv", "code,name\nGM0001,\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"\n")
        try db.importFiles([file])
        #expect(try db.query("SELECT name FROM municipality").scalar(String.self) == name)
        #expect(try db.count("school") == 0)
    }
}
