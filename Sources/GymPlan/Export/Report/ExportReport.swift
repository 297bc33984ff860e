/// The export as one self-contained HTML page for people: a map of the schools coloured by
/// status, the municipalities with obstacles in a sortable table, the goals per province and
/// the grant uptake per school year. Everything is inline (CSS, SVG, a little JavaScript) and a
/// Content-Security-Policy forbids loading anything, so it opens without a network.
public struct ExportReport: Sendable {
    public let export: MinistryExport
    public let outlines: MunicipalityOutlines?
    public let projection: MapProjection
    /// With it, the section "What it takes" (`export --with-plan`).
    public let investment: ExportInvestment?

    /// Without `outlines`, the report draws the borders that ship with gymplan.
    public init(export: MinistryExport, outlines: MunicipalityOutlines? = nil, projection: MapProjection = MapProjection(),
                investment: ExportInvestment? = nil) {
        self.export = export
        self.investment = investment
        self.outlines = outlines ?? .embedded(projection)
        self.projection = projection
    }

    /// The whole page.
    public func html() -> String {
        page().markup
    }

    /// The whole page, as markup.
    func page() -> HTML {
        let year = export.schoolYear
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>PE in primary schools, school year \(year)</title>
            <style>\(raw: ReportAssets.css)</style>
            </head>
            <body>
            <header>
            <h1>Physical education in primary schools, \(year)</h1>
            <p class="meta">Made by gymplan on \(export.generatedAt). Lessons are judged against at least \
            \(export.parameters.minLessons) lessons and \(export.parameters.minMinutes) minutes a week; a gym counts when it \
            is at most \(export.parameters.maxDistanceM) m away; qualifications on \(export.parameters.referenceDate ?? "the reference date").</p>
            </header>
            <main>
            \(ReportCoverage(export: export).section())
            \(summarySection())
            \(ReportMap(export: export, outlines: outlines, projection: projection).section())
            \(ReportObstacleTable(export: export).section())
            \(investment.map { ReportInvestment(export: export, investment: $0, outlines: outlines, projection: projection).section() } ?? .empty)
            \(ReportCharts(export: export).provinceSection())
            \(ReportCharts(export: export).grantSection())
            </main>
            <script>\(raw: ReportAssets.script)</script>
            </body>
            </html>

            """
    }

    /// Which part of the country the figures cover, when the data do not cover all of it: a report of
    /// a few municipalities must not read as a national one.
    private func scopeNote() -> HTML {
        let onMap = outlines?.paths.count ?? 0
        let covered = export.municipalities.count
        guard onMap > covered else { return "" }
        let those = covered == 1 ? "1 municipality" : "\(covered) municipalities"
        return """
            <p class="scope" id="scope-note">These figures cover the schools on record in \(those) of the \(onMap) on the map; \
            the others have no schools on record and are not judged (drawn without colour on the map).</p>
            """
    }

    private func summarySection() -> HTML {
        let summary = export.summary, judged = ReportJudgement(export: export)
        let withData = summary.schools - summary.schoolsWithoutData
        func card(_ number: Int, _ text: String) -> HTML {
            "<div class=\"card\"><span class=\"number\">\(number)</span><span>\(text)</span></div>"
        }
        return """
            <section aria-labelledby="summary-title">
            <h2 id="summary-title">In short</h2>
            <div class="cards">
            \(card(summary.schools, summary.schools == 1 ? "school" : "schools"))
            \(card(summary.schoolsMeetingBothGoals, "of \(withData) schools with data meet both goals"))
            \(card(summary.schoolsMeetingLessonsGoal, "of \(withData) schools with data give two PE lessons a week"))
            \(card(summary.schoolsMeetingQualifiedGoal, "of \(withData) schools have every PE lesson taught by a qualified teacher"))
            \(card(summary.schoolsWithoutData, "schools without classes in groups 3-8 on record"))
            \(card(judged.distanceMunicipalities, judged.distanceMunicipalities == 1
                ? "municipality where a school has no gym within reach" : "municipalities where a school has no gym within reach"))
            \(card(judged.capacityMunicipalities, judged.capacityMunicipalities == 1
                ? "municipality where gyms are too full" : "municipalities where gyms are too full"))
            </div>
            \(scopeNote())
            </section>
            """
    }
}
