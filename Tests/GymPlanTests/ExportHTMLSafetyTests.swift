import Foundation
@testable import GymPlan
import TestSupport
import Testing

@Suite("Export report HTML: escaped by construction")
struct ExportHTMLSafetyTests {
    private let hostile = "<script>alert('x & \"y\"')</script>"
    private let escaped = "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;"

    @Test func interpolatedTextIsEscapedInContentAndAttributes() {
        let html: HTML = "<p title=\"\(hostile)\">\(hostile)</p>"
        #expect(html.markup == "<p title=\"\(escaped)\">\(escaped)</p>")
    }

    @Test func otherValuesAreEscapedByTheirDescription() {
        let year = SchoolYear(firstYear: 2019)
        let html: HTML = "<td>\(42)</td><td>\(2.5)</td><td>\(year)</td><td>\(true)</td>"
        #expect(html.markup == "<td>42</td><td>2.5</td><td>2019-2020</td><td>true</td>")
    }

    @Test func nestedHTMLIsTakenAsItIs() {
        let cell: HTML = "<td>\(hostile)</td>"
        let row: HTML = "<tr>\(cell)</tr>"
        #expect(row.markup == "<tr><td>\(escaped)</td></tr>")
        let cells: [HTML] = ["<td>1</td>", "<td>\("<2>")</td>"]
        #expect(cells.joined(separator: "\n").markup == "<td>1</td>\n<td>&lt;2&gt;</td>")
        #expect(("<a>" + cell).markup == "<a><td>\(escaped)</td>")
    }

    @Test func rawOnlyWhereAskedFor() {
        let script = "if (a < b && c > d) {}"
        let html: HTML = "<script>\(raw: script)</script><p>\(script)</p>"
        #expect(html.markup == "<script>if (a < b && c > d) {}</script><p>if (a &lt; b &amp;&amp; c &gt; d) {}</p>")
        #expect(HTML(text: "<b>").markup == "&lt;b&gt;")
        #expect(HTML(trusted: "<b>").markup == "<b>")
    }

    /// Every name the report shows, made hostile: each comes out escaped wherever it appears,
    /// and the page keeps exactly its one script element.
    @Test func aScriptInANameComesOutEscapedEverywhere() throws {
        var inputs = ExportSamples.coveredInputs()
        inputs.schools = inputs.schools.map { school in
            var school = school
            school.name = hostile
            return school
        }
        inputs.municipalities = inputs.municipalities.map { municipality in
            var municipality = municipality
            municipality.name = hostile
            municipality.province = hostile
            return municipality
        }
        inputs.grantsByYear = inputs.grantsByYear.map { year in
            var year = year
            year.schoolYear = hostile
            return year
        }
        inputs.dataset = DatasetDescription(sources: [
            DatasetSource(data: "gyms", source: hostile, synthetic: true),
            DatasetSource(data: "all", source: "sample", synthetic: true, note: hostile),
            DatasetSource(data: "schools", source: "DUO", synthetic: false),
        ])
        let export = MinistryExport(inputs: inputs, generatedAt: ExportSamples.generatedAt)
        let geoJSON = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"code":"GM0637"},
              "geometry":{"type":"Polygon","coordinates":[[[4.4,52.0],[4.6,52.0],[4.6,52.1],[4.4,52.0]]]}}]}
            """
        let outlines = try MunicipalityOutlines(geoJSON: Data(geoJSON.utf8), projection: MapProjection())
        let page = ExportReport(export: export, outlines: outlines).html()
        #expect(page.components(separatedBy: "<script").count - 1 == 1)
        #expect(!page.contains("alert('x"))
        // The close-ups' schools, the outline's title, the close-up's caption,
        // the table's cells, the province chart, the grant chart's years, the school table and the data sources.
        #expect(page.contains("<title>02DD00 \(escaped): "))
        #expect(page.contains("<title>\(escaped) (GM0637): "))
        #expect(page.contains("<figcaption>\(escaped) (GM0637): capacity and distance obstacle"))
        #expect(page.contains("<td data-value=\"\(escaped)\">\(escaped) (GM0637)</td>"))
        #expect(page.contains("<div class=\"bar-label\">\(escaped)</div><div class=\"bar-tracks\">"))
        #expect(page.contains("<div class=\"grant-row\" data-year=\"\(escaped)\"><div class=\"bar-label\">\(escaped)</div>"))
        #expect(page.contains("<tr><td>\(escaped)</td><td>02DD00</td><td>\(escaped)</td>"))
        #expect(page.contains("<tr data-data=\"gyms\" data-synthetic=\"true\"><td>gyms</td><td>\(escaped)</td>"))
        #expect(page.contains("<tr data-data=\"all\" data-synthetic=\"true\"><td>the data set</td><td>sample</td><td>yes</td><td>not stated</td><td>not stated</td><td>\(escaped)</td></tr>"))
    }

    /// The style sheet and script are the files in `Report/Assets/`, embedded whole, inline in the page.
    @Test func assetsAreTheEmbeddedFiles() throws {
        let assets = Repository.sources.appendingPathComponent("GymPlan/Export/Report/Assets")
        let css = try String(contentsOf: assets.appendingPathComponent("report.css"), encoding: .utf8)
        let script = try String(contentsOf: assets.appendingPathComponent("report.js"), encoding: .utf8)
        #expect(ReportAssets.css == css && css.contains("table{border-collapse:collapse"))
        #expect(ReportAssets.script == script && script.contains("table.sortable"))
        let page = ExportReport(export: ExportSamples.coveredExport()).html()
        #expect(page.contains("<style>\(css)</style>"))
        #expect(page.contains("<script>\(script)</script>"))
    }
}
