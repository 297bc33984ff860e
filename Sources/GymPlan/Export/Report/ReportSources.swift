/// Where the rules and the data come from: the rules with their sources (data contract, section
/// 1), the data set's own description (`dataset.csv`), and a banner at the top of the page when
/// the data set says its data are synthetic.
struct ReportSources {
    let export: MinistryExport
    let words: any ReportWords

    /// The note under the page's heading when any data are synthetic; nothing otherwise.
    func syntheticBanner() -> HTML {
        let dataset = export.dataset
        guard dataset.synthetic else { return .empty }
        let whole = dataset.whole
        let kinds = dataset.sources.filter { $0.synthetic && $0.data != "all" }.map(\.data)
        let all = whole?.synthetic == true && !dataset.sources.contains { $0.data != "all" && !$0.synthetic }
        let text = words.syntheticBanner(kinds: kinds, all: all || kinds.isEmpty)
        return "<p class=\"synthetic\" id=\"synthetic-note\" role=\"note\"><strong>\(text)</strong></p>"
    }

    func section() -> HTML {
        let rules = words.rules(export.parameters).map { rule, source -> HTML in
            "<li>\(rule) <span class=\"source\">(\(source))</span></li>"
        }.joined()
        return """
            <section id="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">\(words.sourcesHeading)</h2>
            <h3>\(words.rulesHeading)</h3>
            <ul class="rules">\(rules)</ul>
            <h3>\(words.dataHeading)</h3>
            \(dataTable())
            </section>
            """
    }

    private func dataTable() -> HTML {
        let sources = export.dataset.sources
        guard !sources.isEmpty else { return "<p id=\"data-sources-missing\">\(words.notDescribed)</p>" }
        let head = words.dataColumns.map { "<th scope=\"col\">\($0)</th>" as HTML }.joined()
        let rows = sources.map { source -> HTML in
            let cells = [
                words.dataKind(source.data), source.source, words.synthetic(source.synthetic),
                source.licence ?? words.notStated, source.asOf.map(words.date) ?? words.notStated, source.note ?? "",
            ]
            let row = cells.map { "<td>\($0)</td>" as HTML }.joined()
            return "<tr data-data=\"\(source.data)\" data-synthetic=\"\(source.synthetic)\">\(row)</tr>"
        }.joined(separator: "\n")
        return "<div class=\"scroll\"><table id=\"data-sources\"><thead><tr>\(head)</tr></thead><tbody>\n\(rows)\n</tbody></table></div>"
    }
}
