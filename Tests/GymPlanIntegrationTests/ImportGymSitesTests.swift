import Foundation
import PostgresClient
import TestSupport
import Testing

/// `gym_sites.csv` (data contract, section 7) through the real command line: recognised by its name,
/// optional columns stored as absent, and an import replaces every site.
@Suite struct ImportGymSitesTests {
    let fixture = ImportTestDatabase.fixture("contract")

    @Test func anImportReplacesEverySite() throws {
        let database = try ImportTestDatabase.freshDatabase()
        #expect(try GymPlanCLI.run(["import", fixture], database: database).status == 0)
        let temp = try ImportTempFolder()
        let first = try temp.write("gym_sites.csv", """
            site_id;name;municipality_code;latitude;longitude;halls;hours_per_week;cost_eur
            S1;Veld Noord;363;52,3800;4,9000;2;20,5;4000000
            S2;Plein Zuid;GM0599;51,9200;4,4800;;;
            """)
        let imported = try GymPlanCLI.run(["import", first], database: database)
        #expect(imported.status == 0, "\(imported.standardError)")
        let connection = try database.connect()
        let rows = try connection.query("""
            SELECT site_id, municipality_code, halls::text, hours_per_week::text, cost_eur::text
            FROM gym_site ORDER BY site_id
            """).rows.map { row in
            [try row.decode(0, as: String.self), try row.decode(1, as: String.self), try row.decode(2, as: String?.self) ?? "-",
             try row.decode(3, as: String?.self) ?? "-", try row.decode(4, as: String?.self) ?? "-"]
        }
        #expect(rows == [["S1", "GM0363", "2", "20.50", "4000000.00"], ["S2", "GM0599", "-", "-", "-"]])

        // The same file again changes nothing; another file leaves exactly its own sites.
        let fingerprint = try connection.fingerprint()
        #expect(try GymPlanCLI.run(["import", first], database: database).status == 0)
        #expect(try connection.fingerprint() == fingerprint)
        let second = try temp.write("gym_sites.csv", """
            site_id,name,municipality_code,latitude,longitude
            S2,Plein Zuid,GM0599,51.92,4.48
            S3,Haven,GM0599,51.90,4.45
            """)
        let replaced = try GymPlanCLI.run(["import", second], database: database)
        #expect(replaced.status == 0, "\(replaced.standardError)")
        #expect(try connection.query("SELECT string_agg(site_id, ',' ORDER BY site_id) FROM gym_site").scalar(String.self) == "S2,S3")
        try database.drop()
    }

    @Test func aBadSiteFileLeavesTheSitesAsTheyWere() throws {
        let database = try ImportTestDatabase.freshDatabase()
        let temp = try ImportTempFolder()
        try temp.write("gym_sites.csv", "site_id,name,municipality_code,latitude,longitude\nS1,Veld,GM0363,52.38,4.9\n")
        #expect(try GymPlanCLI.run(["import", fixture, temp.path + "/gym_sites.csv"], database: database).status == 0)
        let connection = try database.connect()
        let before = try connection.fingerprint()
        let bad = try temp.write("gym_sites.csv", """
            site_id,name,municipality_code,latitude,longitude,halls
            S4,Veld,GM0363,52.38,4.9,1
            S5,Plein,GM0363,52.38,4.9,0
            """)
        let result = try GymPlanCLI.run(["import", bad], database: database)
        #expect(result.status == 65)
        #expect(result.standardError.contains("gym_sites.csv:3: halls: 0 is out of range 1..10"), "\(result.standardError)")
        #expect(try connection.fingerprint() == before)
        try database.drop()
    }
}
