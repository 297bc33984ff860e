import Foundation
import PostgresClient
import TestSupport

/// A small data set for the grant tests, written to a temporary folder and imported.
///
/// School year 2019-2020, reference date 2019-10-01. Teachers (pseudonyms are `T-...`):
/// T-Q1 specialist, no main school; T-E1 course_enrolled; T-W1 course_enrolled whose latest grant
/// is withdrawn; T-A1 none with an awarded grant; T-N1 none whose latest grant is only applied;
/// T-C1 none with a grant completed 2019-06-30; T-F1 broad_course qualified 2020-01-15.
enum GrantTestData {
    static let municipalities = """
        code,name,province
        GM0001,Aadorp,Noord
        GM0002,Bedorp,Zuid
        GM0003,Cedorp,Zuid
        """
    static let schools = """
        school_id,name,municipality_code,board_id
        01AA00,School A,GM0001,B1
        02BB00,School B,GM0001,B1
        03CC00,School C,GM0002,B2
        04DD00,School D,GM0002,B2
        05EE00,School E,GM0002,
        """
    static let teachers = """
        teacher_id,qualification,qualified_on,school_id
        T-Q1,specialist,2001-01-01,
        T-E1,course_enrolled,2019-01-01,01AA00
        T-W1,course_enrolled,,01AA00
        T-A1,none,,02BB00
        T-N1,none,,02BB00
        T-C1,none,,03CC00
        T-F1,broad_course,2020-01-15,05EE00
        """
    static let grants = """
        grant_id,teacher_id,applied_on,status,decided_on,completed_on,amount_eur
        G1,T-W1,2018-09-01,awarded,2018-10-01,,3200
        G2,T-W1,2019-03-01,withdrawn,,,
        G3,T-A1,2019-05-01,awarded,2019-06-01,,3500
        G4,T-C1,2018-01-10,completed,2018-02-01,2019-06-30,4200
        G5,T-N1,2019-07-31,rejected,2019-08-15,,
        G6,T-N1,2019-08-01,applied,,,
        G7,T-F1,2019-08-01,completed,2019-09-01,2020-01-15,3000
        G8,T-Q1,2019-09-01,rejected,2019-09-20,,
        """
    static let classes = """
        school_year,school_id,class_id,grades
        2019-2020,01AA00,3a,3
        2019-2020,01AA00,5a,5
        2019-2020,02BB00,4a,4
        2019-2020,02BB00,6a,6
        2019-2020,02BB00,1/2,1/2
        2019-2020,03CC00,7/8,7/8
        2019-2020,04DD00,1/2,1/2
        2019-2020,05EE00,3b,3
        """
    static let lessons = """
        school_year,school_id,class_id,weekday,start,minutes,teacher_id
        2019-2020,01AA00,3a,1,09:00,45,T-Q1
        2019-2020,01AA00,3a,3,09:00,45,T-E1
        2019-2020,01AA00,5a,1,10:00,45,T-C1
        2019-2020,01AA00,5a,3,10:00,45,T-W1
        2019-2020,02BB00,4a,2,09:00,45,T-A1
        2019-2020,02BB00,4a,4,09:00,45,T-N1
        2019-2020,02BB00,1/2,2,11:00,45,T-N1
        2019-2020,03CC00,7/8,1,13:00,45,T-Q1
        2019-2020,03CC00,7/8,2,13:00,45,
        2019-2020,03CC00,7/8,3,13:00,45,T-F1
        2019-2020,04DD00,1/2,5,09:00,45,T-Q1
        2019-2020,05EE00,3b,4,13:00,45,T-Q1
        2019-2020,05EE00,3b,5,13:00,45,T-E1
        """

    /// A fresh database holding the data set.
    static func load() throws -> (TestDatabase, Connection) {
        let database = try TestCluster.shared().makeDatabase(label: "grants")
        let connection = try database.connect()
        let folder = try ImportTempFolder()
        for (name, text) in [("municipalities.csv", municipalities), ("schools.csv", schools), ("teachers.csv", teachers),
                             ("grants.csv", grants), ("classes.csv", classes), ("lessons.csv", lessons)] {
            try folder.write(name, text + "\n")
        }
        try connection.importFiles([folder.path])
        return (database, connection)
    }
}
