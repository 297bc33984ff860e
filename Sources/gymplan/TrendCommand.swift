import ArgumentParser
import GymPlan

/// `gymplan trend`: per school year the share of schools meeting each goal and of qualified lessons.
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Per school year: the share of schools meeting each goal, and of lessons by qualified teachers.",
        discussion: "Each school year is judged on its own 1 October; shares count the schools with data."
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The first school year, YYYY-YYYY (default: the earliest with classes).") var from: SchoolYear?
    @Option(help: "The last school year, YYYY-YYYY (default: the latest with classes).") var to: SchoolYear?
    @Option(help: "national, municipality or province.") var by: TrendReport.Grouping = .national
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var table: TableOptions
    @Option(help: "PE lessons a week an in-scope class must have.") var minLessons = 2
    @Option(help: "PE minutes a week an in-scope class must have.") var minMinutes = 90

    func validate() throws {
        if let from, let to, from > to { throw ValidationError("--from must not be after --to") }
        guard minLessons >= 0, minMinutes >= 0 else { throw ValidationError("--min-lessons and --min-minutes must be 0 or more") }
    }

    func run() throws {
        var parameters = PlanningParameters()
        parameters.minLessons = minLessons
        parameters.minMinutes = minMinutes
        let (report, coverage) = try database.read { connection in
            let coverage = try (to ?? from).map { try DataCoverage.read(connection, year: $0, parameters: parameters) }
            return (try TrendReport.build(connection, from: from, to: to, grouping: by, parameters: parameters), coverage)
        }
        // Every year of the span without classes (the report leaves it out), then the rest of what
        // is missing in the last year.
        let classYears = coverage?.classYears ?? Set(report.rows.map(\.year)).sorted()
        StandardError.notes([MissingYears.line("classes", from: from, to: to, onRecord: classYears)].compactMap { $0 })
        StandardError.notes(coverage?.missingDataLines(obstacles: false).filter { !$0.hasPrefix("no classes on record") } ?? [])
        switch format {
        case .table: try StandardOutput.write(report.table(width: table.width))
        case .json: try StandardOutput.write(try report.jsonText())
        case .csv: try StandardOutput.write(report.csvText(), endingLine: false)
        }
    }
}

extension TrendReport.Grouping: ExpressibleByArgument {}
