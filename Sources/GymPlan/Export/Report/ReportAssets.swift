/// The report's inline style sheet and script (`Assets/report.css`, `Assets/report.js`) and the
/// municipal outlines of its maps (`Assets/municipality-outlines.geojson`),
/// embedded at build time by the EmbedFiles plugin, so the binary needs no files beside it.
enum ReportAssets {
    static let css = EmbeddedReportAssets.report_css
    static let script = EmbeddedReportAssets.report_js
    static let outlines = EmbeddedReportAssets.municipality_outlines_geojson
}
