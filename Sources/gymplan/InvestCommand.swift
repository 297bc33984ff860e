import ArgumentParser
import Foundation
import GymPlan

/// `gymplan invest --school-year YYYY-YYYY`: the cheapest changes that remove the unmet lessons, and
/// what the qualified-teacher goal would cost (data contract, section 7).
struct InvestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invest",
        abstract: "Find the cheapest changes (longer hours, buses, new gyms) that remove the unmet lessons, and the qualification cost.",
        discussion: """
            First the fewest unmet lessons any set of changes can reach, then the least yearly cost, solved exactly per \
            connected component of the school-gym-site graph (a mixed-integer program, CBC). A component not proven within \
            --time-limit-seconds is searched on until its plan is within 2% of the lower bound; proven_optimal and \
            cost_lower_bound_eur_per_year say how it went. Candidate sites come from gym_sites.csv; without any, every school \
            with coordinates in a municipality with unmet lessons or a distance obstacle is one. --municipality limits the \
            output to that municipality; the plan is made with all data. --format json writes the investment document \
            (standard output or --output), --format csv writes municipalities.csv and changes.csv into the folder --output. \
            Replay a plan with capacity --what-if: every change has that form.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "School year, YYYY-YYYY.") var schoolYear: SchoolYear
    @Option(help: "Limit the output to this municipality (code GM0363 or its name).") var municipality: String?
    @Option(help: "table, json or csv (default: table, or json with --output).") var format: OutputFormat?
    @Option(help: "File (json) or folder (csv) to write.") var output: String?
    @OptionGroup var table: TableOptions
    @Option(help: "Most hours a week an existing hall can be made available (the default gym windows of section 6).")
    var maxHoursPerWeek = 27.75
    @Option(help: "Cost of one hall hour in EUR (Mulier Instituut, huurtarievenmonitor 2024: average gymzaal rate).")
    var hourCostEur = 31.56
    @Option(help: "School weeks a year, for yearly costs.") var schoolWeeks = 40
    @Option(help: "Building one new hall in EUR (Nuenen 2021 estimate for an extra hall).") var newGymCostEur = 2_800_000.0
    @Option(help: "Life of a new gym in years, for yearly costs.") var depreciationYears = 40
    @Option(help: "Farthest a class is taken by bus to a gym, in metres (0: no buses).") var busMaxDistanceM = 5000
    @Option(help: """
        ASSUMPTION, set your own: yearly EUR of taking one class to one weekly lesson by bus \
        (default 40 return trips of a hired minibus at EUR 60).
        """)
    var busCostEur = 2400.0
    @Option(help: "The leergang bewegingsonderwijs for one teacher in EUR (EUR 3,500 plus 20%, Stcrt 2018-67819).")
    var courseCostEur = 4200.0
    @Option(help: "Seconds the solver may spend proving one component optimal.") var timeLimitSeconds = 10.0
    @Option(help: "Seconds more for a component stopped farther than 2% from its lower bound.") var gapTimeLimitSeconds = 60.0
    @OptionGroup var rules: RuleOptions

    private var chosenFormat: OutputFormat { format ?? (output == nil ? .table : .json) }

    func validate() throws {
        if chosenFormat == .csv, output == nil { throw ValidationError("--format csv needs --output (a folder)") }
        if chosenFormat == .table, output != nil { throw ValidationError("--format table writes to the terminal only") }
        guard (0...60).contains(maxHoursPerWeek) else { throw ValidationError("--max-hours-per-week must be between 0 and 60") }
        for (name, value) in [("--hour-cost-eur", hourCostEur), ("--new-gym-cost-eur", newGymCostEur), ("--bus-cost-eur", busCostEur),
                              ("--course-cost-eur", courseCostEur)] where !(value >= 0 && value.isFinite) {
            throw ValidationError("\(name) must be 0 or more")
        }
        guard schoolWeeks >= 1 else { throw ValidationError("--school-weeks must be 1 or more") }
        guard depreciationYears >= 1 else { throw ValidationError("--depreciation-years must be 1 or more") }
        guard busMaxDistanceM >= 0 else { throw ValidationError("--bus-max-distance-m must be 0 or more") }
        guard timeLimitSeconds > 0, gapTimeLimitSeconds >= 0 else {
            throw ValidationError("--time-limit-seconds must be more than 0, --gap-time-limit-seconds 0 or more")
        }
    }

    private var parameters: InvestmentParameters {
        var parameters = InvestmentParameters()
        parameters.maxHoursPerWeek = maxHoursPerWeek
        parameters.hourCostEur = hourCostEur
        parameters.schoolWeeks = schoolWeeks
        parameters.newGymCostEur = newGymCostEur
        parameters.depreciationYears = depreciationYears
        parameters.busMaxDistanceM = busMaxDistanceM
        parameters.busCostEur = busCostEur
        parameters.courseCostEur = courseCostEur
        parameters.timeLimitSeconds = timeLimitSeconds
        parameters.gapTimeLimitSeconds = gapTimeLimitSeconds
        return parameters
    }

    func run() throws {
        let planning = rules.parameters
        let (problem, qualification, code) = try database.read { connection in
            let code = try municipality.map { try FilterLookup.municipalityCode($0, on: connection) }
            let coverage = try DataCoverage.read(connection, year: schoolYear, parameters: planning)
            StandardError.notes(coverage.missingDataLines())
            return (try InvestmentPlanner.read(connection, year: schoolYear, planning: planning, parameters: parameters),
                    try InvestmentQualification.read(connection, year: schoolYear, planning: planning), code)
        }
        let plan = try InvestmentPlanner.plan(problem)
        let proven = plan.components.filter(\.provenOptimal).count
        StandardError.note("read \(plan.readSeconds.formatted(fractionDigits: 3)) s, plan \(plan.seconds.formatted(fractionDigits: 3)) s; "
            + "\(problem.sites) candidate sites; \(proven) of \(plan.components.count) components proven optimal")
        let document = InvestmentDocument(
            plan: plan, qualification: qualification, year: schoolYear, planning: planning, parameters: parameters,
            municipality: code, generatedAt: MinistryExport.timestamp(Date()))
        switch chosenFormat {
        case .table:
            try StandardOutput.write(InvestmentReport.table(document, width: table.width))
        case .json:
            let text = try InvestmentReport.json(document)
            guard let output else { return try StandardOutput.write(text) }
            try OutputFiles.write(Data((text + "\n").utf8), to: output)
            StandardError.note("wrote \(output)")
        case .csv:
            guard let output else { return }
            try OutputFiles.createFolder(output)
            let files = InvestmentReport.csvFiles(document).map { (path: output + "/" + $0.name, data: Data($0.text.utf8)) }
            try OutputFiles.write(files)
            for file in files { StandardError.note("wrote \(file.path)") }
        }
    }
}
