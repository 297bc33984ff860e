import Foundation
import PostgresClient
import TestSupport
import Testing

/// `gymplan delete`: one kind of data or one school year, in one transaction, saying what went.
@Suite struct DeleteCommandTests {
    private func sampleDatabase(_ label: String) throws -> TestDatabase {
        let database = try TestCluster.shared().makeDatabase(label: label)
        let imported = try GymPlanCLI.run(["import", Repository.sampleData], database: database)
        #expect(imported.status == 0, "\(imported.standardError)")
        return database
    }

    private func count(_ connection: Connection, _ sql: String) throws -> Int {
        try connection.query(sql).scalar(Int.self)
    }

    @Test func lessonsOfOneYearGoAndNothingElse() throws {
        let database = try sampleDatabase("del-lessons")
        let connection = try database.connect()
        let lessons = try count(connection, "SELECT count(*) FROM lesson WHERE school_year = '2021-2022'")
        let others = try count(connection, "SELECT count(*) FROM lesson WHERE school_year <> '2021-2022'")
        let classes = try count(connection, "SELECT count(*) FROM class")
        let result = try GymPlanCLI.run(["delete", "lessons", "--school-year", "2021-2022"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "deleted \(lessons) lessons of 2021-2022\n")
        #expect(try count(connection, "SELECT count(*) FROM lesson") == others)
        #expect(try count(connection, "SELECT count(*) FROM class") == classes)
        let again = try GymPlanCLI.run(["delete", "lessons", "--school-year", "2021-2022"], database: database)
        #expect(again.standardError == "nothing to delete of 2021-2022\n")
        try database.drop()
    }

    @Test func aDeletionThatTakesOtherKindsAlongIsRefusedUnlessCascade() throws {
        let database = try sampleDatabase("del-cascade")
        let connection = try database.connect()
        let before = try count(connection, "SELECT count(*) FROM school")
        let refused = try GymPlanCLI.run(["delete", "schools"], database: database)
        #expect(refused.status == 64)
        #expect(refused.standardError.hasPrefix("gymplan: deleting \(before) schools would also delete"), "\(refused.standardError)")
        #expect(refused.standardError.contains("classes") && refused.standardError.contains("--cascade"))
        #expect(try count(connection, "SELECT count(*) FROM school") == before)
        #expect(try count(connection, "SELECT count(*) FROM class") > 0)

        let grants = try count(connection, "SELECT count(*) FROM grant_application")
        let taught = try count(connection, "SELECT count(teacher_id) FROM lesson")
        let teachers = try GymPlanCLI.run(["delete", "teachers", "--cascade"], database: database)
        #expect(teachers.status == 0, "\(teachers.standardError)")
        #expect(teachers.standardError.contains("deleted \(grants) grants with them"), "\(teachers.standardError)")
        #expect(teachers.standardError.contains("\(taught) lessons no longer name their teacher"), "\(teachers.standardError)")
        #expect(try count(connection, "SELECT count(*) FROM teacher") == 0)
        #expect(try count(connection, "SELECT count(*) FROM lesson") > 0)
        try database.drop()
    }

    @Test func oneSchoolYearTakesItsClassesAndLessons() throws {
        let database = try sampleDatabase("del-year")
        let connection = try database.connect()
        let classes = try count(connection, "SELECT count(*) FROM class WHERE school_year = '2020-2021'")
        let lessons = try count(connection, "SELECT count(*) FROM lesson WHERE school_year = '2020-2021'")
        let result = try GymPlanCLI.run(["delete", "--school-year", "2020-2021"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "deleted \(classes) classes of 2020-2021\ndeleted \(lessons) lessons with them\n")
        #expect(try count(connection, "SELECT count(*) FROM class WHERE school_year = '2020-2021'") == 0)
        #expect(try count(connection, "SELECT count(*) FROM class WHERE school_year = '2021-2022'") > 0)
        try database.drop()
    }

    @Test func grantsGoAndUsageErrorsAreNamed() throws {
        let database = try sampleDatabase("del-grants")
        let connection = try database.connect()
        let grants = try count(connection, "SELECT count(*) FROM grant_application")
        let result = try GymPlanCLI.run(["delete", "grants"], database: database)
        #expect(result.standardError == "deleted \(grants) grants\n", "\(result.standardError)")
        #expect(try GymPlanCLI.run(["delete"], database: database).status == 64)
        #expect(try GymPlanCLI.run(["delete", "gyms", "--school-year", "2021-2022"], database: database).status == 64)
        #expect(try GymPlanCLI.run(["delete", "everything"], database: database).status == 64)
        try database.drop()
    }
}
