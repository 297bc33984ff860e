import Foundation
import GymPlan
import PostgresClient
import Testing

@Suite struct ImportGrantsAndReplacementTests {
    let fixture = ImportTestDatabase.fixture("contract")

    @Test func twoOpenGrantsOfOneTeacherAreAWarningNotAnError() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let temp = try ImportTempFolder()
        let grants = try temp.write("grants.csv", """
            grant_id,teacher_id,applied_on,status
            G-2020-001,T-002,2020-03-01,applied
            """)
        let report = try db.importFiles([grants])
        #expect(report.warnings.map(\.description) == [
            "\(grants):2: teacher_id: this teacher has 2 grants applied or awarded at once (G-2019-001, G-2020-001)",
        ])
        #expect(try db.count("grant_application") == 4)
    }

    @Test func classesAndLessonsReplaceTheirSchoolYearOfTheSchoolsInTheFile() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let temp = try ImportTempFolder()
        // 00AP00 in 2019-2020 now has one class; 02CR00 is not in the file and keeps its class.
        let classes = try temp.write("classes.csv", """
            school_year,school_id,class_id,grades,pupils
            2019-2020,00AP00,3a,3,26
            2020-2021,00AP00,4a,4,20
            """)
        let report = try db.importFiles([classes])
        let summary = try #require(report.summary("classes.csv"))
        #expect((summary.inserted, summary.updated, summary.unchanged, summary.deleted) == (1, 1, 0, 1))
        #expect(try db.count("class", "school_id = '00AP00'") == 2)
        #expect(try db.count("class", "school_id = '02CR00'") == 1)
        // The lesson of the removed class 4/5 went with it.
        #expect(try db.count("lesson", "class_id = '4/5'") == 0)
        #expect(try db.count("lesson", "class_id = '3a'") == 2)

        let lessons = try temp.write("lessons.csv", """
            school_year,school_id,class_id,weekday,start,minutes
            2019-2020,00AP00,3a,5,11:00,90
            """)
        let lessonReport = try db.importFiles([lessons])
        #expect(lessonReport.summary("lessons.csv")?.deleted == 2)
        #expect(try db.count("lesson", "school_id = '00AP00'") == 1)
        #expect(try db.count("lesson", "school_id = '02CR00'") == 1)
    }

    @Test func lessonsMayNotReferToAClassTheSameImportReplaces() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let temp = try ImportTempFolder()
        let classes = try temp.write("classes.csv", "school_year,school_id,class_id,grades\n2019-2020,00AP00,3a,3\n")
        let lessons = try temp.write("lessons.csv", """
            school_year,school_id,class_id,weekday,start,minutes
            2019-2020,00AP00,4/5,1,09:00,45
            """)
        #expect(try db.importProblems([classes, lessons]) == [
            "\(lessons):2: class_id: class 2019-2020, 00AP00, 4/5 exists neither in the database nor in this import",
        ])
    }
}
