import Foundation
import GymPlan
import PostgresClient
import TestSupport

/// A small data set with one school per rule and edge of the goals (data contract, section 3),
/// judged on the default reference date 2019-10-01. Teacher ids start with `TCH-` so tests can
/// check that none leaves the database.
enum GoalTestData {
    static let year = SchoolYear(firstYear: 2019)
    static let nextYear = SchoolYear(firstYear: 2020)

    static let files: [String: String] = [
        "municipalities.csv": """
            code,name,province
            GM0001,Aadorp,Overijssel
            GM0002,Beek,Limburg
            """,
        "schools.csv": """
            school_id,name,municipality_code
            01AA01,Combination,GM0001
            01AA02,One long lesson,GM0001
            01AA03,Two of forty,GM0001
            01AA04,Three of thirty,GM0001
            01AA05,Withdrawn course,GM0001
            01AA06,Course going on,GM0001
            01AA07,Qualified later,GM0001
            01AA08,Completed grant,GM0001
            01AA09,Unknown teacher,GM0001
            01AA10,Without classes,GM0002
            01AA11,Without lessons,GM0002
            01AA12,Only infants,GM0002
            """,
        "gyms.csv": """
            gym_id,name,municipality_code,halls,hours_per_week
            GYM-1,Sporthal,GM0001,2,30
            """,
        "teachers.csv": """
            teacher_id,qualification,qualified_on
            TCH-OLD,broad_pre2005,2000-06-30
            TCH-SPEC,specialist,
            TCH-WITHDREW,course_enrolled,
            TCH-ENROLLED,course_enrolled,
            TCH-TIE,course_enrolled,
            TCH-LATE,broad_course,2019-10-02
            TCH-ONDAY,broad_course,2019-10-01
            TCH-DONE,none,
            TCH-NOTYET,none,
            """,
        "grants.csv": """
            grant_id,teacher_id,applied_on,status,decided_on,completed_on,amount_eur
            G-16,TCH-WITHDREW,2018-03-01,awarded,2018-06-01,,3500
            G-17,TCH-WITHDREW,2019-03-01,withdrawn,2019-06-01,,
            G-18,TCH-WITHDREW,2019-11-01,awarded,2019-12-01,,3500
            G-19,TCH-ENROLLED,2019-03-01,awarded,2019-06-01,,3500
            G-20,TCH-TIE,2019-02-01,withdrawn,2019-05-01,,
            G-21,TCH-TIE,2019-02-01,awarded,2019-05-01,,3500
            G-30,TCH-DONE,2017-03-01,completed,2017-06-01,2019-07-01,3500
            G-31,TCH-DONE,2019-09-01,withdrawn,2019-09-15,,
            G-32,TCH-NOTYET,2018-03-01,completed,2018-06-01,2019-12-01,3500
            """,
        "classes.csv": """
            school_year,school_id,class_id,grades
            2019-2020,01AA01,2/3,2/3
            2019-2020,01AA01,1/2,1/2
            2019-2020,01AA02,5B,5
            2019-2020,01AA03,6,6
            2019-2020,01AA04,7,7
            2019-2020,01AA05,4,4
            2019-2020,01AA06,8,8
            2019-2020,01AA07,7A,7
            2019-2020,01AA08,6,6
            2019-2020,01AA09,3,3
            2019-2020,01AA11,8,8
            2019-2020,01AA11,1,1
            2019-2020,01AA12,1/2,1/2
            2020-2021,01AA02,5B,5
            """,
        "lessons.csv": """
            school_year,school_id,class_id,weekday,start,minutes,gym_id,teacher_id
            2019-2020,01AA01,2/3,1,09:00,45,GYM-1,TCH-OLD
            2019-2020,01AA01,2/3,3,09:00,45,GYM-1,TCH-OLD
            2019-2020,01AA02,5B,2,10:00,90,GYM-1,TCH-SPEC
            2019-2020,01AA03,6,1,10:00,40,GYM-1,TCH-SPEC
            2019-2020,01AA03,6,4,10:00,40,GYM-1,TCH-SPEC
            2019-2020,01AA04,7,1,11:00,30,GYM-1,TCH-SPEC
            2019-2020,01AA04,7,3,11:00,30,,TCH-SPEC
            2019-2020,01AA04,7,5,11:00,30,GYM-1,TCH-SPEC
            2019-2020,01AA05,4,2,10:00,45,GYM-1,TCH-WITHDREW
            2019-2020,01AA05,4,4,10:00,45,GYM-1,TCH-OLD
            2019-2020,01AA06,8,2,13:00,45,GYM-1,TCH-ENROLLED
            2019-2020,01AA06,8,4,13:00,45,GYM-1,TCH-TIE
            2019-2020,01AA07,7A,2,10:00,45,GYM-1,TCH-LATE
            2019-2020,01AA07,7A,4,10:00,45,GYM-1,TCH-ONDAY
            2019-2020,01AA08,6,1,14:00,45,GYM-1,TCH-DONE
            2019-2020,01AA08,6,5,14:00,45,GYM-1,TCH-NOTYET
            2019-2020,01AA09,3,2,08:30,45,GYM-1,
            2019-2020,01AA09,3,4,08:30,45,GYM-1,TCH-OLD
            2019-2020,01AA12,1/2,1,09:00,45,GYM-1,TCH-OLD
            2020-2021,01AA02,5B,2,10:00,45,GYM-1,TCH-SPEC
            2020-2021,01AA02,5B,4,10:00,45,GYM-1,TCH-SPEC
            """,
    ]

    /// A fresh database holding the data set.
    static func database() throws -> TestDatabase {
        let database = try TestCluster.shared().makeDatabase(label: "goals")
        let folder = try ImportTempFolder()
        let paths = try files.keys.sorted().map { try folder.write($0, files[$0]! + "\n") }
        try database.connect().importFiles(paths)
        return database
    }

    /// The schools' statuses in `year`, by school id.
    static func statuses(
        _ connection: Connection, year: SchoolYear = year, parameters: PlanningParameters = PlanningParameters()
    ) throws -> [String: SchoolGoalStatus] {
        let list = try GoalEvaluator.schoolStatuses(connection, year: year, parameters: parameters)
        return Dictionary(uniqueKeysWithValues: list.map { ($0.schoolId, $0) })
    }
}
