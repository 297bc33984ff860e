/// One lesson of the weekly roster (section 6): a class in one hall of one gym, in one slot.
public struct RosterLesson: Sendable, Hashable {
    /// Index into ``RosterProblem/gyms`` and its id.
    public var gym: Int
    public var gymId: String
    /// Hall number, 1..halls.
    public var hall: Int
    public var weekday: Int
    /// Minutes since midnight.
    public var start: Int
    public var end: Int
    /// Index into ``RosterProblem/classes``, and the ids of the class and its school.
    public var classIndex: Int
    public var schoolId: String
    public var classId: String
    public var distanceM: Int
    public var walkingMinutes: Int
}

/// Why a class has fewer than `min_lessons` lessons, in words a coordinator can act on.
public enum UnscheduledReason: Sendable, Hashable, CustomStringConvertible {
    /// No gym that gives lessons lies within `max_distance_m` of the school.
    case noGymWithinReach(maxDistanceM: Int)
    /// Gyms are within reach, but no slot of theirs fits in the school's hours with the walk there and back.
    case noTimeToWalk(gyms: [String])
    /// The gyms within reach are full in the hours the school can walk there.
    case gymsFull(gyms: [String])
    /// Halls are free in hours the class could walk there, but not when its specialist can be there.
    case specialistWeekFull

    public var description: String {
        switch self {
        case .noGymWithinReach(let metres):
            "no gym within reach: no gym with free hours lies within \(metres) m of the school"
        case .noTimeToWalk(let gyms):
            "the school's hours leave no time to walk to \(Self.list(gyms)) and back around a lesson"
        case .gymsFull(let gyms):
            "the gyms within reach are full in the hours the school can walk there: \(Self.list(gyms))"
        case .specialistWeekFull:
            "the specialist's week is full: the halls within reach are free only when the specialist teaches elsewhere"
        }
    }

    private static func list(_ gyms: [String]) -> String {
        gyms.count <= 1 ? gyms.joined() : gyms.dropLast().joined(separator: ", ") + " and " + gyms.last!
    }
}

/// A class given fewer than `min_lessons` lessons.
public struct UnscheduledClass: Sendable, Hashable {
    public var classIndex: Int
    public var schoolId: String
    public var classId: String
    public var missingLessons: Int
    public var reason: UnscheduledReason
}

/// The summary of section 6's roster document.
public struct RosterSummary: Sendable, Hashable {
    /// In-scope classes.
    public var classes: Int
    /// classes x `min_lessons`.
    public var lessonsRequired: Int
    public var lessonsScheduled: Int
    /// No roster has more lessons; equal to `lessonsScheduled` without specialists.
    public var lessonsUpperBound: Int
    public var classesFullyScheduled: Int
    /// The sum over lessons of the one-way school-to-gym metres.
    public var walkingMetres: Int
}

/// A weekly roster: the lessons sorted by gym id, weekday, start and hall; the classes short of
/// `min_lessons` sorted by school id and class id.
public struct Roster: Sendable {
    public var lessons: [RosterLesson]
    public var unscheduled: [UnscheduledClass]
    public var summary: RosterSummary
    /// By class index: the most lessons the class could have in any roster (`min_lessons`, or fewer
    /// where fewer weekdays have a slot it can walk to; 0 out of scope). Their sum over a
    /// municipality's classes bounds its lessons (section 6, `--municipality`).
    public var classUpperBounds: [Int]
    /// Seconds spent on the R5-free optimum (network build, solve, dealing to classes), on the
    /// specialists' repair (board included), and in all.
    public var flowSeconds: Double
    public var specialistSeconds: Double
    public var totalSeconds: Double
}
