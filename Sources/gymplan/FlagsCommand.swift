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
    @Option(help: "Only the schools of this municipality: its code (GM0363 or 363) or its name.") var municipality: String?
    @Option(help: "Only this school: its DUO location code or its name.") var school: String?
    @Option(help: "Only this goal: lessons or qualified.") var goal: Goal?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @Flag(help: "Only the per-municipality summary (table or csv).") var summary = false
    @OptionGroup var table: TableOptions
    @Option(help: "The language of the reasons: en or nl.") var lang: Language = .en
    @OptionGroup(title: "Rule parameters") var rules: RuleOptions

    func run() throws {
        let report = try database.read { connection in
            let filter = FlagsReport.Filter(
                municipalityCode: try municipality.map { try FilterLookup.municipalityCode($0, on: connection) },
                schoolId: try school.map { try FilterLookup.schoolId($0, on: connection) }, goal: goal)
            let coverage = try DataCoverage.read(connection, year: schoolYear, parameters: rules.parameters)
            StandardError.notes(coverage.missingDataLines())
            return try FlagsReport.build(
                connection, year: schoolYear, parameters: rules.parameters, filter: filter, language: lang, coverage: coverage)
        }
        if report.schoolsSelected == 0 && (municipality != nil || school != nil) {
            StandardError.note("no school of --municipality is also --school")
        }
        switch format {
        case .table: try StandardOutput.write(summary ? report.summaryTable(width: table.width) : report.table(width: table.width))
        case .json: try StandardOutput.write(try report.jsonText())
        case .csv: try StandardOutput.write(report.csvText(summary: summary), endingLine: false)
        }
        // After the output, as a footnote to the timetable conflicts among the reasons.
        StandardError.notes(report.timetableHours?.defaultHoursLines() ?? [])
    }
}

extension Goal: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
