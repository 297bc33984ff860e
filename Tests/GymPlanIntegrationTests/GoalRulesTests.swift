import GymPlan
import PostgresClient
import TestSupport
import Testing

/// The rules of the data contract (section 3) against the real database, one edge per test.
@Suite struct GoalRulesTests {
    @Test func everySchoolSortedWithCombinationClassesInScope() throws {
        let database = try GoalTestData.database()
        let connection = try database.connect()
        let list = try GoalEvaluator.schoolStatuses(connection, year: GoalTestData.year, parameters: PlanningParameters())
        let expected: [String] = (1...12).map { number in number < 10 ? "01AA0\(number)" : "01AA\(number)" }
        #expect(list.map(\.schoolId) == expected)
        let combination = try #require(list.first)
        #expect(combination.inScopeClasses == 1)  // 2/3 in scope, 1/2 not
        #expect(combination.meetsLessonsGoal == true && combination.meetsQualifiedGoal == true)
        #expect(combination.reasons.isEmpty)
        #expect(combination.lessons == 2 && combination.lessonsByQualifiedTeacher == 2)
        let classes = try connection.query(
            "SELECT class_id FROM goal_class_status('2019-2020', 2, 90) WHERE school_id = '01AA01'").rows.map { try $0.decode(0, as: String.self) }
        #expect(classes == ["2/3"])
        try database.drop()
    }

    @Test func lessonsGoalCountsLessonsAndMinutes() throws {
        let database = try GoalTestData.database()
        let statuses = try GoalTestData.statuses(try database.connect())
        #expect(statuses["01AA02"]?.meetsLessonsGoal == false)
        #expect(statuses["01AA02"]?.reasons == ["class 5B: 1 lesson, 90 minutes a week"])
        #expect(statuses["01AA03"]?.meetsLessonsGoal == false)
        #expect(statuses["01AA03"]?.reasons == ["class 6: 2 lessons, 80 minutes a week"])
        // Three lessons of 30 minutes meet it, one of them outside a gym.
        #expect(statuses["01AA04"]?.meetsLessonsGoal == true)
        #expect(statuses["01AA04"]?.lessons == 3)
        #expect(statuses["01AA04"]?.reasons == [])
        try database.drop()
    }

    @Test func parametersChangeTheLessonsGoal() throws {
        let database = try GoalTestData.database()
        var parameters = PlanningParameters()
        parameters.minLessons = 1
        parameters.minMinutes = 80
        let statuses = try GoalTestData.statuses(try database.connect(), parameters: parameters)
        #expect(statuses["01AA02"]?.meetsLessonsGoal == true)
        #expect(statuses["01AA03"]?.meetsLessonsGoal == true)
        try database.drop()
    }

    @Test func courseEnrolledTeacherWhoseLatestGrantWasWithdrawn() throws {
        let database = try GoalTestData.database()
        let statuses = try GoalTestData.statuses(try database.connect())
        #expect(statuses["01AA05"]?.meetsQualifiedGoal == false)
        #expect(statuses["01AA05"]?.meetsLessonsGoal == true)
        #expect(statuses["01AA05"]?.reasons == ["class 4: Tuesday 10:00 lesson by a teacher following the course who withdrew (grant G-17)"])
        #expect(statuses["01AA05"]?.lessonsByQualifiedTeacher == 1)
        // Still following (latest awarded); on equal dates the highest grant_id counts.
        #expect(statuses["01AA06"]?.meetsQualifiedGoal == true)
        try database.drop()
    }

    @Test func qualificationObtainedAfterOrOnTheReferenceDate() throws {
        let database = try GoalTestData.database()
        let connection = try database.connect()
        let statuses = try GoalTestData.statuses(connection)
        #expect(statuses["01AA07"]?.meetsQualifiedGoal == false)
        #expect(statuses["01AA07"]?.reasons == [
            "class 7A: Tuesday 10:00 lesson by a teacher qualified only after the reference date 1 October 2019"])
        #expect(statuses["01AA07"]?.lessonsByQualifiedTeacher == 1)  // the one qualified exactly on the date
        var later = PlanningParameters()
        later.referenceDate = "2019-10-02"
        #expect(try GoalTestData.statuses(connection, parameters: later)["01AA07"]?.meetsQualifiedGoal == true)
        try database.drop()
    }

    @Test func completedGrantQualifiesWhenCompletedByTheReferenceDate() throws {
        let database = try GoalTestData.database()
        let connection = try database.connect()
        let statuses = try GoalTestData.statuses(connection)
        #expect(statuses["01AA08"]?.meetsQualifiedGoal == false)
        // Only the lesson of the teacher whose grant completes after the date misses it.
        #expect(statuses["01AA08"]?.reasons == ["class 6: Friday 14:00 lesson by a teacher without qualification"])
        var december = PlanningParameters()
        december.referenceDate = "2019-12-01"
        #expect(try GoalTestData.statuses(connection, parameters: december)["01AA08"]?.meetsQualifiedGoal == true)
        try database.drop()
    }

    @Test func lessonWithoutTeacherIsNotQualified() throws {
        let database = try GoalTestData.database()
        let statuses = try GoalTestData.statuses(try database.connect())
        #expect(statuses["01AA09"]?.meetsQualifiedGoal == false)
        #expect(statuses["01AA09"]?.reasons == ["class 3: Tuesday 08:30 lesson has no teacher"])
        try database.drop()
    }

    @Test func schoolWithoutInScopeClassesHasNoData() throws {
        let database = try GoalTestData.database()
        let statuses = try GoalTestData.statuses(try database.connect())
        for id in ["01AA10", "01AA12"] {
            let status = try #require(statuses[id])
            #expect(status.meetsLessonsGoal == nil && status.meetsQualifiedGoal == nil)
            #expect(status.inScopeClasses == 0 && status.lessons == 0)
            #expect(status.reasons == ["no classes with groups 3 to 8 in 2019-2020"])
        }
        try database.drop()
    }

    @Test func classWithoutLessonsMeetsNeitherGoal() throws {
        let database = try GoalTestData.database()
        let connection = try database.connect()
        let statuses = try GoalTestData.statuses(connection)
        #expect(statuses["01AA11"]?.meetsLessonsGoal == false && statuses["01AA11"]?.meetsQualifiedGoal == false)
        #expect(statuses["01AA11"]?.reasons == ["class 8: no PE lessons"])
        var none = PlanningParameters()
        none.minLessons = 0
        none.minMinutes = 0
        let relaxed = try GoalTestData.statuses(connection, parameters: none)["01AA11"]
        #expect(relaxed?.meetsLessonsGoal == true && relaxed?.meetsQualifiedGoal == false)
        try database.drop()
    }

    @Test func twoSchoolYearsInTheSameData() throws {
        let database = try GoalTestData.database()
        let connection = try database.connect()
        let next = try GoalTestData.statuses(connection, year: GoalTestData.nextYear)
        #expect(next.count == 12)
        #expect(next["01AA02"]?.meetsLessonsGoal == true && next["01AA02"]?.meetsQualifiedGoal == true)
        #expect(next["01AA02"]?.inScopeClasses == 1)
        #expect(next.values.filter { $0.schoolId != "01AA02" }.allSatisfy { $0.meetsLessonsGoal == nil })
        #expect(try GoalTestData.statuses(connection)["01AA02"]?.meetsLessonsGoal == false)
        try database.drop()
    }

    @Test func noTeacherIdInAnyReason() throws {
        let database = try GoalTestData.database()
        let connection = try database.connect()
        let all = try GoalEvaluator.schoolStatuses(connection, year: GoalTestData.year, parameters: PlanningParameters())
        #expect(all.flatMap(\.reasons).allSatisfy { !$0.contains("TCH-") })
        let findings = try connection.query("SELECT f::text FROM goal_findings('2019-2020', 2, 90) f").rows
        #expect(try findings.allSatisfy { !(try $0.decode(0, as: String.self)).contains("TCH-") })
        try database.drop()
    }
}
