/// The plain words for what makes a school miss a goal (`class 5B: 1 lesson, 45 minutes a week`).
/// They name classes, lessons and grants, never a teacher.
public enum GoalReasons {
    /// The reason a finding gives, judged on `referenceDate` (`YYYY-MM-DD`).
    public static func text(_ finding: GoalFinding, referenceDate: String) -> String {
        "class \(finding.classId): " + detail(finding.kind, referenceDate: referenceDate)
    }

    /// The reason of a school without in-scope classes in the year.
    public static func noData(_ year: SchoolYear) -> String {
        "no classes with groups 3 to 8 in \(year)"
    }

    static func detail(_ kind: GoalFinding.Kind, referenceDate: String) -> String {
        switch kind {
        case .tooFewLessons(let lessons, let minutes):
            return "\(count(lessons, "lesson")), \(count(minutes, "minute")) a week"
        case .noLessons:
            return "no PE lessons"
        case .unqualifiedLesson(let weekday, let start, let cause, let grantId):
            let lesson = "\(weekdayName(weekday)) \(start) lesson"
            switch cause {
            case .noTeacher:
                return "\(lesson) has no teacher"
            case .noQualification:
                return "\(lesson) by a teacher without qualification"
            case .courseWithdrawn:
                let grant = grantId.map { " (grant \($0))" } ?? ""
                return "\(lesson) by a teacher following the course who withdrew\(grant)"
            case .qualifiedAfterReference:
                return "\(lesson) by a teacher qualified only after the reference date \(referenceDate)"
            }
        }
    }

    /// `1 lesson`, `2 lessons`.
    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    /// Monday for 1 to Friday for 5 (the contract's weekdays).
    public static func weekdayName(_ weekday: Int) -> String {
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return (1...7).contains(weekday) ? names[weekday - 1] : "day \(weekday)"
    }
}
