import Foundation
import PostgresClient

/// Gathers the ministry export from the database: one pass each over the goals, the capacity
/// plan and the grants, plus the data set's description, the municipalities' names and provinces and the schools'
/// coordinates. Reads nothing from `teacher` beyond the grant counts the grants module makes.
public struct ExportBuilder {
    public let connection: Connection

    public init(connection: Connection) {
        self.connection = connection
    }

    /// The finished document for `year`, stamped `generatedAt`; `coverage`, when the caller has read
    /// it already, is not read again.
    public func build(
        year: SchoolYear, parameters: PlanningParameters, generatedAt: Date = Date(), language: Language = .en,
        coverage: DataCoverage? = nil
    ) throws -> MinistryExport {
        MinistryExport(inputs: try inputs(year: year, parameters: parameters, language: language, coverage: coverage),
                       generatedAt: generatedAt)
    }

    /// Everything the document is assembled from; the reasons in `language`, obstacle reasons
    /// added to those of each school that misses a goal or has no data.
    public func inputs(
        year: SchoolYear, parameters: PlanningParameters, language: Language = .en, coverage: DataCoverage? = nil
    ) throws -> ExportInputs {
        var inputs = ExportInputs(schoolYear: year, parameters: parameters)
        inputs.municipalities = try municipalities()
        inputs.schools = try schools()
        inputs.goals = try GoalEvaluator.schoolStatuses(connection, year: year, parameters: parameters, language: language)
        let plan = try CapacityPlanner.plan(connection, year: year, parameters: parameters)
        inputs.coverage = try (coverage ?? DataCoverage.read(connection, year: year, parameters: parameters)).municipalities
        let obstacles = ObstacleReasons.Lookup(
            plan: plan, coverage: inputs.coverage, maxDistanceM: parameters.maxDistanceM, language: language)
        for index in inputs.goals.indices where inputs.goals[index].meetsLessonsGoal != true || inputs.goals[index].meetsQualifiedGoal != true {
            inputs.goals[index].reasons += obstacles.reasons(inputs.goals[index].schoolId)
        }
        inputs.schoolCapacity = plan.schools
        inputs.municipalityCapacity = plan.municipalities
        inputs.competingGroups = plan.competingGroups
        inputs.gyms = try gyms()
        inputs.grants = try GrantStatistics.countsByMunicipality(connection, year: year)
        inputs.grantsByYear = try GrantUptake.read(connection, by: .total).map {
            ExportInputs.YearGrants(
                schoolYear: $0.schoolYear.description, counts: $0.counts, amountRequestedEUR: $0.amountRequestedEUR,
                amountGrantedEUR: $0.amountGrantedEUR, budgetYear: $0.schoolYear.firstYear + 1,
                budgetEUR: GrantBudget.standard.regime(for: $0.schoolYear)?.budgetEUR)
        }
        inputs.dataset = try DatasetDescription.read(connection)
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

    private func gyms() throws -> [MinistryExport.Gym] {
        try connection.query("""
            SELECT gym_id, name, municipality_code, latitude, longitude, halls FROM gym ORDER BY gym_id COLLATE "C"
            """).rows.map { row in
            MinistryExport.Gym(
                gymId: try row.decode("gym_id"), name: try row.decode("name"), municipalityCode: try row.decode("municipality_code"),
                latitude: try row.decode("latitude"), longitude: try row.decode("longitude"), halls: try row.decode("halls"))
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
