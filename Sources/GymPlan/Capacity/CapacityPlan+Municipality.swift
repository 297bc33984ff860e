extension CapacityPlan {
    /// The plan's figures for one municipality: its schools, its row, and the groups it takes part in.
    /// The plan itself stays national (schools compete for gyms across municipal borders): the totals
    /// become the municipality's schools', except ``networkCost``, which stays that of the national network.
    public func restricted(toMunicipality code: String) -> CapacityPlan {
        var plan = self
        plan.schools = schools.filter { $0.municipalityCode == code }
        plan.demandLessons = plan.schools.reduce(0) { $0 + $1.demandLessons }
        plan.unmetLessons = plan.schools.reduce(0) { $0 + $1.unmetLessons }
        plan.placedLessons = plan.demandLessons - plan.unmetLessons
        plan.totalCost = plan.schools.reduce(0) { total, school in
            school.assignments.reduce(total) { $0 + Int64($1.lessons) * Int64($1.distanceM) }
        }
        plan.municipalities = municipalities.filter { $0.code == code }
        plan.competingGroups = competingGroups.filter { $0.municipalityCodes.contains(code) }
        return plan
    }
}

extension CapacityComparison {
    /// The comparison for one municipality.
    public func restricted(toMunicipality code: String) -> CapacityComparison {
        var comparison = self
        comparison.municipalities = municipalities.filter { $0.code == code }
        return comparison
    }
}
