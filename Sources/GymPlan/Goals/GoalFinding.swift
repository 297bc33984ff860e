import PostgresClient

/// One thing that makes an in-scope class miss a goal, as `goal_findings` reports it.
public struct GoalFinding: Sendable, Equatable {
    /// Why a lesson's teacher does not count as qualified on the reference date.
    public enum Cause: String, Sendable {
        case noTeacher = "no_teacher"
        case noQualification = "no_qualification"
        case courseWithdrawn = "course_withdrawn"
        case qualifiedAfterReference = "qualified_after_reference"
    }

    /// What is missing.
    public enum Kind: Sendable, Equatable {
        /// Fewer lessons or minutes a week than the lessons goal asks.
        case tooFewLessons(lessons: Int, minutes: Int)
        /// No PE lessons at all.
        case noLessons
        /// The lesson on `weekday` (1 = Monday) at `start` (`HH:MM`) lacks a qualified teacher.
        case unqualifiedLesson(weekday: Int, start: String, cause: Cause, grantId: String?)
    }

    /// The school and class the finding is about.
    public var schoolId: String
    public var classId: String
    /// What is missing.
    public var kind: Kind
    /// The goals this finding makes the class miss.
    public var goals: Set<Goal>

    /// A finding as `goal_report` gives it.
    public init(schoolId: String, classId: String, kind: Kind, goals: Set<Goal>) {
        self.schoolId = schoolId
        self.classId = classId
        self.kind = kind
        self.goals = goals
    }
}

extension GoalFinding: PostgresRowDecodable {
    /// The columns `init(row:)` reads, in this order (as `goal_findings` returns them).
    static let columns = "school_id, class_id, kind, lessons, minutes, weekday, start, cause, grant_id, meets_lessons"

    /// A row of `columns`. Decoded by position: national results have many rows.
    public init(row: PostgresRow) throws {
        try self.init(row: row, offset: 0)
    }

    init(row: PostgresRow, offset: Int) throws {
        let kindName: String = try row.decode(offset + 2)
        let kind: Kind
        var goals: Set<Goal>
        switch kindName {
        case "too_few_lessons":
            kind = .tooFewLessons(lessons: try row.decode(offset + 3), minutes: try row.decode(offset + 4))
            goals = [.lessons]
        case "no_lessons":
            kind = .noLessons
            goals = [.qualified]
            if try !row.decode(offset + 9, as: Bool.self) { goals.insert(.lessons) }
        default:
            let causeName: String = try row.decode(offset + 7)
            kind = .unqualifiedLesson(
                weekday: try row.decode(offset + 5), start: try row.decode(offset + 6),
                cause: Cause(rawValue: causeName) ?? .noQualification, grantId: try row.decode(offset + 8))
            goals = [.qualified]
        }
        self.init(schoolId: try row.decode(offset), classId: try row.decode(offset + 1), kind: kind, goals: goals)
    }
}
