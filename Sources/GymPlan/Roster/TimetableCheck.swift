/// One lesson of the imported timetable (`lessons.csv`), any class, in scope or not.
public struct TimetableLesson: Sendable, Hashable {
    /// Index into the problem's schools.
    public var school: Int
    public var classId: String
    public var weekday: Int
    /// Minutes since midnight.
    public var start: Int
    public var minutes: Int
    /// Index into the problem's gyms; nil for a lesson outside a gym.
    public var gym: Int?
    /// nil for an unknown teacher.
    public var teacher: TeacherKey?

    public init(school: Int, classId: String, weekday: Int, start: Int, minutes: Int, gym: Int?, teacher: TeacherKey?) {
        self.school = school
        self.classId = classId
        self.weekday = weekday
        self.start = start
        self.minutes = minutes
        self.gym = gym
        self.teacher = teacher
    }

    public var end: Int { start + minutes }

    func overlaps(_ other: TimetableLesson) -> Bool { start < other.end && other.start < end }
}

/// The kinds of conflict of section 6's check, in the order of their names.
public enum ConflictKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case hallOverbooked = "hall_overbooked"
    case outsideGymHours = "outside_gym_hours"
    case outsideSchoolHours = "outside_school_hours"
    case sameDay = "same_day"
    case teacherOverlap = "teacher_overlap"
    case teacherTravel = "teacher_travel"
    case tooFar = "too_far"

    public static func < (lhs: ConflictKind, rhs: ConflictKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A lesson of the timetable that breaks a rule of one kind, with what is wrong in plain words.
public struct TimetableConflict: Sendable, Hashable {
    public var kind: ConflictKind
    /// Index into the checked lessons.
    public var lesson: Int
    public var schoolId: String
    public var classId: String
    public var weekday: Int
    public var start: Int
    public var gymId: String?
    /// Plain words, never a teacher code.
    public var detail: String
}

/// The conflicts of a timetable, sorted by school id, class id, weekday, start and kind, with a count
/// for each of the seven kinds.
public struct TimetableCheckResult: Sendable {
    public var conflicts: [TimetableConflict]
    public var counts: [ConflictKind: Int]
}

/// Section 6's check of an imported timetable: every lesson that breaks a rule, one entry per kind and
/// lesson. All lessons occupy their halls; a lesson without a gym is checked only for `teacher_overlap`
/// and `same_day`. Distances, walking and travel times, windows and limits come from `problem`
/// (its classes and parameters other than `max_distance_m` are not used).
public enum TimetableCheck {
    public static func check(_ lessons: [TimetableLesson], problem: RosterProblem) -> TimetableCheckResult {
        var found: [TimetableConflict] = []
        func report(_ kind: ConflictKind, _ index: Int, _ detail: String) {
            let lesson = lessons[index]
            found.append(
                TimetableConflict(
                    kind: kind, lesson: index, schoolId: problem.schools[lesson.school].id, classId: lesson.classId,
                    weekday: lesson.weekday, start: lesson.start, gymId: lesson.gym.map { problem.gyms[$0].id },
                    detail: detail))
        }
        var pairs: [Int: RosterPair] = [:]
        for pair in problem.pairs { pairs[pair.school * problem.gyms.count + pair.gym] = pair }
        for (index, lesson) in lessons.enumerated() {
            guard let gymIndex = lesson.gym else { continue }
            let gym = problem.gyms[gymIndex]
            let span = "\(ClockTime.text(lesson.start))-\(ClockTime.text(lesson.end))"
            if !gym.windows.contains(weekday: lesson.weekday, from: lesson.start, to: lesson.end) {
                report(.outsideGymHours, index, "\(span) is not inside \(hours(gym.windows, lesson.weekday, of: "the gym"))")
            }
            guard let pair = pairs[lesson.school * problem.gyms.count + gymIndex] else { continue }
            if pair.distanceM > problem.parameters.maxDistanceM {
                report(
                    .tooFar, index,
                    "the gym is \(pair.distanceM) m from the school, farther than \(problem.parameters.maxDistanceM) m")
            }
            let out = lesson.start - pair.walkingMinutes
            let back = lesson.end + pair.walkingMinutes
            if !problem.schools[lesson.school].windows.contains(weekday: lesson.weekday, from: out, to: back) {
                report(
                    .outsideSchoolHours, index,
                    "with \(pair.walkingMinutes) minutes' walk each way the class is out "
                        + "\(ClockTime.text(out))-\(ClockTime.text(back)), not inside "
                        + hours(problem.schools[lesson.school].windows, lesson.weekday, of: "the school"))
            }
        }
        hallConflicts(lessons, problem: problem, report: report)
        teacherConflicts(lessons, problem: problem, report: report)
        let byClassDay = Dictionary(grouping: lessons.indices) {
            ClassDay(school: lessons[$0].school, classId: lessons[$0].classId, weekday: lessons[$0].weekday)
        }
        for indices in byClassDay.values where indices.count > 1 {
            for index in indices {
                let others = indices.filter { $0 != index }.map { ClockTime.text(lessons[$0].start) }.sorted()
                report(
                    .sameDay, index,
                    "the class has another lesson on \(weekdayName(lessons[index].weekday)) at \(others.joined(separator: ", "))")
            }
        }
        found.sort {
            ($0.schoolId, $0.classId, $0.weekday, $0.start, $0.kind.rawValue)
                < ($1.schoolId, $1.classId, $1.weekday, $1.start, $1.kind.rawValue)
        }
        var counts = Dictionary(uniqueKeysWithValues: ConflictKind.allCases.map { ($0, 0) })
        for conflict in found { counts[conflict.kind]! += 1 }
        return TimetableCheckResult(conflicts: found, counts: counts)
    }

    private struct ClassDay: Hashable {
        var school: Int
        var classId: String
        var weekday: Int
    }

    private struct GymDay: Hashable {
        var gym: Int
        var weekday: Int
    }

    private struct TeacherDay: Hashable {
        var teacher: TeacherKey
        var weekday: Int
    }

    /// `hall_overbooked`: the first moment of the lesson at which its gym has more lessons than halls.
    private static func hallConflicts(
        _ lessons: [TimetableLesson], problem: RosterProblem, report: (ConflictKind, Int, String) -> Void
    ) {
        let byGymDay = Dictionary(grouping: lessons.indices.filter { lessons[$0].gym != nil }) {
            GymDay(gym: lessons[$0].gym!, weekday: lessons[$0].weekday)
        }
        for (key, indices) in byGymDay {
            let halls = problem.gyms[key.gym].halls
            guard indices.count > halls else { continue }
            for index in indices {
                let lesson = lessons[index]
                let moments = ([lesson.start] + indices.map { lessons[$0].start }.filter { lesson.start < $0 && $0 < lesson.end })
                    .sorted()
                for moment in moments {
                    let running = indices.filter { lessons[$0].start <= moment && moment < lessons[$0].end }.count
                    if running > halls {
                        report(
                            .hallOverbooked, index,
                            "\(running) lessons at \(ClockTime.text(moment)) in a \(halls)-hall gym")
                        break
                    }
                }
            }
        }
    }

    /// `teacher_overlap` and `teacher_travel`, per teacher and weekday.
    private static func teacherConflicts(
        _ lessons: [TimetableLesson], problem: RosterProblem, report: (ConflictKind, Int, String) -> Void
    ) {
        let byTeacherDay = Dictionary(grouping: lessons.indices.filter { lessons[$0].teacher != nil }) {
            TeacherDay(teacher: lessons[$0].teacher!, weekday: lessons[$0].weekday)
        }
        for indices in byTeacherDay.values where indices.count > 1 {
            for index in indices {
                let lesson = lessons[index]
                let overlapping = indices.filter { $0 != index && lessons[$0].overlaps(lesson) }
                if let first = overlapping.min(by: { lessons[$0].start < lessons[$1].start }) {
                    let more = overlapping.count > 1 ? " and \(overlapping.count - 1) more" : ""
                    report(.teacherOverlap, index, "overlaps another lesson of its teacher: \(describe(lessons[first], problem))\(more)")
                }
                guard let gym = lesson.gym else { continue }
                let tooSoon: [(earlier: Int, travel: Int?)] = indices.compactMap { other in
                    let earlier = lessons[other]
                    guard let otherGym = earlier.gym, otherGym != gym, earlier.start < lesson.start else { return nil }
                    let travel = problem.teacherTravel.minutes(from: otherGym, to: gym)
                    if let travel, lesson.start - earlier.end >= travel { return nil }
                    return (other, travel)
                }
                if let worst = tooSoon.max(by: { lessons[$0.earlier].end < lessons[$1.earlier].end }) {
                    let earlier = lessons[worst.earlier]
                    let gap = lesson.start - earlier.end
                    let after = gap >= 0 ? "starts \(gap) minutes after" : "starts before the end of"
                    let ride = worst.travel.map { "the ride between the gyms takes \($0) minutes" }
                        ?? "the ride time between the gyms is unknown"
                    report(
                        .teacherTravel, index,
                        "\(after) its teacher's lesson at \(problem.gyms[earlier.gym!].name) "
                            + "(\(describe(earlier, problem))); \(ride)")
                }
            }
        }
    }

    private static func describe(_ lesson: TimetableLesson, _ problem: RosterProblem) -> String {
        "\(problem.schools[lesson.school].id) \(lesson.classId), \(ClockTime.text(lesson.start))-\(ClockTime.text(lesson.end))"
    }

    private static func hours(_ windows: WeeklyWindows, _ weekday: Int, of owner: String) -> String {
        let list = windows.windows(on: weekday).map { "\(ClockTime.text($0.from))-\(ClockTime.text($0.to))" }
        return list.isEmpty
            ? "\(owner)'s hours: none on \(weekdayName(weekday))"
            : "\(owner)'s hours on \(weekdayName(weekday)) (\(list.joined(separator: ", ")))"
    }

    static func weekdayName(_ weekday: Int) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][safe: weekday - 1] ?? "weekday \(weekday)"
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
