import Foundation
import GymPlan

/// FET's timetable (its `_activities.xml`) read back as roster lessons and judged by gymplan's own
/// check of section 6: how many lessons FET placed, how many break no rule, and their walks.
struct FETScore {
    var activities = 0
    var placed = 0
    var valid = 0
    var walkingMinutes = 0
    var walkingMetres = 0
    var conflicts: [ConflictKind: Int] = [:]

    init(file: FETFile, activitiesXML: String) {
        let problem = file.problem, reach = file.reach
        let classes = file.classes
        let minLessons = problem.parameters.minLessons
        activities = classes.count * minLessons
        let gymIndex = Dictionary(uniqueKeysWithValues: problem.gyms.enumerated().map { ($1.id, $0) })
        var lessons: [TimetableLesson] = []
        for block in activitiesXML.components(separatedBy: "<Activity>").dropFirst() {
            guard let id = Int(Self.field("Id", in: block)), id >= 1, id <= activities,
                let weekday = Int(Self.field("Day", in: block)),
                let start = Self.minutes(Self.field("Hour", in: block))
            else { continue }
            let room = Self.unescape(Self.field("Room", in: block))
            guard let split = room.range(of: " hall ", options: .backwards), let gym = gymIndex[String(room[..<split.lowerBound])] else {
                continue
            }
            let classIndex = classes[(id - 1) / max(1, minLessons)]
            let schoolClass = problem.classes[classIndex]
            lessons.append(TimetableLesson(
                school: schoolClass.school, classId: schoolClass.id, weekday: weekday, start: start,
                minutes: problem.parameters.lessonMinutes, gym: gym, teacher: schoolClass.specialist))
        }
        placed = lessons.count
        let result = TimetableCheck.check(lessons, problem: problem)
        let broken = Set(result.conflicts.map(\.lesson))
        for conflict in result.conflicts { conflicts[conflict.kind, default: 0] += 1 }
        for (index, lesson) in lessons.enumerated() where !broken.contains(index) {
            valid += 1
            if let option = reach.options[lesson.school].first(where: { $0.gym == lesson.gym }) {
                walkingMinutes += option.walkingMinutes
                walkingMetres += option.distanceM
            }
        }
    }

    /// One line of `key=value` pairs for the benchmark script.
    var line: String {
        let kinds = conflicts.keys.sorted().map { "\($0.rawValue):\(conflicts[$0]!)" }.joined(separator: ",")
        return "activities=\(activities) placed=\(placed) valid=\(valid) walking_minutes=\(walkingMinutes) "
            + "walking_m=\(walkingMetres) conflicts=\(kinds.isEmpty ? "none" : kinds)"
    }

    static func field(_ name: String, in block: String) -> String {
        guard let open = block.range(of: "<\(name)>"), let close = block.range(of: "</\(name)>", range: open.upperBound..<block.endIndex) else {
            return ""
        }
        return String(block[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func minutes(_ clock: String) -> Int? {
        let parts = clock.split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : nil
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
