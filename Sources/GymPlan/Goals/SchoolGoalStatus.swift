import PostgresClient

/// Whether one school meets the two goals in a school year; `nil` means no data (no in-scope
/// classes). `reasons` say in plain words what misses a goal. Nothing identifies a teacher.
/// In JSON (`gymplan flags`) every key is written, `null` where there is no data.
public struct SchoolGoalStatus: Sendable, Equatable, Codable {
    /// The DUO location code, e.g. `00AP00`.
    public var schoolId: String
    /// The school's name.
    public var name: String
    /// The municipality the school belongs to, `GM0363`.
    public var municipalityCode: String
    /// Classes with any of grades 3..8 in the school year.
    public var inScopeClasses: Int
    /// All in-scope classes have enough lessons and minutes; nil without data.
    @ExplicitNull public var meetsLessonsGoal: Bool?
    /// All in-scope classes have lessons, every one by a qualified teacher; nil without data.
    @ExplicitNull public var meetsQualifiedGoal: Bool?
    /// Why it misses a goal, in plain words; empty when it meets both.
    public var reasons: [String]
    /// PE lessons a week of the in-scope classes.
    public var lessons: Int
    /// Of those, the lessons given by a teacher qualified on the reference date.
    public var lessonsByQualifiedTeacher: Int

    /// A status as the evaluator builds it (public for tests and other reports).
    public init(
        schoolId: String, name: String, municipalityCode: String, inScopeClasses: Int,
        meetsLessonsGoal: Bool?, meetsQualifiedGoal: Bool?, reasons: [String] = [],
        lessons: Int, lessonsByQualifiedTeacher: Int
    ) {
        self.schoolId = schoolId
        self.name = name
        self.municipalityCode = municipalityCode
        self.inScopeClasses = inScopeClasses
        self.meetsLessonsGoal = meetsLessonsGoal
        self.meetsQualifiedGoal = meetsQualifiedGoal
        self.reasons = reasons
        self.lessons = lessons
        self.lessonsByQualifiedTeacher = lessonsByQualifiedTeacher
    }

    enum CodingKeys: String, CodingKey {
        case schoolId = "school_id", name, municipalityCode = "municipality_code"
        case inScopeClasses = "in_scope_classes", meetsLessonsGoal = "meets_lessons_goal"
        case meetsQualifiedGoal = "meets_qualified_goal", lessons
        case lessonsByQualifiedTeacher = "lessons_by_qualified_teacher", reasons
    }

    /// True when the school has no in-scope classes in the year: reported, never counted as met.
    public var hasNoData: Bool { meetsLessonsGoal == nil }

    /// Whether the school meets `goal`; `nil` without data.
    public func meets(_ goal: Goal) -> Bool? {
        switch goal {
        case .lessons: meetsLessonsGoal
        case .qualified: meetsQualifiedGoal
        }
    }
}

extension SchoolGoalStatus: PostgresRowDecodable {
    /// The columns `init(row:)` reads (as `goal_school_status` returns them).
    static let columns = "school_id, name, municipality_code, in_scope_classes, meets_lessons, meets_qualified, lessons, qualified_lessons"

    /// A row with `columns`, without reasons, read by name.
    public init(row: PostgresRow) throws {
        self.init(
            schoolId: try row.decode("school_id"), name: try row.decode("name"),
            municipalityCode: try row.decode("municipality_code"), inScopeClasses: try row.decode("in_scope_classes"),
            meetsLessonsGoal: try row.decode("meets_lessons"), meetsQualifiedGoal: try row.decode("meets_qualified"),
            lessons: try row.decode("lessons"), lessonsByQualifiedTeacher: try row.decode("qualified_lessons"))
    }
}
