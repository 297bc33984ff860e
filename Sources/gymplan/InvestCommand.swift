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
    @OptionGroup var csvLocale: CSVLocaleOptions
    @OptionGroup var table: TableOptions
    @OptionGroup var investment: InvestmentOptions
    @OptionGroup var rules: RuleOptions

    private var chosenFormat: OutputFormat { format ?? (output == nil ? .table : .json) }

    func validate() throws {
        if chosenFormat == .csv, output == nil { throw ValidationError("--format csv needs --output (a folder)") }
        if chosenFormat == .table, output != nil { throw ValidationError("--format table writes to the terminal only") }
        try csvLocale.validate(writingCSV: chosenFormat == .csv)
    }

    private var parameters: InvestmentParameters { investment.parameters }

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
            let files = InvestmentReport.csvFiles(document, dutch: csvLocale.dutch).map { (path: OutputFiles.path($0.name, inFolder: output), data: Data($0.text.utf8)) }
            try OutputFiles.write(files)
            for file in files { StandardError.note("wrote \(file.path)") }
        }
    }
}
