import ArgumentParser
import Foundation
import GymPlan
import PostgresClient

/// `gymplan export --school-year YYYY-YYYY`: the ministry export (data contract, section 5) as
/// JSON, CSV tables or an HTML report.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the ministry export of a school year: JSON (default), CSV tables, or an HTML report.",
        discussion: """
            JSON goes to standard output unless --output names a file. --format csv writes schools.csv and \
            municipalities.csv into the folder --output; --format html writes one self-contained page to --output. \
            The report's map draws the municipal borders built into gymplan (CBS 2019, simplified), or those of \
            --boundaries (GeoJSON with a statcode per feature) when given. --with-plan adds the investment plan of \
            gymplan invest (its options apply) and the same plan without buses: keys investment_plan and \
            investment_plan_without_buses in the JSON, the section "What it takes" in the HTML report.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "School year, YYYY-YYYY.") var schoolYear: SchoolYear
    @Option(help: "File (json, html) or folder (csv) to write; JSON goes to standard output without it.") var output: String?
    @Option(help: "json, csv or html.") var format: ExportFormat = .json
    @OptionGroup var csvLocale: CSVLocaleOptions
    @Option(help: "GeoJSON municipality borders for the HTML map.") var boundaries: String?
    @Option(help: "The language of the reasons, of the CSV tables' column names and booleans, and of the HTML report: en or nl.") var lang: Language = .en
    @Flag(help: "Also make the weekly gym roster and add its lessons per municipality (json and html; slower).") var withRoster = false
    @Flag(help: "Add the investment plan, and the same plan without buses (json and html; the plan takes its time).")
    var withPlan = false
    @OptionGroup(title: "Investment plan (with --with-plan)") var investment: InvestmentOptions
    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if format != .json && output == nil { throw ValidationError("--format \(format.rawValue) needs --output") }
        try csvLocale.validate(writingCSV: format == .csv)
        if withRoster && format == .csv { throw ValidationError("--with-roster applies to --format json and html") }
        if withPlan && format == .csv { throw ValidationError("--with-plan applies to --format json and html; for CSV use gymplan invest") }
    }

    /// What one read of the database gives the export: the export itself and, when asked for, the
    /// roster's input and the investment plans.
    private struct Reading {
        var export: MinistryExport
        var rosterInput: RosterInput?
        var investment: ExportInvestment?
    }

    private func read(_ connection: Connection) throws -> Reading {
        let coverage = try DataCoverage.read(connection, year: schoolYear, parameters: rules.parameters)
        StandardError.notes(coverage.missingDataLines())
        if !coverage.municipalitiesWithoutGymData.isEmpty && format != .html {
            // The report leaves them out of every obstacle; the JSON and CSV keep section 5's fields.
            StandardError.note("gymplan: the \(format.rawValue.uppercased()) still gives section 5's obstacle fields there "
                + "(a school with no known gym has a distance obstacle); read them with gym_data, false for those municipalities "
                + (format == .csv ? "(the last column of municipalities.csv)" : "(data.gym_data of each municipality)"))
        }
        let export = try ExportBuilder(connection: connection).build(
            year: schoolYear, parameters: rules.parameters, language: lang, coverage: coverage)
        var reading = Reading(export: export)
        if withRoster {
            reading.rosterInput = try RosterInput.read(connection, year: schoolYear, parameters: rules.parameters, speeds: RosterSpeeds())
        }
        if withPlan {
            let planning = ExportPlanning(year: schoolYear, planning: rules.parameters, parameters: investment.parameters)
            reading.investment = try planning.plans(connection, generatedAt: export.generatedAt)
        }
        return reading
    }

    func run() throws {
        var reading = try database.read(read)
        if let rosterInput = reading.rosterInput {
            reading.export.addRoster(try RosterSolver.solve(rosterInput.problem), input: rosterInput)
        }
        let export = reading.export
        var writer = ExportWriter(format: format, dutch: csvLocale.dutch, language: lang)
        writer.investment = reading.investment
        if format == .html {
            // No relative look-up: a report made anywhere has the borders that ship with the program.
            if let boundaries {
                writer.outlines = MunicipalityOutlines.load(path: boundaries, projection: MapProjection())
                if writer.outlines == nil {
                    StandardError.note("gymplan: cannot read borders from \(boundaries); the map uses the borders built into gymplan (CBS 2019)")
                }
            }
        }
        guard let output else {
            try StandardOutput.write(try writer.document(export))
            return
        }
        for path in try writer.write(export, to: output) { StandardError.note("wrote \(path)") }
    }
}

extension ExportFormat: ExpressibleByArgument {}
