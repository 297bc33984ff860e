import Foundation
import GymPlan
import PostgresClient
import TestSupport
import Testing

/// The real public files: DUO school locations (both header layouts), CBS municipalities, PC4.
@Suite struct ImportPublicFilesTests {
    static var shared: String { Repository.sharedData }
    static var available: Bool { FileManager.default.fileExists(atPath: shared + "/duo/03-alle-vestigingen-bo-2021-10-01.csv") }

    @Test(.enabled(if: available, "shared/data not found"))
    func realDuoCbsAndPc4FilesTogether() throws {
        let db = try ImportTestDatabase.fresh()
        let duo = Self.shared + "/duo/03-alle-vestigingen-bo-2021-10-01.csv"
        let cbs = Self.shared + "/cbs/gemeenten-alfabetisch-2021.csv"
        let pc4 = Self.shared + "/pc4/4pp.csv"
        let report = try db.importFiles([duo, cbs, pc4])
        #expect(report.summary("03-alle-vestigingen-bo-2021-10-01.csv")?.kind == "duo-schools")
        #expect(report.summary("03-alle-vestigingen-bo-2021-10-01.csv")?.encoding == "windows-1252")
        #expect(try db.count("school") == 6215)
        #expect(try db.count("municipality") == 352)
        // Names come from CBS, matched on the number: DUO writes "S GRAVENHAGE".
        #expect(try db.query("SELECT name FROM municipality WHERE code = 'GM0518'").scalar(String.self) == "'s-Gravenhage")
        #expect(try db.count("school", "school_id = '16AH00' AND municipality_code = 'GM0114' AND postcode = '7822HG'") == 1)
        #expect(try db.count("postcode_area") == 4699)
        let located = try db.count("school", "location_source = 'pc4'")
        #expect(located > 6000)
        #expect(try db.count("school", "location_source = 'file'") == 0)

        let again = try db.importFiles([duo, cbs, pc4])
        #expect(again.files.allSatisfy { $0.inserted == 0 && $0.updated == 0 })
        #expect(again.notes.isEmpty)
    }

    @Test(.enabled(if: available, "shared/data not found"))
    func duoAloneAddsItsMunicipalitiesAndPc4LocatesSchoolsLater() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([Self.shared + "/duo/03-alle-vestigingen-bo-2021-10-01.csv"])
        #expect(try db.count("municipality") > 300)
        #expect(try db.count("school", "latitude IS NULL") == 6215)
        let report = try db.importFiles([Self.shared + "/pc4/4pp.csv"])
        #expect(report.notes.count == 1)
        #expect(try db.count("school", "location_source = 'pc4'") > 6000)
        // The CBS list afterwards corrects the names DUO gave.
        try db.importFiles([Self.shared + "/cbs/gemeenten-alfabetisch-2021.csv"])
        #expect(try db.query("SELECT name FROM municipality WHERE code = 'GM0518'").scalar(String.self) == "'s-Gravenhage")
    }

    @Test func theNewerDuoLayoutIsRecognisedByItsHeader() throws {
        let db = try ImportTestDatabase.fresh()
        let file = ImportTestDatabase.fixture("duo-new/03-alle-vestigingen-bo.csv")
        let report = try db.importFiles([file])
        #expect(report.files.first?.kind == "duo-schools")
        #expect(report.files.first?.encoding == "windows-1252")
        #expect(try db.query("SELECT string_agg(school_id || '/' || municipality_code, ' ' ORDER BY school_id) FROM school")
            .scalar(String.self) == "04ZZ01/GM0014 12XY00/GM0518 16AH00/GM0114")
        #expect(try db.query("SELECT name FROM school WHERE school_id = '04ZZ01'").scalar(String.self)
            == "CBS De Vuurvlinder – Coöperatie")
        #expect(try db.query("SELECT board_id FROM school WHERE school_id = '12XY00'").scalar(String.self) == "41822")
    }

    @Test func ownCoordinatesWinOverPc4AndPc4IsMarkedApproximate() throws {
        let db = try ImportTestDatabase.fresh()
        let temp = try ImportTempFolder()
        let pc4 = try temp.write("4pp.csv", "id,postcode,woonplaats,latitude,longitude\n1,1012,Amsterdam,52.37,4.89\n2,3011,Rotterdam,51.92,4.48\n")
        let municipalities = try temp.write("municipalities.csv", "code,name\n363,Amsterdam\n")
        let schools = try temp.write("schools.csv", """
            school_id,name,municipality_code,postcode,latitude,longitude
            00AP00,Eigen,363,1012 AB,52.1,4.5
            01AP00,Pc4,363,1012 CD,,
            02AP00,Geen pc4,363,9999 ZZ,,
            """)
        try db.importFiles([pc4, municipalities, schools])
        #expect(try db.query("SELECT string_agg(school_id || ':' || coalesce(location_source, '-'), ' ' ORDER BY school_id) FROM school")
            .scalar(String.self) == "00AP00:file 01AP00:pc4 02AP00:-")
        #expect(try db.count("school", "school_id = '01AP00' AND latitude = 52.37 AND location IS NOT NULL") == 1)
        let again = try db.importFiles([pc4, municipalities, schools])
        #expect(again.summary("schools.csv")?.unchanged == 3)
    }
}
