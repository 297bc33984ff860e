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
        inputs.goals = try GoalEvaluator.schoolStatuses(connection, year: year, parameters: parameters)
        let plan = try CapacityPlanner.plan(connection, year: year, parameters: parameters)
        inputs.schoolCapacity = plan.schools
        inputs.municipalityCapacity = plan.municipalities
        inputs.grants = try GrantStatistics.countsByMunicipality(connection, year: year)
        inputs.grantsByYear = try GrantUptake.read(connection, by: .total).map {
            ExportInputs.YearGrants(schoolYear: $0.schoolYear.description, counts: $0.counts)
        }
        inputs.coverage = try DataCoverage.read(connection, year: year, parameters: parameters).municipalities
        return inputs
    }

    /// Municipalities with at least one school.
    private func municipalities() throws -> [ExportInputs.Municipality] {
        try connection.query("""
            SELECT code, name, province FROM municipality m
            WHERE EXISTS (SELECT 1 FROM school s WHERE s.municipality_code = m.code)
            ORDER BY code COLLATE "C"
            """).rows.map { row in
            ExportInputs.Municipality(code: try row.decode("code"), name: try row.decode("name"), province: try row.decode("province"))
        }
    }

    private func schools() throws -> [ExportInputs.School] {
        try connection.query("""
            SELECT school_id, name, municipality_code, latitude, longitude, location_source
            FROM school ORDER BY school_id COLLATE "C"
            """).rows.map { row in
            ExportInputs.School(
                schoolId: try row.decode("school_id"), name: try row.decode("name"),
                municipalityCode: try row.decode("municipality_code"),
                latitude: try row.decode("latitude"), longitude: try row.decode("longitude"),
                locationSource: try row.decode("location_source", as: LocationSource?.self))
        }
    }
}
