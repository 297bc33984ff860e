import Testing
@testable import GymPlan

/// The check of an imported timetable (section 6) on a hand-made week with every kind of conflict.
@Suite struct TimetableCheckTests {
    /// Two schools with default hours; G1 (2 halls), G2 (1 hall) and G3 (1 hall) with default hours.
    /// 10AA00 is 400 m (7 min) from G1 and 1200 m (20 min) from G2; 10BB00 is 300 m (5 min) from G1
    /// and 200 m (3 min) from G3, its distance to G2 unknown. A ride G1-G2 takes 10 minutes; to G3 unknown.
    static let problem = RosterProblem(
        schools: [RosterSchool(id: "10AA00"), RosterSchool(id: "10BB00")],
        gyms: [
            RosterGym(id: "G1", name: "Sporthal Noord", halls: 2, hundredthHoursPerWeek: 3000),
            RosterGym(id: "G2", name: "Gymzaal Zuid", halls: 1, hundredthHoursPerWeek: 3000),
            RosterGym(id: "G3", name: "De Bron", halls: 1, hundredthHoursPerWeek: 3000),
        ],
        classes: [],
        pairs: [
            RosterPair(school: 0, gym: 0, distanceM: 400, walkingMinutes: 7),
            RosterPair(school: 0, gym: 1, distanceM: 1200, walkingMinutes: 20),
            RosterPair(school: 1, gym: 0, distanceM: 300, walkingMinutes: 5),
            RosterPair(school: 1, gym: 2, distanceM: 200, walkingMinutes: 3),
        ],
        teacherTravel: TeacherTravelTimes(table: [GymPairKey(0, 1): 10]))

    static func lesson(_ school: Int, _ classId: String, _ weekday: Int, _ start: String, gym: Int?, _ teacher: String?) -> TimetableLesson {
        let parts = start.split(separator: ":").map { Int($0)! }
        return TimetableLesson(
            school: school, classId: classId, weekday: weekday, start: parts[0] * 60 + parts[1], minutes: 45, gym: gym,
            teacher: teacher.map { TeacherKey("secret-\($0)") })
    }

    static let lessons = [
        lesson(0, "5a", 1, "10:00", gym: 0, "T1"),  // 0: three lessons at G1 from 10:15 (2 halls); 5a twice on Monday
        lesson(0, "5b", 1, "10:00", gym: 0, "T2"),  // 1
        lesson(1, "6a", 1, "10:15", gym: 0, "T3"),  // 2
        lesson(0, "5a", 1, "13:00", gym: 1, "T1"),  // 3: G2 is 1200 m away; T1's ride from 10:45 is long enough
        lesson(0, "5c", 2, "08:30", gym: 0, "T1"),  // 4: out at 08:23, before the school day; T1 overlaps lesson 6
        lesson(0, "5d", 2, "12:00", gym: 0, nil),  // 5: runs to 12:45, past G1's morning window
        lesson(1, "6b", 2, "09:00", gym: 1, "T1"),  // 6: distance unknown (no too_far, no school hours); T1 at G1 until 09:15
        lesson(1, "6c", 3, "10:00", gym: nil, "T4"),  // 7: outside a gym, overlaps lesson 8 of T4; 6c twice on Wednesday
        lesson(1, "6c", 3, "10:30", gym: 0, "T4"),  // 8: its earlier lesson 7 is at no gym, so no travel check
        lesson(0, "5e", 4, "09:15", gym: 0, "T5"),  // 9
        lesson(0, "5f", 4, "10:05", gym: 1, "T5"),  // 10: 5 minutes after T5 leaves G1, the ride takes 10; 1200 m
        lesson(0, "5g", 5, "09:15", gym: 0, "T6"),  // 11
        lesson(1, "6d", 5, "11:00", gym: 2, "T6"),  // 12: G1 to G3 has no known ride
    ]

    @Test func everyKindIsFoundOnceForEachLessonThatBreaksItInTheContractsOrder() {
        let result = TimetableCheck.check(Self.lessons, problem: Self.problem)
        let found = result.conflicts.map { "\($0.lesson) \($0.kind.rawValue)" }
        #expect(found == [
            "0 hall_overbooked", "0 same_day", "3 same_day", "3 too_far", "1 hall_overbooked",
            "4 outside_school_hours", "4 teacher_overlap", "5 outside_gym_hours", "10 teacher_travel", "10 too_far",
            "2 hall_overbooked", "6 teacher_overlap", "6 teacher_travel", "7 same_day", "7 teacher_overlap",
            "8 same_day", "8 teacher_overlap", "12 teacher_travel",
        ])
        #expect(result.counts == [
            .hallOverbooked: 3, .outsideGymHours: 1, .outsideSchoolHours: 1, .sameDay: 4, .teacherOverlap: 4,
            .teacherTravel: 3, .tooFar: 2,
        ])
    }

    @Test func detailsSayWhatIsWrongInPlainWordsWithoutTeacherCodes() {
        let result = TimetableCheck.check(Self.lessons, problem: Self.problem)
        func detail(_ lesson: Int, _ kind: ConflictKind) -> String? {
            result.conflicts.first { $0.lesson == lesson && $0.kind == kind }?.detail
        }
        #expect(detail(0, .hallOverbooked) == "3 lessons at 10:15 in a 2-hall gym")
        #expect(detail(3, .tooFar) == "the gym is 1200 m from the school, farther than 1000 m")
        #expect(detail(4, .outsideSchoolHours)
            == "with 7 minutes' walk each way the class is out 08:23-09:22, not inside the school's hours on Tuesday (08:30-15:15)")
        #expect(detail(5, .outsideGymHours) == "12:00-12:45 is not inside the gym's hours on Tuesday (08:30-12:15, 13:00-15:15)")
        #expect(detail(6, .teacherTravel)
            == "starts before the end of its teacher's lesson at Sporthal Noord (10AA00 5c, 08:30-09:15); the ride between the gyms takes 10 minutes")
        #expect(detail(10, .teacherTravel)
            == "starts 5 minutes after its teacher's lesson at Sporthal Noord (10AA00 5e, 09:15-10:00); the ride between the gyms takes 10 minutes")
        #expect(detail(12, .teacherTravel)?.hasSuffix("the ride time between the gyms is unknown") == true)
        #expect(detail(7, .teacherOverlap) == "overlaps another lesson of its teacher: 10BB00 6c, 10:30-11:15")
        #expect(detail(8, .sameDay) == "the class has another lesson on Wednesday at 10:00")
        #expect(result.conflicts.allSatisfy { !$0.detail.contains("secret") })
        #expect(result.conflicts.first { $0.lesson == 7 }?.gymId == nil)
        #expect(result.conflicts.first { $0.lesson == 0 }?.gymId == "G1")
    }

    @Test func aTimetableThatKeepsTheRulesHasNoConflictsAndCountsAllSevenKindsAsZero() {
        let lessons = [
            Self.lesson(0, "5a", 1, "09:15", gym: 0, "T1"), Self.lesson(0, "5b", 1, "09:15", gym: 0, "T2"),
            Self.lesson(0, "5a", 2, "10:00", gym: 0, "T1"), Self.lesson(1, "6a", 2, "10:45", gym: 0, "T1"),
        ]
        let result = TimetableCheck.check(lessons, problem: Self.problem)
        #expect(result.conflicts.isEmpty)
        #expect(result.counts.count == 7 && result.counts.values.allSatisfy { $0 == 0 })
    }

    @Test func aRosterPassesTheCheck() throws {
        var random = RosterRandomInstances(seed: 99)
        for _ in 0..<20 {
            let problem = random.medium(specialists: true)
            let roster = try RosterSolver.solve(problem)
            let lessons = roster.lessons.map { lesson in
                TimetableLesson(
                    school: problem.classes[lesson.classIndex].school, classId: lesson.classId, weekday: lesson.weekday,
                    start: lesson.start, minutes: lesson.end - lesson.start, gym: lesson.gym,
                    teacher: problem.classes[lesson.classIndex].specialist)
            }
            #expect(TimetableCheck.check(lessons, problem: problem).conflicts.isEmpty)
        }
    }
}
