import ArgumentParser
import Foundation
import GymPlan

/// `gymplan export --school-year YYYY-YYYY`: the ministry export (data contract, section 5) as
/// JSON, CSV tables or an HTML report.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the ministry export of a school year: JSON (default), CSV tables, or an HTML report.",
        discussion: """
            JSON goes to standard output unless --output names a file. --format csv writes schools.csv and \
            municipalities.csv into the folder --output; --format html writes one self-contained page to --output. \
            The report's map draws municipality borders from --boundaries (GeoJSON), or from CBS's \
            gemeentegrenzen-2019.geojson in shared/data/cbs when it is found; without them it shows the schools only.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "School year, YYYY-YYYY.") var schoolYear: SchoolYear
    @Option(help: "File (json, html) or folder (csv) to write; JSON goes to standard output without it.") var output: String?
    @Option(help: "json, csv or html.") var format: ExportFormat = .json
    @Option(help: "nl: CSV with ';' and decimal commas, as Dutch spreadsheets expect.") var locale: String?
    @Option(help: "GeoJSON municipality borders for the HTML map.") var boundaries: String?
    @OptionGroup var rules: RuleOptions

    static let defaultBoundaries = ["shared/data/cbs/gemeentegrenzen-2019.geojson", "../shared/data/cbs/gemeentegrenzen-2019.geojson"]

    func validate() throws {
        if format != .json && output == nil { throw ValidationError("--format \(format.rawValue) needs --output") }
        if let locale, locale != "nl" { throw ValidationError("--locale must be nl, not '\(locale)'") }
        if locale != nil && format != .csv { throw ValidationError("--locale applies to --format csv only") }
    }

    func run() throws {
        let export = try database.read { connection in
            StandardError.notes(try DataCoverage.read(connection, year: schoolYear, parameters: rules.parameters).missingDataLines())
            return try ExportBuilder(connection: connection).build(year: schoolYear, parameters: rules.parameters)
        }
        var writer = ExportWriter(format: format, dutch: locale == "nl")
        if format == .html {
            let candidates = boundaries.map { [$0] } ?? Self.defaultBoundaries
            writer.outlines = candidates.lazy.compactMap { MunicipalityOutlines.load(path: $0, projection: MapProjection()) }.first
            if boundaries != nil && writer.outlines == nil {
                StandardError.note("gymplan: cannot read borders from \(boundaries ?? ""); the map shows the schools only")
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
