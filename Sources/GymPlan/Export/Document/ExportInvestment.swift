/// What `export --with-plan` adds to the ministry export: the investment plan of section 7, and the
/// same plan without buses (`bus_max_distance_m` 0), for the question that follows "what does it
/// cost": "and if we build instead of bus?".
public struct ExportInvestment: Sendable {
    public var plan: InvestmentDocument
    public var planWithoutBuses: InvestmentDocument

    public init(plan: InvestmentDocument, planWithoutBuses: InvestmentDocument) {
        self.plan = plan
        self.planWithoutBuses = planWithoutBuses
    }
}
