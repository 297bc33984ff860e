import Foundation
import PostgresClient

/// Gathers the ministry export from the database: one pass each over the goals, the capacity
/// plan and the grants, plus the municipalities' names and provinces and the schools'
/// coordinates. Reads nothing from `teacher` beyond the grant counts the grants module makes.
public struct ExportBuilder {
    public let connection: Connection

    public init(connection: Connection) {
        self.connection = connection
    }

    /// The finished document for `year`, stamped `generatedAt`.
    public func build(year: SchoolYear, parameters: PlanningParameters, generatedAt: Date = Date()) throws -> MinistryExport {
        MinistryExport(inputs: try inputs(year: year, parameters: parameters), generatedAt: generatedAt)
    }

    /// Everything the document is assembled from.
    public func inputs(year: SchoolYear, parameters: PlanningParameters) throws -> ExportInputs {
        var inputs = ExportInputs(schoolYear: year, parameters: parameters)
        inputs.municipalities = try municipalities()
        inputs.schools = try schools()
        for status in try GoalEvaluator.schoolStatuses(connection, year: year, parameters: parameters) {
            inputs.goals[status.schoolId] = ExportInputs.Goals(status)
        }
        let plan = try CapacityPlanner.plan(connection, year: year, parameters: parameters)
        for school in plan.schools {
            inputs.schoolCapacity[school.schoolId] = ExportInputs.SchoolCapacity(school)
        }
        for municipality in plan.municipalities {
            inputs.municipalityCapacity[municipality.code] = ExportInputs.MunicipalityCapacity(municipality)
        }
        inputs.grants = try GrantStatistics.countsByMunicipality(connection, year: year)
        inputs.grantsByYear = try GrantUptake.read(connection, by: .total).map {
            ExportInputs.YearGrants(schoolYear: $0.schoolYear.description, counts: $0.counts)
        }
        return inputs
    }

    /// Municipalities with at least one school.
    private func municipalities() throws -> [ExportInputs.Municipality] {
        try connection.query("""
            SELECT code, name, province FROM municipality m
            WHERE EXISTS (SELECT 1 FROM school s WHERE s.municipality_code = m.code)
            ORDER BY code COLLATE "C"
            """).rows.map { row in
            ExportInputs.Municipality(code: try row.decode(0), name: try row.decode(1), province: try row.decode(2))
        }
    }

    private func schools() throws -> [ExportInputs.School] {
        try connection.query("""
            SELECT school_id, name, municipality_code, latitude, longitude, location_source
            FROM school ORDER BY school_id COLLATE "C"
            """).rows.map { row in
            ExportInputs.School(
                schoolId: try row.decode(0), name: try row.decode(1), municipalityCode: try row.decode(2),
                latitude: try row.decode(3), longitude: try row.decode(4), locationSource: try row.decode(5))
        }
    }
}
