extension GrantBudget {
    /// A budget of `budgetEUR` a year for the calendar years `years`, keeping the per-teacher
    /// rules of the regime that funded their first year. Later overrides win.
    public func setting(years: ClosedRange<Int>, budgetEUR: Double) -> GrantBudget {
        var regime = regime(calendarYear: years.lowerBound) ?? GrantRegime(years: years, budgetEUR: budgetEUR)
        regime.years = years
        regime.budgetEUR = budgetEUR
        return GrantBudget(regimes: regimes + [regime])
    }

    /// The per-teacher rules changed in every regime that has them (2019 and 2020 by default).
    public func settingTeacherRules(minimumTeachers: Int?, maximumPerTeacherEUR: Double?, costShare: Double?) -> GrantBudget {
        GrantBudget(regimes: regimes.map { regime in
            guard regime.maximumPerTeacherEUR != nil || regime.minimumTeachers != nil else { return regime }
            var changed = regime
            if let minimumTeachers { changed.minimumTeachers = minimumTeachers }
            if let maximumPerTeacherEUR { changed.maximumPerTeacherEUR = maximumPerTeacherEUR }
            if let costShare { changed.costShare = costShare }
            return changed
        })
    }

    /// Parses `YYYY=EUR` or `YYYY-YYYY=EUR` (calendar years, a yearly budget in euros).
    public static func parseYearlyBudget(_ text: String) -> (years: ClosedRange<Int>, budgetEUR: Double)? {
        let parts = text.split(separator: "=", omittingEmptySubsequences: false)
        guard parts.count == 2, let amount = Double(parts[1]), amount >= 0, amount.isFinite else { return nil }
        let years = parts[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(years.count), let first = years.first ?? nil, let last = years.last ?? nil,
              (1900...2200).contains(first), first <= last, last <= 2200 else { return nil }
        return (first...last, amount)
    }
}
