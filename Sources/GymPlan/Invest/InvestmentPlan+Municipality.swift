/// One municipality's share of an investment plan: its schools' unmet lessons and the changes that
/// belong to it (a bus to its school's, longer hours and new gyms to their gym's or site's).
public struct InvestmentMunicipality: Sendable, Encodable {
    public var code: String
    public var unmetLessonsBefore: Int
    public var unmetLessonsAfter: Int
    /// The sum of its changes' yearly costs (each rounded to cents).
    public var costEurPerYear: Double
    /// Its changes in the plan's order.
    public var changes: [InvestmentChange]
}

extension InvestmentPlan {
    /// Every municipality with a school or a change, sorted by code.
    public func municipalities() -> [InvestmentMunicipality] {
        var byCode: [String: InvestmentMunicipality] = [:]
        func entry(_ code: String) -> InvestmentMunicipality {
            byCode[code] ?? InvestmentMunicipality(code: code, unmetLessonsBefore: 0, unmetLessonsAfter: 0, costEurPerYear: 0, changes: [])
        }
        for school in schools {
            var municipality = entry(school.municipalityCode)
            municipality.unmetLessonsBefore += school.unmetLessonsBefore
            municipality.unmetLessonsAfter += school.unmetLessonsAfter
            byCode[school.municipalityCode] = municipality
        }
        for change in changes {
            var municipality = entry(change.municipalityCode)
            municipality.changes.append(change)
            municipality.costEurPerYear = Money.sum(municipality.changes.map(\.costEurPerYear))
            byCode[change.municipalityCode] = municipality
        }
        return byCode.values.sorted { $0.code < $1.code }
    }
}
