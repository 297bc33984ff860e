/// The plain words for what makes a school miss a goal (`class 5B: 1 lesson, 45 minutes a week`),
/// in English or Dutch. They name classes, lessons and grants, never a teacher.
public enum GoalReasons {
    /// The reason a finding gives, judged on `referenceDate` (`YYYY-MM-DD`).
    public static func text(_ finding: GoalFinding, referenceDate: String, language: Language = .en) -> String {
        (language == .nl ? "klas " : "class ") + "\(finding.classId): " + detail(finding.kind, referenceDate: referenceDate, language: language)
    }

    /// The reason of a school without in-scope classes in the year.
    public static func noData(_ year: SchoolYear, language: Language = .en) -> String {
        language == .nl ? "geen klassen met groep 3 tot en met 8 in \(year)" : "no classes with groups 3 to 8 in \(year)"
    }

    static func detail(_ kind: GoalFinding.Kind, referenceDate: String, language: Language = .en) -> String {
        let nl = language == .nl
        switch kind {
        case .tooFewLessons(let lessons, let minutes):
            return nl
                ? "\(language.count(lessons, "les", "lessen")), \(language.count(minutes, "minuut", "minuten")) per week"
                : "\(language.count(lessons, "lesson", "lessons")), \(language.count(minutes, "minute", "minutes")) a week"
        case .noLessons:
            return nl ? "geen gymlessen" : "no PE lessons"
        case .unqualifiedLesson(let weekday, let start, let cause, let grantId):
            let lesson = nl ? "les op \(weekdayName(weekday, language: language)) \(start)" : "\(weekdayName(weekday)) \(start) lesson"
            switch cause {
            case .noTeacher:
                return nl ? "\(lesson) heeft geen leerkracht" : "\(lesson) has no teacher"
            case .noQualification:
                return nl ? "\(lesson) door een leerkracht zonder bevoegdheid" : "\(lesson) by a teacher without qualification"
            case .courseWithdrawn:
                let grant = grantId.map { nl ? " (beurs \($0))" : " (grant \($0))" } ?? ""
                return nl
                    ? "\(lesson) door een leerkracht in de leergang die zich heeft teruggetrokken\(grant)"
                    : "\(lesson) by a teacher following the course who withdrew\(grant)"
            case .qualifiedAfterReference:
                let referenceDate = ISODate(parsing: referenceDate).map(language.date) ?? referenceDate
                return nl
                    ? "\(lesson) door een leerkracht die pas na de peildatum \(referenceDate) bevoegd is"
                    : "\(lesson) by a teacher qualified only after the reference date \(referenceDate)"
            }
        }
    }

    /// `1 lesson`, `2 lessons`.
    static func count(_ value: Int, _ noun: String) -> String {
        Language.en.count(value, noun, noun + "s")
    }

    /// Monday for 1 to Friday for 5 (the contract's weekdays); maandag to vrijdag in Dutch.
    public static func weekdayName(_ weekday: Int, language: Language = .en) -> String {
        let names = language == .nl
            ? ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return (1...7).contains(weekday) ? names[weekday - 1] : (language == .nl ? "dag \(weekday)" : "day \(weekday)")
    }
}
