/// The report's inline style sheet and script: `Assets/report.css` and `Assets/report.js`,
/// embedded at build time by the EmbedFiles plugin, so the binary needs no files beside it.
enum ReportAssets {
    static let css = EmbeddedReportAssets.report_css
    static let script = EmbeddedReportAssets.report_js
}
