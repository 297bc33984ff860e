import Testing
@testable import GymPlan

/// The roster on hand-made cases whose expected result is worked out in each test's words.
@Suite struct RosterSolverTests {
    static func classes(_ count: Int, school: Int = 0, specialist: TeacherKey? = nil) -> [RosterClass] {
        (0..<count).map { RosterClass(school: school, id: "c\($0)", specialist: specialist) }
    }

    @Test func aFullGymGivesEachHallItsUsableSlotsAndNamesTheGymInTheReason() throws {
        // One default gym with one hall and 30 hours (40 lessons a week, more than its 37 slots); a
        // 5-minute walk rules out 08:30 and 14:30 on full days and 08:30 on Wednesday:
        // 6 slots on four days + 4 on Wednesday = 28 lessons for 20 classes x 2 = 40.
        let problem = RosterProblem(
            schools: [RosterSchool(id: "10AA00")],
            gyms: [RosterGym(id: "G1", name: "Sporthal De Vijver", halls: 1, hundredthHoursPerWeek: 3000)],
            classes: Self.classes(20), pairs: [RosterPair(school: 0, gym: 0, distanceM: 300, walkingMinutes: 5)])
        let roster = try RosterSolver.solve(problem)
        #expect(RosterOracles.violations(roster, problem: problem) == [])
        #expect(roster.summary.lessonsScheduled == 28 && roster.summary.lessonsUpperBound == 28)
        #expect(roster.summary.lessonsRequired == 40 && roster.summary.walkingMetres == 28 * 300)
        // 28 lessons over 20 classes: 8 classes have two, 12 have one.
        #expect(roster.summary.classesFullyScheduled == 8)
        #expect(roster.unscheduled.count == 12 && roster.unscheduled.allSatisfy { $0.missingLessons == 1 })
        #expect(roster.unscheduled[0].reason == .gymsFull(gyms: ["Sporthal De Vijver"]))
        #expect(roster.classUpperBounds == Array(repeating: 2, count: 20))
        #expect(roster.unscheduled[0].reason.description
            == "the gyms within reach are full in the hours the school can walk there: Sporthal De Vijver")
        #expect(!roster.lessons.contains { $0.start == 8 * 60 + 30 || $0.start == 14 * 60 + 30 })
    }

    @Test func theNearGymGoesToTheSchoolThatHasNoOtherSoTheMostLessonsArePlaced() throws {
        // G1 (near) gives 2 lessons a week (1.5 h / 45 min); A reaches G1 at 100 m and G2 at 900 m,
        // B only G1 at 500 m. Most lessons: B takes G1's two, A walks to G2: 4 lessons, 2x500 + 2x900.
        let problem = RosterProblem(
            schools: [RosterSchool(id: "10AA00"), RosterSchool(id: "10BB00")],
            gyms: [RosterGym(id: "G1", halls: 1, hundredthHoursPerWeek: 150), RosterGym(id: "G2", halls: 1, hundredthHoursPerWeek: 3000)],
            classes: Self.classes(1, school: 0) + Self.classes(1, school: 1),
            pairs: [
                RosterPair(school: 0, gym: 0, distanceM: 100, walkingMinutes: 2),
                RosterPair(school: 0, gym: 1, distanceM: 900, walkingMinutes: 15),
                RosterPair(school: 1, gym: 0, distanceM: 500, walkingMinutes: 8),
            ])
        let roster = try RosterSolver.solve(problem)
        #expect(RosterOracles.violations(roster, problem: problem) == [])
        #expect(roster.summary.lessonsScheduled == 4 && roster.summary.walkingMetres == 2 * 500 + 2 * 900)
        #expect(roster.lessons.filter { $0.schoolId == "10BB00" }.allSatisfy { $0.gymId == "G1" })
        #expect(roster.unscheduled.isEmpty)
    }

    @Test func withSpareHallsEveryLessonGoesToTheNearestGym() throws {
        let problem = RosterProblem(
            schools: [RosterSchool(id: "10AA00")],
            gyms: [RosterGym(id: "Far", halls: 2, hundredthHoursPerWeek: 3000), RosterGym(id: "Near", halls: 1, hundredthHoursPerWeek: 3000)],
            classes: Self.classes(3),
            pairs: [RosterPair(school: 0, gym: 0, distanceM: 800, walkingMinutes: 14), RosterPair(school: 0, gym: 1, distanceM: 200, walkingMinutes: 4)])
        let roster = try RosterSolver.solve(problem)
        #expect(RosterOracles.violations(roster, problem: problem) == [])
        #expect(roster.summary.lessonsScheduled == 6 && roster.lessons.allSatisfy { $0.gymId == "Near" })
    }

    @Test func aSchoolWithoutAGymWithinReachOrWithoutTimeToWalkIsToldSo() throws {
        let short = try WeeklyWindows(validating: (1...5).map { DayWindow(weekday: $0, from: 9 * 60, to: 10 * 60) })
        let problem = RosterProblem(
            schools: [RosterSchool(id: "10AA00"), RosterSchool(id: "10BB00", windows: short), RosterSchool(id: "10CC00")],
            gyms: [RosterGym(id: "G1", name: "De Hal", halls: 1, hundredthHoursPerWeek: 3000)],
            classes: Self.classes(1, school: 0) + Self.classes(1, school: 1) + [RosterClass(school: 2, id: "1a", inScope: false)],
            pairs: [
                RosterPair(school: 0, gym: 0, distanceM: 1001, walkingMinutes: 17),
                // 45 minutes plus 10 each way do not fit in an hour.
                RosterPair(school: 1, gym: 0, distanceM: 600, walkingMinutes: 10),
            ])
        let roster = try RosterSolver.solve(problem)
        #expect(RosterOracles.violations(roster, problem: problem) == [])
        #expect(roster.summary.classes == 2 && roster.summary.lessonsScheduled == 0)
        #expect(roster.unscheduled.map(\.reason) == [.noGymWithinReach(maxDistanceM: 1000), .noTimeToWalk(gyms: ["De Hal"])])
        #expect(roster.unscheduled.map(\.missingLessons) == [2, 2])
        #expect(roster.classUpperBounds == [0, 0, 0])
        #expect(roster.unscheduled[0].reason.description.hasPrefix("no gym within reach"))
    }

    @Test func hallsAreNumberedWithinTheirWeeklyLessons() throws {
        // Two halls of 1.5 h (2 lessons each a week), four classes wanting 8: 4 fit, two per hall.
        let problem = RosterProblem(
            schools: [RosterSchool(id: "10AA00")], gyms: [RosterGym(id: "G", halls: 2, hundredthHoursPerWeek: 150)],
            classes: Self.classes(4), pairs: [RosterPair(school: 0, gym: 0, distanceM: 0, walkingMinutes: 0)])
        let roster = try RosterSolver.solve(problem)
        #expect(RosterOracles.violations(roster, problem: problem) == [])
        #expect(roster.summary.lessonsScheduled == 4)
        #expect(roster.lessons.filter { $0.hall == 1 }.count == 2 && roster.lessons.filter { $0.hall == 2 }.count == 2)
    }

    /// Two schools with one class each of the same specialist, each 100 m from its own gym only.
    static func twoSchoolsOneSpecialist(_ teacher: TeacherKey, gymHours: WeeklyWindows, travel: TeacherTravelTimes) -> RosterProblem {
        RosterProblem(
            schools: [RosterSchool(id: "10AA00"), RosterSchool(id: "10BB00")],
            gyms: [
                RosterGym(id: "G1", halls: 1, hundredthHoursPerWeek: 3000, windows: gymHours),
                RosterGym(id: "G2", halls: 1, hundredthHoursPerWeek: 3000, windows: gymHours),
            ],
            classes: classes(1, school: 0, specialist: teacher) + classes(1, school: 1, specialist: teacher),
            pairs: [RosterPair(school: 0, gym: 0, distanceM: 100, walkingMinutes: 0), RosterPair(school: 1, gym: 1, distanceM: 100, walkingMinutes: 0)],
            parameters: RosterParameters(minLessons: 1), teacherTravel: travel)
    }

    @Test func aSpecialistCannotBeInTwoGymsAtOnce() throws {
        // Two schools, each with one class of the same specialist, each reaching only its own gym, and
        // each gym open only on Monday 09:00-09:45. Without R5 both classes have a lesson then; with R5
        // only one can, and the other's hall is free: the specialist's week is full. The bound knows
        // that the specialist can give one lesson on Monday at most.
        let monday = try WeeklyWindows(validating: [DayWindow(weekday: 1, from: 9 * 60, to: 9 * 60 + 45)])
        let teacher = TeacherKey("T-secret-code")
        let problem = Self.twoSchoolsOneSpecialist(teacher, gymHours: monday, travel: TeacherTravelTimes(table: [GymPairKey(0, 1): 5]))
        let roster = try RosterSolver.solve(problem)
        #expect(RosterOracles.violations(roster, problem: problem) == [])
        #expect(roster.summary.lessonsScheduled == 1 && roster.summary.lessonsUpperBound == 1)
        #expect(roster.unscheduled.map(\.reason) == [.specialistWeekFull])
        #expect(!roster.unscheduled[0].reason.description.contains("T-secret-code"))
        #expect("\(teacher)" == "teacher" && String(reflecting: teacher) == "teacher")
    }

    @Test func aSpecialistRidesBetweenGymsWhenTheGapAllows() throws {
        // Monday 09:00-10:30 at both gyms (two slots each). With a 0-minute ride the specialist gives
        // G1 09:00 and G2 09:45 (or the other way): both classes get their lesson. With no known ride,
        // both lessons must be at one gym, which only one of the classes reaches.
        let monday = try WeeklyWindows(validating: [DayWindow(weekday: 1, from: 9 * 60, to: 10 * 60 + 30)])
        let teacher = TeacherKey("T1")
        func problem(_ travel: TeacherTravelTimes) -> RosterProblem {
            Self.twoSchoolsOneSpecialist(teacher, gymHours: monday, travel: travel)
        }
        let riding = problem(TeacherTravelTimes(table: [GymPairKey(0, 1): 0]))
        let roster = try RosterSolver.solve(riding)
        #expect(RosterOracles.violations(roster, problem: riding) == [])
        #expect(roster.summary.lessonsScheduled == 2)
        let unknown = problem(.unknown)
        let stuck = try RosterSolver.solve(unknown)
        #expect(RosterOracles.violations(stuck, problem: unknown) == [])
        #expect(stuck.summary.lessonsScheduled == 1)
    }

    @Test func aProblemWithBadParametersOrReferencesIsRefused() {
        let bad = RosterProblem(
            schools: [RosterSchool(id: "10AA00")], gyms: [], classes: Self.classes(1),
            pairs: [RosterPair(school: 0, gym: 3, distanceM: 10, walkingMinutes: 1)])
        #expect(throws: RosterError.invalidProblem("a distance refers to school number 0 and gym number 3")) {
            try RosterSolver.solve(bad)
        }
        var zero = bad
        zero.pairs = []
        zero.parameters.lessonMinutes = 0
        #expect(throws: RosterError.invalidProblem("lesson_minutes 0 is not 1..1440")) { try RosterSolver.solve(zero) }
    }
}
