/// One funding regime of the lerarenbeurs bewegingsonderwijs: a budget for each calendar year in
/// `years` and, where the regulation sets them, its per-teacher rules (Stcrt 2018-67819).
public struct GrantRegime: Sendable, Codable, Equatable {
    /// The calendar years the regime funds.
    public var years: ClosedRange<Int>
    /// The budget of each of those years, in euros.
    public var budgetEUR: Double
    /// The teachers the regime must fund a year, if it says.
    public var minimumTeachers: Int?
    /// The most a grant pays for one teacher's course, before costs, if the regime caps it.
    public var maximumPerTeacherEUR: Double?
    /// The share added on top of the per-teacher maximum for costs (0.2 is 20%).
    public var costShare: Double

    /// A regime; without per-teacher rules unless given.
    public init(years: ClosedRange<Int>, budgetEUR: Double, minimumTeachers: Int? = nil,
                maximumPerTeacherEUR: Double? = nil, costShare: Double = 0) {
        self.years = years
        self.budgetEUR = budgetEUR
        self.minimumTeachers = minimumTeachers
        self.maximumPerTeacherEUR = maximumPerTeacherEUR
        self.costShare = costShare
    }

    /// The most one grant may pay including costs, to the cent: 3,500 x 1.2 = 4,200 in 2019 and 2020.
    public var maximumPerTeacherWithCostsEUR: Double? {
        maximumPerTeacherEUR.map { ($0 * (1 + costShare) * 100).rounded() / 100 }
    }

    /// What funding the minimum number of teachers at the maximum costs: 750 x 4,200 = 3,150,000.
    public var costOfMinimumTeachersEUR: Double? {
        guard let minimumTeachers, let maximum = maximumPerTeacherWithCostsEUR else { return nil }
        return Double(minimumTeachers) * maximum
    }

    /// How many teachers the yearly budget funds at the maximum including costs: 3 M / 4,200 = 714.
    public var teachersFundableAtMaximum: Int? {
        guard let maximum = maximumPerTeacherWithCostsEUR, maximum > 0 else { return nil }
        return Int((budgetEUR / maximum).rounded(.down))
    }
}

/// The grant's budgets over the years. A school year (1 August to 31 July) is held against the
/// budget of the calendar year it ends in, the year its spring applications fall in.
public struct GrantBudget: Sendable, Codable, Equatable {
    /// The regimes; where two cover a year, the later one in the list counts.
    public var regimes: [GrantRegime]

    /// A budget of these regimes.
    public init(regimes: [GrantRegime]) {
        self.regimes = regimes
    }

    /// The regimes of the policy: 2015-2017 about EUR 3.15 M a year; 2019 and 2020 EUR 3 M a year,
    /// at least 750 teachers, at most EUR 3,500 per teacher plus 20% for costs.
    public static let standard = GrantBudget(regimes: [
        GrantRegime(years: 2015...2017, budgetEUR: 3_150_000),
        GrantRegime(years: 2019...2020, budgetEUR: 3_000_000, minimumTeachers: 750,
                    maximumPerTeacherEUR: 3_500, costShare: 0.2),
    ])

    /// The regime funding a calendar year; a later regime in the list wins over an earlier one.
    public func regime(calendarYear: Int) -> GrantRegime? {
        regimes.last { $0.years.contains(calendarYear) }
    }

    /// The regime a school year's grants are held against (the calendar year it ends in).
    public func regime(for schoolYear: SchoolYear) -> GrantRegime? {
        regime(calendarYear: schoolYear.firstYear + 1)
    }
}
