/// The export as one self-contained HTML page for people, in English or Dutch: a map of the
/// municipalities, the municipalities with obstacles in a sortable table, the goals per province,
/// the grant uptake per school year in euros, every school in a searchable table, and the sources
/// of the rules and the data. Everything is inline (CSS, SVG, a little JavaScript) and a
/// Content-Security-Policy forbids loading anything, so it opens without a network.
public struct ExportReport: Sendable {
    public let export: MinistryExport
    public let outlines: MunicipalityOutlines?
    public let projection: MapProjection
    /// The language of every word, number and date on the page.
    public let language: Language
    let words: any ReportWords
    /// With it, the section "What it takes" (`export --with-plan`).
    public let investment: ExportInvestment?

    /// Without `outlines`, the report draws the borders that ship with gymplan.
    public init(
        export: MinistryExport, outlines: MunicipalityOutlines? = nil, projection: MapProjection = MapProjection(),
        language: Language = .en, investment: ExportInvestment? = nil
    ) {
        self.export = export
        self.investment = investment
        self.outlines = outlines ?? .embedded(projection)
        self.projection = projection
        self.language = language
        words = language.reportWords
    }

    /// The whole page.
    public func html() -> String {
        page().markup
    }

    /// The whole page, as markup.
    func page() -> HTML {
        let year = export.schoolYear, parameters = export.parameters
        let meta = words.meta(
            generatedAt: export.generatedAt, minLessons: parameters.minLessons, minMinutes: parameters.minMinutes,
            maxDistanceM: parameters.maxDistanceM, referenceDate: parameters.referenceDate)
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(words.pageTitle(year: year))</title>
            <style>\(raw: ReportAssets.css)</style>
            </head>
            <body>
            <header>
            <h1>\(Self.unbroken(year, in: words.heading(year: year)))</h1>
            <p class="meta">\(meta)</p>
            \(ReportSources(export: export, words: words).syntheticBanner())
            </header>
            <main>
            \(ReportCoverage(export: export, words: words).section())
            \(summarySection())
            \(ReportMap(export: export, outlines: outlines, projection: projection, words: words).section())
            \(ReportObstacleTable(export: export, words: words).section())
            \(ReportRosterSection(export: export, words: words).section())
            \(investment.map { ReportInvestment(export: export, investment: $0, outlines: outlines, projection: projection, words: words).section() } ?? .empty)
            \(ReportProvinceChart(export: export, words: words).section())
            \(ReportGrantChart(export: export, words: words).section())
            \(ReportSchoolTable(export: export, words: words).section())
            \(ReportSources(export: export, words: words).section())
            </main>
            <script>\(raw: ReportAssets.script)</script>
            </body>
            </html>

            """
    }

    /// Which part of the country the figures cover, when the data do not cover all of it: a report of
    /// a few municipalities must not read as a national one.
    private func scopeNote() -> HTML {
        let onMap = outlines?.drawn(listed: Set(export.municipalities.map(\.code))).count ?? 0
        let covered = export.municipalities.count
        guard onMap > covered else { return "" }
        return "<p class=\"scope\" id=\"scope-note\">\(words.scopeNote(covered: covered, onMap: onMap))</p>"
    }

    private func summarySection() -> HTML {
        let summary = export.summary, judged = ReportJudgement(export: export)
        let withData = summary.schools - summary.schoolsWithoutData
        func card(_ number: Int, _ text: String) -> HTML {
            "<div class=\"card\"><span class=\"number\">\(language.number(number))</span><span>\(text)</span></div>"
        }
        return """
            <section aria-labelledby="summary-title">
            <h2 id="summary-title">\(words.summaryHeading)</h2>
            <div class="cards">
            \(card(summary.schools, words.schoolsCard(summary.schools)))
            \(card(summary.schoolsMeetingBothGoals, words.meetBothCard(withData: withData)))
            \(card(summary.schoolsMeetingLessonsGoal, words.lessonsCard(withData: withData)))
            \(card(summary.schoolsMeetingQualifiedGoal, words.qualifiedCard(withData: withData)))
            \(card(summary.schoolsWithoutData, words.withoutDataCard(summary.schoolsWithoutData)))
            \(card(judged.distanceMunicipalities, words.distanceCard(judged.distanceMunicipalities)))
            \(card(judged.capacityMunicipalities, words.capacityCard(judged.capacityMunicipalities)))
            </div>
            \(scopeNote())
            </section>
            """
    }

    /// `text` with `part` kept on one line: a phone breaks "2021-2022" after its hyphen otherwise.
    static func unbroken(_ part: String, in text: String) -> HTML {
        guard let range = text.range(of: part) else { return HTML(text: text) }
        return HTML(text: String(text[..<range.lowerBound])) + "<span class=\"nowrap\">\(part)</span>"
            + HTML(text: String(text[range.upperBound...]))
    }
}
