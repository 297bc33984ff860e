/// One change of the plan.
public enum InvestmentChange: Sendable, Hashable, Encodable {
    /// `lessons` of a school taken by bus to an existing gym beyond reach.
    case bus(InvestmentBus)
    /// An existing gym open longer: `extraLessons` more slots a week.
    case longerHours(InvestmentLongerHours)
    /// A new gym built at a candidate site.
    case newGym(InvestmentNewGym)

    /// The change itself, whatever its kind.
    public var detail: any InvestmentChangeDetail {
        switch self {
        case .bus(let bus): bus
        case .longerHours(let longer): longer
        case .newGym(let gym): gym
        }
    }

    /// The municipality the change belongs to: the school's for a bus, the gym's or site's otherwise.
    public var municipalityCode: String { detail.municipalityCode }

    public var costEurPerYear: Double { detail.costEurPerYear }

    /// The change as a `capacity --what-if` argument: `bus:SCHOOL_ID:GYM_ID`, `hours:GYM_ID:H` or
    /// `new-gym:NAME:LAT:LON:HALLS:HOURS:MUNICIPALITY`.
    public var whatIfArgument: String { detail.whatIf.description }

    /// The order of section 7: kind, then the ids.
    var sortKey: (Int, String, String) {
        switch self {
        case .bus(let bus): (0, bus.schoolId, bus.gymId)
        case .longerHours(let longer): (1, longer.gymId, "")
        case .newGym(let gym): (2, gym.siteId, "")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try detail.encode(to: encoder)
    }
}

/// What every kind of change has: its kind's name, yearly cost and municipality, its form as a what-if,
/// and the lessons and one-off cost it stands for (0 where a kind has none).
public protocol InvestmentChangeDetail: Sendable, Encodable {
    var kind: String { get }
    var costEurPerYear: Double { get }
    var municipalityCode: String { get }
    /// The change as `capacity --what-if` takes it.
    var whatIf: WhatIfChange { get }
    /// Extra lessons in longer hours.
    var extraLessons: Int { get }
    /// Lessons taken by bus.
    var busLessons: Int { get }
    /// A new gym's building cost.
    var oneOffEur: Double { get }
}

extension InvestmentChangeDetail {
    public var extraLessons: Int { 0 }
    public var busLessons: Int { 0 }
    public var oneOffEur: Double { 0 }
}

public struct InvestmentBus: InvestmentChangeDetail, Hashable {
    public var kind = "bus"
    public var schoolId: String
    public var gymId: String
    public var lessons: Int
    public var distanceM: Int
    public var costEurPerYear: Double
    public var municipalityCode: String

    public var whatIf: WhatIfChange { .bus(schoolId: schoolId, gymId: gymId) }
    public var busLessons: Int { lessons }
}

public struct InvestmentLongerHours: InvestmentChangeDetail, Hashable {
    public var kind = "longer_hours"
    public var gymId: String
    /// k x halls.
    public var extraLessons: Int
    /// The new hours a week per hall, rounded up to two decimals.
    public var hoursPerWeek: Double
    public var costEurPerYear: Double
    public var municipalityCode: String

    public var whatIf: WhatIfChange { .hours(gymId: gymId, hours: hoursPerWeek) }
}

public struct InvestmentNewGym: InvestmentChangeDetail, Hashable {
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

    public var whatIf: WhatIfChange {
        .newGym(name: name, latitude: latitude, longitude: longitude, halls: halls, hours: hoursPerWeek, municipalityCode: municipalityCode)
    }
    public var oneOffEur: Double { costEur }
}
