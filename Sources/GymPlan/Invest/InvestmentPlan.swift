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
    /// Whether the least yearly cost was searched for (by the mixed-integer program, or proven by the
    /// flow bound alone); not when no change can lower the unmet lessons.
    public var solvedByMIP: Bool
    /// Whether the first search stopped at a limit (time or nodes) before it proved its plan optimal.
    public var firstSearchCutShort = false
    /// Candidate sites left out of the mixed-integer program: a flow bound proves that every plan
    /// building one of them costs more than a plan already found (all the sites that plan does not
    /// build when the bound proves that plan optimal, and no program is solved).
    public var sitesLeftOut = 0
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
