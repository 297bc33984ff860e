/// The investment plan of section 7: the changes, per component whether its cost is proven optimal and
/// its lower bound, and each school's unmet lessons before and after the changes.
public struct InvestmentPlan: Sendable, Encodable {
    /// Every change, sorted by kind (bus, longer hours, new gym), then by school and gym id, gym id or site id.
    public var changes: [InvestmentChange]
    /// Each component of the school-gym-site graph that holds a school with demand.
    public var components: [InvestmentComponentResult]
    /// Every school, sorted by id.
    public var schools: [InvestmentSchoolResult]
    public var unmetLessonsBefore: Int
    public var unmetLessonsAfter: Int
    /// The yearly cost of the changes, in euros (not rounded).
    public var costEurPerYear: Double
    /// The sum of the components' proven lower bounds.
    public var costLowerBoundEurPerYear: Double
    /// Whether every component's cost is proven optimal.
    public var provenOptimal: Bool
    /// Seconds spent on the whole plan.
    public var seconds: Double
    /// Seconds spent reading the database (0 for an instance given as it is).
    public var readSeconds: Double = 0
}

/// One change of the plan.
public enum InvestmentChange: Sendable, Hashable, Encodable {
    /// `lessons` of a school taken by bus to an existing gym beyond reach.
    case bus(InvestmentBus)
    /// An existing gym open longer: `extraLessons` more slots a week.
    case longerHours(InvestmentLongerHours)
    /// A new gym built at a candidate site.
    case newGym(InvestmentNewGym)

    /// The municipality the change belongs to: the school's for a bus, the gym's or site's otherwise.
    public var municipalityCode: String {
        switch self {
        case .bus(let bus): bus.municipalityCode
        case .longerHours(let change): change.municipalityCode
        case .newGym(let gym): gym.municipalityCode
        }
    }

    public var costEurPerYear: Double {
        switch self {
        case .bus(let bus): bus.costEurPerYear
        case .longerHours(let change): change.costEurPerYear
        case .newGym(let gym): gym.costEurPerYear
        }
    }

    /// The change as a `capacity --what-if` argument: `bus:SCHOOL_ID:GYM_ID`, `hours:GYM_ID:H` or
    /// `new-gym:NAME:LAT:LON:HALLS:HOURS:MUNICIPALITY`.
    public var whatIfArgument: String {
        switch self {
        case .bus(let bus): "bus:\(bus.schoolId):\(bus.gymId)"
        case .longerHours(let change): WhatIfChange.hours(gymId: change.gymId, hours: change.hoursPerWeek).description
        case .newGym(let gym):
            WhatIfChange.newGym(name: gym.name, latitude: gym.latitude, longitude: gym.longitude, halls: gym.halls,
                                hours: gym.hoursPerWeek, municipalityCode: gym.municipalityCode).description
        }
    }

    /// The order of section 7: kind, then the ids.
    var sortKey: (Int, String, String) {
        switch self {
        case .bus(let bus): (0, bus.schoolId, bus.gymId)
        case .longerHours(let change): (1, change.gymId, "")
        case .newGym(let gym): (2, gym.siteId, "")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .bus(let bus): try bus.encode(to: encoder)
        case .longerHours(let change): try change.encode(to: encoder)
        case .newGym(let gym): try gym.encode(to: encoder)
        }
    }
}

public struct InvestmentBus: Sendable, Hashable, Encodable {
    public var kind = "bus"
    public var schoolId: String
    public var gymId: String
    public var lessons: Int
    public var distanceM: Int
    public var costEurPerYear: Double
    public var municipalityCode: String
}

public struct InvestmentLongerHours: Sendable, Hashable, Encodable {
    public var kind = "longer_hours"
    public var gymId: String
    /// k x halls.
    public var extraLessons: Int
    /// The new hours a week per hall, rounded up to two decimals.
    public var hoursPerWeek: Double
    public var costEurPerYear: Double
    public var municipalityCode: String
}

public struct InvestmentNewGym: Sendable, Hashable, Encodable {
    public var kind = "new_gym"
    public var siteId: String
    public var name: String
    public var latitude: Double
    public var longitude: Double
    public var halls: Int
    public var hoursPerWeek: Double
    /// Lessons the plan's own assignment places there.
    public var lessons: Int
    public var costEur: Double
    public var costEurPerYear: Double
    public var municipalityCode: String
}

/// How one component was solved.
public struct InvestmentComponentResult: Sendable, Encodable {
    public var schools: Int
    public var gyms: Int
    public var sites: Int
    public var unmetLessonsBefore: Int
    public var unmetLessonsAfter: Int
    public var costEurPerYear: Double
    public var costLowerBoundEurPerYear: Double
    public var provenOptimal: Bool
    /// Whether a mixed-integer program was solved (not when no change can lower the unmet lessons).
    public var solvedByMIP: Bool
    /// Whether the first search stopped at a limit (time or nodes) before it proved its plan optimal.
    public var firstSearchCutShort = false
    public var seconds: Double
}

/// One school's unmet lessons before and after the plan's changes.
public struct InvestmentSchoolResult: Sendable, Hashable, Encodable {
    public var schoolId: String
    public var municipalityCode: String
    public var demandLessons: Int
    public var unmetLessonsBefore: Int
    public var unmetLessonsAfter: Int
}
