import Testing
@testable import GymPlan

/// The plain words of the goal reasons, and the pure parts of the flags and trend reports.
@Suite struct GoalReasonsTests {
    private func reason(_ kind: GoalFinding.Kind, classId: String = "7A") -> String {
        GoalReasons.text(GoalFinding(schoolId: "01AA01", classId: classId, kind: kind, goals: [.qualified]), referenceDate: "2019-10-01")
    }

    @Test func lessonsGoalWording() {
        #expect(reason(.tooFewLessons(lessons: 1, minutes: 45), classId: "5B") == "class 5B: 1 lesson, 45 minutes a week")
        #expect(reason(.tooFewLessons(lessons: 2, minutes: 80), classId: "6") == "class 6: 2 lessons, 80 minutes a week")
        #expect(reason(.noLessons, classId: "6") == "class 6: no PE lessons")
    }

    @Test func qualifiedGoalWording() {
        #expect(reason(.unqualifiedLesson(weekday: 2, start: "10:00", cause: .noQualification, grantId: nil))
            == "class 7A: Tuesday 10:00 lesson by a teacher without qualification")
        #expect(reason(.unqualifiedLesson(weekday: 2, start: "10:00", cause: .noTeacher, grantId: nil))
            == "class 7A: Tuesday 10:00 lesson has no teacher")
        #expect(reason(.unqualifiedLesson(weekday: 5, start: "08:30", cause: .courseWithdrawn, grantId: "G-17"), classId: "4")
            == "class 4: Friday 08:30 lesson by a teacher following the course who withdrew (grant G-17)")
        #expect(reason(.unqualifiedLesson(weekday: 1, start: "13:15", cause: .qualifiedAfterReference, grantId: nil))
            == "class 7A: Monday 13:15 lesson by a teacher qualified only after the reference date 1 October 2019")
        #expect(GoalReasons.noData(SchoolYear(firstYear: 2019)) == "no classes with groups 3 to 8 in 2019-2020")
    }

    @Test func weekdayNames() {
        #expect((1...5).map { GoalReasons.weekdayName($0) } == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        #expect(GoalReasons.weekdayName(9) == "day 9")
    }

    @Test func municipalityCodesAreNormalised() {
        #expect(FlagsReport.Filter(municipalityCode: "363").municipalityCode == "GM0363")
        #expect(FlagsReport.Filter(municipalityCode: "gm0363").municipalityCode == "GM0363")
        #expect(FlagsReport.Filter(municipalityCode: "Amsterdam").municipalityCode == "AMSTERDAM")
        #expect(FlagsReport.Filter(schoolId: "00ap00").schoolId == "00AP00")
    }

    @Test func flagsSelectMissedGoalsAndSchoolsWithoutData() {
        func status(_ lessons: Bool?, _ qualified: Bool?) -> SchoolGoalStatus {
            SchoolGoalStatus(schoolId: "01AA01", name: "A", municipalityCode: "GM0001", inScopeClasses: 1,
                             meetsLessonsGoal: lessons, meetsQualifiedGoal: qualified, lessons: 2, lessonsByQualifiedTeacher: 2)
        }
        let any = FlagsReport.Filter()
        #expect(!any.flags(status(true, true)))
        #expect(any.flags(status(true, false)))
        #expect(any.flags(status(nil, nil)))
        let lessons = FlagsReport.Filter(goal: .lessons)
        #expect(!lessons.flags(status(true, false)))
        #expect(lessons.flags(status(false, true)))
        #expect(lessons.flags(status(nil, nil)))
    }

    @Test func trendSharesAndPercentages() {
        let row = TrendReport.Row(
            year: SchoolYear(firstYear: 2019), code: "NL", name: "Netherlands", schools: 10, schoolsWithData: 8,
            schoolsMeetingLessonsGoal: 6, schoolsMeetingQualifiedGoal: 0, lessons: 0, lessonsByQualifiedTeacher: 0)
        #expect(row.shareMeetingLessonsGoal == 0.75)
        #expect(row.shareMeetingQualifiedGoal == 0)
        #expect(row.shareLessonsByQualifiedTeacher == nil)
        #expect(TrendReport.percent(0.75) == "75.0%")
        #expect(TrendReport.percent(nil) == "-")
    }
}

@Suite("Reasons in two languages")
struct LanguageReasonTests {
    @Test func numbersAndPluralsFollowTheLanguage() {
        #expect(Language.en.number(12292) == "12,292" && Language.nl.number(12292) == "12.292")
        #expect(Language.en.number(999) == "999" && Language.nl.number(1_234_567) == "1.234.567")
        #expect(Language.en.count(1, "lesson", "lessons") == "1 lesson" && Language.en.count(2, "lesson", "lessons") == "2 lessons")
        #expect(Language.nl.count(1, "les", "lessen") == "1 les" && Language.nl.count(2, "les", "lessen") == "2 lessen")
    }

    @Test func obstacleReasons() {
        var capacity = SchoolCapacity(
            schoolId: "00AP00", municipalityCode: "GM0363", demandLessons: 4, unmetLessons: 4,
            distanceObstacle: true, capacityObstacle: false, nearestGymM: 12292, nearestGymEstimated: true, assignments: [])
        #expect(ObstacleReasons.reasons(capacity, hasGymData: true, groupShortage: nil, maxDistanceM: 1000)
            == ["no gym within 1000 m: nearest 12,292 m"])
        #expect(ObstacleReasons.reasons(capacity, hasGymData: true, groupShortage: nil, maxDistanceM: 1000, language: .nl)
            == ["geen gymzaal binnen 1000 m: dichtstbijzijnde 12.292 m"])
        #expect(ObstacleReasons.reasons(capacity, hasGymData: false, groupShortage: nil, maxDistanceM: 1000) == ["no gym data"])
        capacity.distanceObstacle = false
        capacity.capacityObstacle = true
        #expect(ObstacleReasons.reasons(capacity, hasGymData: true, groupShortage: 22, maxDistanceM: 1000)
            == ["in a group of schools whose gyms are 22 lessons short"])
        #expect(ObstacleReasons.reasons(capacity, hasGymData: true, groupShortage: 1, maxDistanceM: 1000, language: .nl)
            == ["in een groep scholen waarvan de gymzalen 1 les tekortkomen"])
        capacity.unmetLessons = 0
        capacity.capacityObstacle = false
        #expect(ObstacleReasons.reasons(capacity, hasGymData: true, groupShortage: nil, maxDistanceM: 1000).isEmpty)
    }
}
