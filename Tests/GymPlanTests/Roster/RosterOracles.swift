@testable import GymPlan

/// Independent oracles for the roster tests, written from section 6's words without the solver's code:
/// a checker of R1-R5, an explicit per-class, per-slot min-cost max-flow, and brute-force enumeration.
enum RosterOracles {
    /// A usable lesson of a class: one gym slot it may walk to (R1, R4), by the rules' own words.
    struct Choice: Hashable {
        var gym: Int
        var weekday: Int
        var start: Int
        var distanceM: Int
    }

    /// The slot starts of a gym's windows on a weekday: from each window's start, every lesson that fits.
    static func slotStarts(_ gym: RosterGym, weekday: Int, lessonMinutes: Int) -> [Int] {
        gym.windows.windows(on: weekday).flatMap { window in
            stride(from: window.from, through: window.to - lessonMinutes, by: lessonMinutes).map { $0 }
        }
    }

    /// Every slot the class's school may use: gym within the distance, the walk there and back inside one
    /// school window.
    static func choices(_ problem: RosterProblem, school: Int) -> [Choice] {
        let lesson = problem.parameters.lessonMinutes
        var result: [Choice] = []
        for pair in problem.pairs where pair.school == school && pair.distanceM <= problem.parameters.maxDistanceM {
            let gym = problem.gyms[pair.gym]
            guard gym.halls > 0, gym.weeklyLessonsPerHall(lessonMinutes: lesson) > 0 else { continue }
            for weekday in 1...5 {
                for start in slotStarts(gym, weekday: weekday, lessonMinutes: lesson)
                where problem.schools[school].windows.contains(
                    weekday: weekday, from: start - pair.walkingMinutes, to: start + lesson + pair.walkingMinutes)
                {
                    result.append(Choice(gym: pair.gym, weekday: weekday, start: start, distanceM: pair.distanceM))
                }
            }
        }
        return result
    }

    /// Whether one teacher can give both lessons (R5), in the rule's words.
    static func teacherCanGive(
        _ a: (gym: Int, weekday: Int, start: Int), _ b: (gym: Int, weekday: Int, start: Int), problem: RosterProblem
    ) -> Bool {
        guard a.weekday == b.weekday else { return true }
        let length = problem.parameters.lessonMinutes
        let (first, second) = a.start <= b.start ? (a, b) : (b, a)
        if second.start < first.start + length { return false }
        if first.gym == second.gym { return true }
        guard let travel = problem.teacherTravel.minutes(from: first.gym, to: second.gym) else { return false }
        return second.start - (first.start + length) >= travel
    }

    /// Every broken rule of the roster, in words; empty for a valid roster.
    static func violations(_ roster: Roster, problem: RosterProblem) -> [String] {
        var problems: [String] = []
        let length = problem.parameters.lessonMinutes
        var hallWeek: [[Int]: Int] = [:]
        var hallSlot: [[Int]: Int] = [:]
        var classDays: [Int: [Int]] = [:]
        for lesson in roster.lessons {
            let schoolClass = problem.classes[lesson.classIndex]
            let gym = problem.gyms[lesson.gym]
            let name = "\(lesson.schoolId) \(lesson.classId) day \(lesson.weekday) \(lesson.start)"
            if !schoolClass.inScope { problems.append("\(name): not in scope") }
            if lesson.end - lesson.start != length { problems.append("\(name): length") }
            guard let pair = problem.pairs.first(where: { $0.school == schoolClass.school && $0.gym == lesson.gym }),
                pair.distanceM <= problem.parameters.maxDistanceM
            else {
                problems.append("\(name): R1")
                continue
            }
            if pair.distanceM != lesson.distanceM || pair.walkingMinutes != lesson.walkingMinutes {
                problems.append("\(name): distance or walk reported wrongly")
            }
            if !slotStarts(gym, weekday: lesson.weekday, lessonMinutes: length).contains(lesson.start) {
                problems.append("\(name): not a slot of the gym")
            }
            if !(1...gym.halls).contains(lesson.hall) { problems.append("\(name): hall \(lesson.hall)") }
            hallSlot[[lesson.gym, lesson.hall, lesson.weekday, lesson.start], default: 0] += 1
            hallWeek[[lesson.gym, lesson.hall], default: 0] += 1
            classDays[lesson.classIndex, default: []].append(lesson.weekday)
            if !problem.schools[schoolClass.school].windows.contains(
                weekday: lesson.weekday, from: lesson.start - pair.walkingMinutes, to: lesson.end + pair.walkingMinutes)
            {
                problems.append("\(name): R4")
            }
        }
        for (key, count) in hallSlot where count > 1 { problems.append("R2: hall \(key) has \(count) lessons in a slot") }
        for (key, count) in hallWeek where count > problem.gyms[key[0]].weeklyLessonsPerHall(lessonMinutes: length) {
            problems.append("R2: hall \(key) has \(count) lessons a week")
        }
        for (classIndex, days) in classDays {
            if Set(days).count != days.count { problems.append("R3: class \(classIndex) twice on a day") }
            if days.count > problem.parameters.minLessons { problems.append("class \(classIndex): too many lessons") }
        }
        let bySpecialist = Dictionary(grouping: roster.lessons.filter { problem.classes[$0.classIndex].specialist != nil }) {
            problem.classes[$0.classIndex].specialist!
        }
        for lessons in bySpecialist.values {
            for (i, a) in lessons.enumerated() {
                for b in lessons[(i + 1)...]
                where !teacherCanGive((a.gym, a.weekday, a.start), (b.gym, b.weekday, b.start), problem: problem) {
                    problems.append("R5: \(a.classId)@\(a.weekday) \(a.start) and \(b.classId)@\(b.weekday) \(b.start)")
                }
            }
        }
        let inScope = problem.classes.indices.filter { problem.classes[$0].inScope }
        let short = inScope.filter { (classDays[$0]?.count ?? 0) < problem.parameters.minLessons }
        if roster.unscheduled.map(\.classIndex).sorted() != short {
            problems.append("unscheduled list differs from the classes short of min_lessons")
        }
        for entry in roster.unscheduled
        where entry.missingLessons != problem.parameters.minLessons - (classDays[entry.classIndex]?.count ?? 0) {
            problems.append("missing lessons of \(entry.classId)")
        }
        let summary = roster.summary
        if summary.lessonsScheduled != roster.lessons.count || summary.classes != inScope.count
            || summary.lessonsRequired != inScope.count * problem.parameters.minLessons
            || summary.classesFullyScheduled != inScope.count - short.count
            || summary.walkingMetres != roster.lessons.reduce(0, { $0 + $1.distanceM })
            || summary.lessonsUpperBound < summary.lessonsScheduled
        {
            problems.append("summary \(summary)")
        }
        for (a, b) in zip(roster.lessons, roster.lessons.dropFirst())
        where (b.gymId, b.weekday, b.start, b.hall) < (a.gymId, a.weekday, a.start, a.hall) {
            problems.append("lessons not sorted")
        }
        return problems
    }
}
