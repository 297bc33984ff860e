import Foundation
import GymPlan
import PostgresClient
import Testing

/// The grant rules of the data contract, section 2, beyond those in ImportBadInputTests and
/// ImportGrantsAndReplacementTests: boundaries, references, duplicates, open-grant warnings.
@Suite struct GrantValidationTests {
    let fixture = ImportTestDatabase.fixture("contract")

    @Test func sameDayDecisionsAndCompletionsAreAccepted() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let temp = try ImportTempFolder()
        let grants = try temp.write("grants.csv", """
            grant_id,teacher_id,applied_on,status,decided_on,completed_on,amount_eur
            V1,T-001,2019-03-01,rejected,2019-03-01,,0
            V2,T-003,2019-03-01,completed,2019-03-01,2019-03-01,4200
            V3,T-004,2019-03-01,completed,,2019-03-01,
            """)
        let report = try db.importFiles([grants])
        #expect(report.warnings.isEmpty)
        #expect(try db.count("grant_application", "grant_id LIKE 'V%'") == 3)
    }

    @Test func aBadGrantFileChangesNothingAndNamesNoTeacher() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let before = try db.fingerprint()
        let temp = try ImportTempFolder()
        let grants = try temp.write("grants.csv", """
            grant_id,teacher_id,applied_on,status
            V1,T-999,2019-03-01,applied
            V2,T-001,,applied
            V3,T-001,2019-03-01,
            V3,T-001,2019-03-02,applied
            V4,T-001,2019-03-01,awarded
            """)
        let problems = try db.importProblems([grants])
        #expect(problems.count == 4, "\(problems)")
        #expect(problems.allSatisfy { $0.hasPrefix(grants + ":") })
        #expect(!problems.contains { $0.contains("T-999") })
        #expect(problems.contains { $0.hasPrefix("\(grants):2: teacher_id:") })
        #expect(problems.contains { $0.hasPrefix("\(grants):3: applied_on:") })
        #expect(problems.contains { $0.hasPrefix("\(grants):4: status:") })
        #expect(problems.contains { $0.hasPrefix("\(grants):5: grant_id:") })
        #expect(try db.fingerprint() == before)
    }

    @Test func aMissingRequiredColumnIsAnError() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let temp = try ImportTempFolder()
        let grants = try temp.write("grants.csv", "grant_id,teacher_id,applied_on\nV1,T-001,2019-03-01\n")
        let problems = try db.importProblems([grants])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("status") == true)
    }

    @Test func twoOpenGrantsInOneFileAreAWarningAndImported() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let temp = try ImportTempFolder()
        // T-004: applied and awarded at once (warning); T-003: completed and applied (no warning).
        let grants = try temp.write("grants.csv", """
            grant_id,teacher_id,applied_on,status,decided_on,completed_on
            V1,T-004,2019-09-01,applied,,
            V2,T-004,2019-10-01,awarded,2019-11-01,
            V3,T-003,2018-09-01,completed,2018-10-01,2019-06-01
            V4,T-003,2019-09-01,applied,,
            """)
        let report = try db.importFiles([grants])
        #expect(report.warnings.map(\.description) == [
            "\(grants):3: teacher_id: this teacher has 2 grants applied or awarded at once (V1, V2)",
        ])
        #expect(!report.warnings.contains { $0.description.contains("T-00") })
        #expect(try db.count("grant_application", "grant_id LIKE 'V%'") == 4)
    }

    @Test func reimportingTheSameGrantsChangesNothing() throws {
        let db = try ImportTestDatabase.fresh()
        try db.importFiles([fixture])
        let before = try db.fingerprint()
        let report = try db.importFiles([fixture + "/grants.csv"])
        #expect(try db.fingerprint() == before)
        let summary = try #require(report.summary("grants.csv"))
        #expect((summary.inserted, summary.updated, summary.unchanged) == (0, 0, 3))
    }
}
