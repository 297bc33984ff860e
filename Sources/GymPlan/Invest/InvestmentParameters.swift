/// The parameters of the investment plan (data contract, section 7) beyond section 3's, and the
/// solver's limits.
public struct InvestmentParameters: Sendable, Hashable, Encodable {
    /// The most hours a week an existing hall can be made available.
    public var maxHoursPerWeek: Double = 27.75
    /// Cost of one hall hour in euros.
    public var hourCostEur: Double = 31.56
    /// Weeks a school year, for yearly costs.
    public var schoolWeeks: Int = 40
    /// Building one new hall, in euros.
    public var newGymCostEur: Double = 2_800_000
    /// Life of a new gym in years, for yearly costs.
    public var depreciationYears: Int = 40
    /// Farthest a class is taken by bus to a gym, in metres.
    public var busMaxDistanceM: Int = 5000
    /// Yearly cost of taking one class to one weekly lesson by bus, in euros (an assumption).
    public var busCostEur: Double = 2400
    /// The leergang bewegingsonderwijs for one teacher, in euros (EUR 3,500 plus 20%, Stcrt 2018-67819).
    public var courseCostEur: Double = 4200
    /// Seconds the solver may spend on one component before it settles for a plan within 2% of the bound.
    public var timeLimitSeconds: Double = 10
    /// Seconds more for a component stopped farther than `maxRelativeGap` from its bound to get within it.
    public var gapTimeLimitSeconds: Double = 60
    /// The largest relative gap between a plan's cost and its lower bound that a stopped component may keep.
    public var maxRelativeGap: Double = 0.02
    /// Branch-and-bound nodes the first search of a component may use, by plain branch and bound (nil:
    /// CBC's full search, only the time limit). A limit that stops the search at the same point on any
    /// machine, for tests.
    var firstSearchNodeLimit: Int?

    /// The defaults of section 7.
    public init() {}

    /// `hour_cost_eur` x lesson_minutes / 60 x `school_weeks`: EUR 946.80 with the defaults.
    public func slotYearlyCost(lessonMinutes: Int) -> Double {
        hourCostEur * Double(lessonMinutes) / 60 * Double(schoolWeeks)
    }

    /// `max_hours_per_week` in hundredths of an hour.
    var maxHundredthHours: Int { Int((maxHoursPerWeek * 100).rounded()) }
}
