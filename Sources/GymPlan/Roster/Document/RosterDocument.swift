import Foundation

/// The parameters block of the roster and check documents (section 6).
public struct RosterDocumentParameters: Sendable, Codable, Hashable {
    public var minLessons: Int
    public var lessonMinutes: Int
    public var maxDistanceM: Int
    public var detourFactor: Double
    public var walkMPerMin: Double
    public var teacherMPerMin: Double

    enum CodingKeys: String, CodingKey {
        case minLessons = "min_lessons", lessonMinutes = "lesson_minutes", maxDistanceM = "max_distance_m"
        case detourFactor = "detour_factor", walkMPerMin = "walk_m_per_min", teacherMPerMin = "teacher_m_per_min"
    }

    init(_ input: RosterInput) {
        minLessons = input.parameters.minLessons
        lessonMinutes = input.parameters.lessonMinutes
        maxDistanceM = input.parameters.maxDistanceM
        detourFactor = input.parameters.detourFactor
        walkMPerMin = input.speeds.walkMetresPerMinute
        teacherMPerMin = input.speeds.teacherMetresPerMinute
    }
}

/// Section 6's roster document: the lessons and the classes short of `min_lessons`, limited to one
/// municipality's schools when asked (the roster itself is made with all data). No teacher codes.
public struct RosterDocument: Sendable, Codable {
    public struct Summary: Sendable, Codable, Hashable {
        public var classes: Int
        public var lessonsRequired: Int
        public var lessonsScheduled: Int
        public var lessonsUpperBound: Int
        public var classesFullyScheduled: Int
        public var walkingDistanceM: Int

        enum CodingKeys: String, CodingKey {
            case classes, lessonsRequired = "lessons_required", lessonsScheduled = "lessons_scheduled"
            case lessonsUpperBound = "lessons_upper_bound", classesFullyScheduled = "classes_fully_scheduled"
            case walkingDistanceM = "walking_distance_m"
        }
    }

    public struct Lesson: Sendable, Codable, Hashable {
        public var gymId: String
        public var gymName: String
        public var hall: Int
        public var weekday: Int
        public var start: String
        public var end: String
        public var schoolId: String
        public var classId: String
        public var distanceM: Int
        public var walkingMinutes: Int

        enum CodingKeys: String, CodingKey {
            case gymId = "gym_id", gymName = "gym_name", hall, weekday, start, end, schoolId = "school_id"
            case classId = "class_id", distanceM = "distance_m", walkingMinutes = "walking_minutes"
        }
    }

    public struct Unscheduled: Sendable, Codable, Hashable {
        public var schoolId: String
        public var classId: String
        public var missingLessons: Int
        public var reason: String

        enum CodingKeys: String, CodingKey {
            case schoolId = "school_id", classId = "class_id", missingLessons = "missing_lessons", reason
        }
    }

    public var schemaVersion = "1"
    public var schoolYear: String
    public var generatedAt: String
    public var municipality: String?
    public var parameters: RosterDocumentParameters
    public var summary: Summary
    public var lessons: [Lesson]
    public var unscheduled: [Unscheduled]

    /// Explicit keys: converting 800,000 keys of a national roster to snake case took seconds.
    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", schoolYear = "school_year", generatedAt = "generated_at"
        case municipality, parameters, summary, lessons, unscheduled
    }

    /// The document of `roster`, made from `input`; `municipality` limits lessons, unscheduled
    /// classes and summary to that municipality's schools, wherever their gyms are.
    public init(input: RosterInput, roster: Roster, municipality: String? = nil, generatedAt: Date = Date()) {
        let problem = input.problem
        let included: (Int) -> Bool = { classIndex in
            municipality.map { input.schoolMunicipalities[problem.classes[classIndex].school] == $0 } ?? true
        }
        schoolYear = input.year.description
        self.generatedAt = MinistryExport.timestamp(generatedAt)
        self.municipality = municipality
        parameters = RosterDocumentParameters(input)
        lessons = roster.lessons.filter { included($0.classIndex) }.map { lesson in
            Lesson(
                gymId: lesson.gymId, gymName: problem.gyms[lesson.gym].name, hall: lesson.hall, weekday: lesson.weekday,
                start: ClockTime.text(lesson.start), end: ClockTime.text(lesson.end), schoolId: lesson.schoolId,
                classId: lesson.classId, distanceM: lesson.distanceM, walkingMinutes: lesson.walkingMinutes)
        }
        unscheduled = roster.unscheduled.filter { included($0.classIndex) }.map {
            Unscheduled(schoolId: $0.schoolId, classId: $0.classId, missingLessons: $0.missingLessons, reason: $0.reason.description)
        }
        guard let municipality else {
            summary = Summary(roster.summary)
            return
        }
        summary = Summary.byMunicipality(input: input, roster: roster)[municipality] ?? .empty
    }

    /// The document as JSON: keys sorted, two-space indented, ending in a newline.
    public func jsonData() throws -> Data {
        var data = try JSONOutput.encoder().encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
