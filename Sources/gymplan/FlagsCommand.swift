import ArgumentParser
import GymPlan

/// `gymplan flags`: the schools that miss a goal in a school year, with reasons, per municipality.
struct FlagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags",
        abstract: "List the schools that miss the lessons or the qualified goal in a school year, with reasons.",
        discussion: """
            A school meets a goal when all its classes with groups 3 to 8 do; a school without such classes has \
            no data and is listed too. The table ends with a summary per municipality; --format csv --summary \
            prints only that summary.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The school year, YYYY-YYYY.") var schoolYear: SchoolYear
    @Option(help: "Only the schools of this municipality (GM0363 or 363).") var municipality: String?
    @Option(help: "Only this school (its DUO location code).") var school: String?
    @Option(help: "Only this goal: lessons or qualified.") var goal: Goal?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @Flag(help: "Only the per-municipality summary (table or csv).") var summary = false
    @OptionGroup(title: "Rule parameters") var rules: RuleOptions

    func run() throws {
        let filter = FlagsReport.Filter(municipalityCode: municipality, schoolId: school, goal: goal)
        let report = try database.read { connection in
            StandardError.notes(try DataCoverage.read(connection, year: schoolYear, parameters: rules.parameters).missingDataLines())
            return try FlagsReport.build(connection, year: schoolYear, parameters: rules.parameters, filter: filter)
        }
        if report.schoolsSelected == 0 && (municipality != nil || school != nil) {
            StandardError.note("no school matches --municipality or --school")
        }
        switch format {
        case .table: try StandardOutput.write(summary ? report.summaryTable : report.table)
        case .json: try StandardOutput.write(try report.jsonText())
        case .csv: try StandardOutput.write(report.csvText(summary: summary), endingLine: false)
        }
    }
}

extension Goal: ExpressibleByArgument {}
