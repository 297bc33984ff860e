import ArgumentParser
import Foundation
import GymPlan

/// `gymplan roster --school-year YYYY-YYYY [--check]`: the weekly gym roster of section 6, or the
/// check of the imported timetable against its rules.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Make the weekly PE roster of a school year, or check the imported timetable (--check).",
        discussion: """
            Without --format a short table goes to standard output; --format json writes the roster document \
            (to standard output or the file --output). --format csv writes roster.csv and unscheduled.csv \
            (the check: conflicts.csv) into the folder --output; --format html writes one printable page to \
            --output. --municipality limits the output to that municipality's schools; the roster is made with all data.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, html
    }

    @OptionGroup var database: DatabaseOptions
    @Option(help: "School year, YYYY-YYYY.") var schoolYear: SchoolYear
    @Flag(help: "Check the imported timetable against the roster's rules instead of making a roster.") var check = false
    @Option(help: "Limit the output to the schools of this municipality: its code (GM0603 or 603) or its name.")
    var municipality: String?
    @Option(help: "table, json, csv or html (default: table, or json with --output).") var format: Format?
    @Option(help: "File (json, html) or folder (csv) to write.") var output: String?
    @OptionGroup var csvLocale: CSVLocaleOptions
    @Option(help: "Walking speed of a class in metres a minute.") var walkMPerMin = 60.0
    @Option(help: "A PE teacher's speed between two gyms in metres a minute.") var teacherMPerMin = 250.0
    @OptionGroup var rules: RuleOptions
    @OptionGroup var table: TableOptions

    private var chosenFormat: Format { format ?? (output == nil ? .table : .json) }

    func validate() throws {
        if chosenFormat == .csv || chosenFormat == .html, output == nil {
            throw ValidationError("--format \(chosenFormat.rawValue) needs --output")
        }
        if chosenFormat == .table, output != nil { throw ValidationError("--format table writes to the terminal only") }
        if check && chosenFormat == .html { throw ValidationError("--check writes table, json or csv") }
        try csvLocale.validate(writingCSV: chosenFormat == .csv)
        guard walkMPerMin > 0, walkMPerMin.isFinite else { throw ValidationError("--walk-m-per-min must be more than 0") }
        guard teacherMPerMin > 0, teacherMPerMin.isFinite else { throw ValidationError("--teacher-m-per-min must be more than 0") }
    }

    func run() throws {
        let speeds = RosterSpeeds(walkMetresPerMinute: walkMPerMin, teacherMetresPerMinute: teacherMPerMin)
        let started = Date()
        let (input, code) = try database.read { connection in
            let code = try municipality.map { try FilterLookup.municipalityCode($0, on: connection) }
            StandardError.notes(try DataCoverage.read(connection, year: schoolYear, parameters: rules.parameters).missingDataLines())
            let input = try RosterInput.read(
                connection, year: schoolYear, parameters: rules.parameters, speeds: speeds, timetable: check, roster: !check)
            return (input, code)
        }
        let read = Date().timeIntervalSince(started)
        StandardError.notes(input.hours.defaultHoursLines())
        if check {
            let result = TimetableCheck.check(input.timetable, problem: input.problem)
            try emit(RosterCheckDocument(input: input, result: result, municipality: code))
        } else {
            let roster = try RosterSolver.solve(input.problem)
            StandardError.note(
                "read \(read.formatted(fractionDigits: 3)) s, roster \(roster.totalSeconds.formatted(fractionDigits: 3)) s")
            try emit(RosterDocument(input: input, roster: roster, municipality: code), gyms: input.problem.gyms)
        }
    }

    private var writer: RosterWriter {
        RosterWriter(format: chosenFormat == .csv ? .csv : chosenFormat == .html ? .html : .json, dutch: csvLocale.dutch)
    }

    private func emit(_ document: RosterDocument, gyms: [RosterGym]) throws {
        if chosenFormat == .table { return try StandardOutput.write(RosterTables.roster(document, width: table.width)) }
        guard let output else { return try StandardOutput.write(try writer.document(document, gyms: gyms)) }
        for path in try writer.write(document, gyms: gyms, to: output) { StandardError.note("wrote \(path)") }
    }

    private func emit(_ document: RosterCheckDocument) throws {
        if chosenFormat == .table { return try StandardOutput.write(RosterTables.check(document, width: table.width)) }
        guard let output else { return try StandardOutput.write(try writer.document(document)) }
        for path in try writer.write(document, to: output) { StandardError.note("wrote \(path)") }
    }
}
