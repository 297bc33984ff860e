import GymPlan
import PostgresClient

/// The two plans of `export --with-plan`: the investment plan with the given parameters, and the same
/// plan without buses (`--bus-max-distance-m 0`).
struct ExportPlanning {
    let year: SchoolYear
    let planning: PlanningParameters
    let parameters: InvestmentParameters

    func plans(_ connection: Connection, generatedAt: String) throws -> ExportInvestment {
        let qualification = try InvestmentQualification.read(connection, year: year, planning: planning)
        var withoutBuses = parameters
        withoutBuses.busMaxDistanceM = 0
        func document(_ parameters: InvestmentParameters, _ label: String) throws -> InvestmentDocument {
            let problem = try InvestmentPlanner.read(connection, year: year, planning: planning, parameters: parameters)
            let plan = try InvestmentPlanner.plan(problem)
            StandardError.note("plan \(label): read \(plan.readSeconds.formatted(fractionDigits: 3)) s, plan "
                + "\(plan.seconds.formatted(fractionDigits: 3)) s; \(plan.components.filter(\.provenOptimal).count) of "
                + "\(plan.components.count) components proven optimal")
            return InvestmentDocument(plan: plan, qualification: qualification, year: year, planning: planning, parameters: parameters,
                                      municipality: nil, generatedAt: generatedAt)
        }
        return ExportInvestment(plan: try document(parameters, "with buses"), planWithoutBuses: try document(withoutBuses, "without buses"))
    }
}
