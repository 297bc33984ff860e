import GymPlan
import PostgresClient
import Testing
import TestSupport

/// The projection on the worked example of `GrantTestData` (school year 2019-2020, 1 October 2019).
@Suite struct GrantProjectionTests {
    @Test func workedExample() throws {
        let (database, connection) = try GrantTestData.load()
        let projection = try GrantProjection.read(
            connection, year: SchoolYear(firstYear: 2019),
            parameters: .init(referenceDate: "2019-10-01", weeklyLessonsPerTeacher: 2))
        // 01AA00: 4 lessons, T-W1's not qualified now (withdrawn), qualified once completed.
        // 02BB00: T-A1 (awarded) would qualify, T-N1 (only applied) not; class 6a has no lessons.
        // 03CC00: a lesson without teacher and one by T-F1 (qualified after the reference date).
        // 04DD00 has no in-scope class; 05EE00 meets the goal already.
        #expect(projection.schools.map(\.schoolId) == ["01AA00", "02BB00", "03CC00", "05EE00"])
        #expect(projection.schools.map(\.lessons) == [4, 2, 3, 2])
        #expect(projection.schools.map(\.lessonsQualifiedNow) == [3, 0, 1, 2])
        #expect(projection.schools.map(\.lessonsQualifiedProjected) == [4, 1, 1, 2])
        #expect(projection.schools.map(\.meetsGoalNow) == [false, false, false, true])
        #expect(projection.schools.map(\.meetsGoalProjected) == [true, false, false, true])
        #expect(GrantProjectionReport(projection).schoolsMeetingGoalAfterCourse.map(\.schoolId) == ["01AA00"])

        let (aadorp, bedorp) = try #require(projection.municipalities.count == 2
            ? (projection.municipalities[0], projection.municipalities[1]) : nil)
        #expect(aadorp.code == "GM0001" && bedorp.code == "GM0002")
        #expect((aadorp.schools, aadorp.schoolsWithData, aadorp.lessons) == (2, 2, 6))
        #expect(aadorp.qualifiedShareNow == 0.5)
        #expect(aadorp.qualifiedShareProjected == 5.0 / 6.0)
        #expect((aadorp.schoolsMeetingGoalNow, aadorp.schoolsMeetingGoalProjected) == (0, 1))
        // 3 unqualified lessons now at 2 a teacher: 2 teachers; 1 lesson after completion: 1.
        #expect((aadorp.teachersNeededNow, aadorp.teachersNeededProjected) == (2, 1))
        #expect((bedorp.schools, bedorp.schoolsWithData, bedorp.lessons) == (3, 2, 5))
        #expect(bedorp.qualifiedShareNow == 0.6 && bedorp.qualifiedShareProjected == 0.6)
        #expect((bedorp.schoolsMeetingGoalNow, bedorp.schoolsMeetingGoalProjected) == (1, 1))
        #expect((bedorp.teachersNeededNow, bedorp.teachersNeededProjected) == (1, 1))
        try database.drop()
    }

    @Test func aLaterReferenceDateCountsLaterQualifications() throws {
        let (database, connection) = try GrantTestData.load()
        let projection = try GrantProjection.read(
            connection, year: SchoolYear(firstYear: 2019), parameters: .init(referenceDate: "2020-02-01"))
        // T-F1 is qualified from 15 January 2020.
        #expect(projection.schools.first { $0.schoolId == "03CC00" }?.lessonsQualifiedNow == 2)
        try database.drop()
    }

    /// The qualification rule of the data contract, section 3, teacher by teacher.
    @Test(arguments: [
        ("specialist", nil, [], true),
        ("broad_pre2005", "2019-10-02", [], false),
        ("broad_course", "2019-10-01", [], true),
        ("none", nil, [], false),
        ("course_enrolled", nil, [], true),
        ("course_enrolled", nil, ["awarded 2019-01-01", "withdrawn 2019-02-01"], false),
        ("course_enrolled", nil, ["withdrawn 2019-01-01", "awarded 2019-02-01"], true),
        // A withdrawal after the reference date does not count yet.
        ("course_enrolled", nil, ["withdrawn 2019-10-02"], true),
        // Equal dates: the highest grant_id (G2) is the most recent.
        ("course_enrolled", nil, ["withdrawn 2019-01-01", "awarded 2019-01-01"], true),
        ("course_enrolled", nil, ["awarded 2019-01-01", "withdrawn 2019-01-01"], false),
        ("none", nil, ["completed 2018-01-01 2019-10-01"], true),
        ("none", nil, ["completed 2018-01-01 2019-10-02"], false),
        // A completed grant qualifies whatever the later grants or the qualified_on say.
        ("course_enrolled", "2020-01-01", ["completed 2018-01-01 2019-06-01", "withdrawn 2019-07-01"], true),
    ] as [(String, String?, [String], Bool)])
    func qualificationRule(qualification: String, qualifiedOn: String?, grants: [String], qualified: Bool) throws {
        let database = try TestCluster.shared().makeDatabase(label: "grantrule")
        let connection = try database.connect()
        try connection.query("INSERT INTO teacher (teacher_id, qualification, qualified_on) VALUES ('T', $1, $2::date)",
                             [qualification, qualifiedOn])
        for (index, grant) in grants.enumerated() {
            let parts = grant.split(separator: " ").map(String.init)
            try connection.query("""
                INSERT INTO grant_application (grant_id, teacher_id, applied_on, status, completed_on)
                VALUES ($1, 'T', $2::date, $3, $4::date)
                """, ["G\(index + 1)", parts[1], parts[0], parts.count > 2 ? parts[2] : nil])
        }
        let judged = try connection.query("SELECT qualified FROM grant_teacher_qualification('2019-10-01')").scalar(Bool.self)
        #expect(judged == qualified)
        try database.drop()
    }
}
