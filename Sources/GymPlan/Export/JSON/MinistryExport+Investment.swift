import Foundation

extension MinistryExport {
    /// The document of `jsonData()` with two more keys, `investment_plan` and
    /// `investment_plan_without_buses`: each the parameters, summary and municipalities of section 7's
    /// investment document. Every other key and value is the plain export's.
    public func jsonData(with investment: ExportInvestment) throws -> Data {
        // The export's own keys are snake_case already, so the key strategy leaves them as they are.
        var data = try JSONOutput.encoder(snakeCaseKeys: true).encode(ExportWithInvestment(export: self, investment: investment))
        data.append(UInt8(ascii: "\n"))
        return data
    }
}

/// The export's keys and the plan's side by side in one object.
private struct ExportWithInvestment: Encodable {
    let export: MinistryExport
    let investment: ExportInvestment

    enum CodingKeys: String, CodingKey {
        case investmentPlan
        case investmentPlanWithoutBuses
    }

    func encode(to encoder: any Encoder) throws {
        try export.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(PlanPart(investment.plan), forKey: .investmentPlan)
        try container.encode(PlanPart(investment.planWithoutBuses), forKey: .investmentPlanWithoutBuses)
    }
}

/// The part of an investment document that the export carries (its year and time are the export's).
private struct PlanPart: Encodable {
    let parameters: InvestmentDocument.Parameters
    let summary: InvestmentDocument.Summary
    let municipalities: [InvestmentDocument.Municipality]

    init(_ document: InvestmentDocument) {
        parameters = document.parameters
        summary = document.summary
        municipalities = document.municipalities
    }
}
