/// The parameters of section 6 that the roster itself uses (distances and walking times are the caller's).
public struct RosterParameters: Sendable, Hashable {
    /// Lessons a week each in-scope class is given at most (`min_lessons`).
    public var minLessons: Int
    /// The length of one lesson and of one slot (`lesson_minutes`).
    public var lessonMinutes: Int
    /// The farthest school-to-gym distance a class walks (`max_distance_m`, R1).
    public var maxDistanceM: Int

    public init(minLessons: Int = 2, lessonMinutes: Int = 45, maxDistanceM: Int = 1000) {
        self.minLessons = minLessons
        self.lessonMinutes = lessonMinutes
        self.maxDistanceM = maxDistanceM
    }
}

/// A gym as the roster sees it: halls, weekly hours per hall and the windows in which the halls are free.
public struct RosterGym: Sendable, Hashable {
    public var id: String
    /// The name a coordinator knows the gym by, used in reasons.
    public var name: String
    /// Halls, each of which holds one class at a time.
    public var halls: Int
    /// `hours_per_week` of each hall, in hundredths of an hour (the schema keeps two decimals).
    public var hundredthHoursPerWeek: Int
    public var windows: WeeklyWindows
    public var latitude: Double?
    public var longitude: Double?

    public init(
        id: String, name: String? = nil, halls: Int, hundredthHoursPerWeek: Int,
        windows: WeeklyWindows = .gymDefault, latitude: Double? = nil, longitude: Double? = nil
    ) {
        self.id = id
        self.name = name ?? id
        self.halls = halls
        self.hundredthHoursPerWeek = hundredthHoursPerWeek
        self.windows = windows
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Lessons one hall gives a week (R2): floor(hours_per_week x 60 / lesson_minutes), in exact integers.
    public func weeklyLessonsPerHall(lessonMinutes: Int) -> Int {
        max(0, hundredthHoursPerWeek) * 60 / (lessonMinutes * 100)
    }
}

/// A school as the roster sees it: the windows in which its classes can be out for PE, walking included.
public struct RosterSchool: Sendable, Hashable {
    public var id: String
    public var windows: WeeklyWindows

    public init(id: String, windows: WeeklyWindows = .schoolDefault) {
        self.id = id
        self.windows = windows
    }
}

/// A pseudonymous teacher (a class's specialist, a timetable lesson's teacher): only compared, never
/// shown (section 5's rule on personal data), so its descriptions say no more than "teacher".
public struct TeacherKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    private let raw: String

    public init(_ raw: String) {
        self.raw = raw
    }

    public var description: String { "teacher" }
    public var debugDescription: String { "teacher" }
}

/// A class of a school in the school year.
public struct RosterClass: Sendable, Hashable {
    /// Index into ``RosterProblem/schools``.
    public var school: Int
    public var id: String
    /// Grades include any of 3..8; only these are rostered.
    public var inScope: Bool
    /// The class's specialist (section 6, Definitions), nil when none.
    public var specialist: TeacherKey?

    public init(school: Int, id: String, inScope: Bool = true, specialist: TeacherKey? = nil) {
        self.school = school
        self.id = id
        self.inScope = inScope
        self.specialist = specialist
    }
}

/// A school and a gym whose distance is known (section 3), with the walking time (section 6).
/// Pairs beyond ``RosterParameters/maxDistanceM`` may be given; the roster leaves them out (R1).
public struct RosterPair: Sendable, Hashable {
    /// Indices into ``RosterProblem/schools`` and ``RosterProblem/gyms``.
    public var school: Int
    public var gym: Int
    public var distanceM: Int
    /// Whole minutes one way.
    public var walkingMinutes: Int

    public init(school: Int, gym: Int, distanceM: Int, walkingMinutes: Int) {
        self.school = school
        self.gym = gym
        self.distanceM = distanceM
        self.walkingMinutes = walkingMinutes
    }
}

/// A specialist's travel time in whole minutes between two gyms (indices); nil when unknown, which R5
/// treats as not possible. The caller computes it per section 6; the same gym is always 0.
public struct TeacherTravelTimes: Sendable {
    private let lookup: @Sendable (Int, Int) -> Int?

    public init(_ lookup: @escaping @Sendable (Int, Int) -> Int?) {
        self.lookup = lookup
    }

    /// Travel times from a table keyed by (gym, gym) in either order.
    public init(table: [GymPairKey: Int]) {
        self.lookup = { table[GymPairKey($0, $1)] }
    }

    /// Every pair of different gyms unknown: a specialist stays at one gym a day.
    public static let unknown = TeacherTravelTimes { _, _ in nil }

    /// Minutes from `gym` to `other`; 0 for the same gym.
    public func minutes(from gym: Int, to other: Int) -> Int? {
        gym == other ? 0 : lookup(gym, other)
    }
}

/// Two gym indices in ascending order, a key for ``TeacherTravelTimes/init(table:)``.
public struct GymPairKey: Sendable, Hashable {
    public let low: Int
    public let high: Int

    public init(_ gym: Int, _ other: Int) {
        low = min(gym, other)
        high = max(gym, other)
    }
}

/// Everything the weekly roster of one school year is made from (data contract, section 6).
public struct RosterProblem: Sendable {
    public var schools: [RosterSchool]
    public var gyms: [RosterGym]
    /// All classes of the year; only those in scope are rostered.
    public var classes: [RosterClass]
    public var pairs: [RosterPair]
    public var parameters: RosterParameters
    public var teacherTravel: TeacherTravelTimes

    public init(
        schools: [RosterSchool], gyms: [RosterGym], classes: [RosterClass], pairs: [RosterPair],
        parameters: RosterParameters = .init(), teacherTravel: TeacherTravelTimes = .unknown
    ) {
        self.schools = schools
        self.gyms = gyms
        self.classes = classes
        self.pairs = pairs
        self.parameters = parameters
        self.teacherTravel = teacherTravel
    }
}
