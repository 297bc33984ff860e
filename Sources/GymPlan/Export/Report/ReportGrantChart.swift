/// The grant per school year in euros: granted and requested amounts as bars, the budget the
/// year is held against as a line across its bar, and an axis of euro amounts. HTML and CSS, so
/// that its words keep their size at any width.
struct ReportGrantChart {
    let export: MinistryExport
    let words: any ReportWords

    static let grantedColour = "#009E73", requestedColour = "#BFE3D6", budgetColour = "#D55E00"

    func section() -> HTML {
        let years = export.grantsByYear
        guard years.contains(where: { $0.counts.total > 0 }) else {
            return "<section aria-labelledby=\"grants-heading\"><h2 id=\"grants-heading\">\(words.grantsHeading)</h2>"
                + "<p>\(words.noGrants)</p></section>"
        }
        let largest = years.map { max($0.amountRequestedEUR, $0.budgetEUR ?? 0) }.max() ?? 0
        let axis = Self.axis(upTo: largest)
        let top = axis.last ?? 1
        let rows = years.map { year -> HTML in
            let granted = year.amountGrantedEUR, notGranted = max(0, year.amountRequestedEUR - granted)
            let statuses = GrantStatus.stackingOrder.filter { year.counts[$0] > 0 }
                .map { "\(words.n(year.counts[$0])) \(words.grantStatus($0))" }.joined(separator: " · ")
            let budgetText = words.budget(year.budgetEUR, calendarYear: year.budgetYear)
            let mark: HTML = year.budgetEUR.map { budget in
                "<span class=\"budget-mark\" style=\"left:\(HTML.percentLength(budget / top))\" title=\"\(year.schoolYear): \(budgetText)\"></span>"
            } ?? .empty
            return """
                <div class="grant-row" data-year="\(year.schoolYear)">\
                <div class="bar-label">\(year.schoolYear)</div>\
                <div class="grant-track" title="\(year.schoolYear): \(words.grantLine(granted: granted, requested: year.amountRequestedEUR, applications: year.counts.total))">\
                <span class="bar" style="width:\(HTML.percentLength(granted / top));background:\(Self.grantedColour)"></span>\
                <span class="bar" style="width:\(HTML.percentLength(notGranted / top));background:\(Self.requestedColour)"></span>\(mark)</div>\
                <div class="grant-line">\(words.grantLine(granted: granted, requested: year.amountRequestedEUR, applications: year.counts.total)); \
                \(budgetText)\(statuses.isEmpty ? "" : " · " + statuses)</div></div>
                """
        }.joined(separator: "\n")
        let ticks = axis.enumerated().map { index, amount -> HTML in
            let edge = index == 0 ? " first" : index == axis.count - 1 ? " last" : ""
            return "<span class=\"tick\(edge)\" style=\"left:\(HTML.percentLength(amount / top))\">\(words.axisAmount(amount))</span>"
        }.joined()
        let legend: HTML = "\(HTML.swatch(Self.grantedColour)) \(words.grantedLegend)</li>\(HTML.swatch(Self.requestedColour)) "
            + "\(words.requestedLegend)</li><li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\"6\" width=\"3\" height=\"14\" "
            + "fill=\"\(Self.budgetColour)\"/></svg> \(words.budgetLegend)</li>"
        return """
            <section aria-labelledby="grants-heading">
            <h2 id="grants-heading">\(words.grantsHeading)</h2>
            <p>\(words.grantsIntro)</p>
            <ul class="legend inline">\(legend)</ul>
            <div class="bar-chart" id="grant-chart">
            \(rows)
            <div class="grant-row axis-row"><div class="bar-label"></div><div class="axis" aria-hidden="true">\(ticks)</div>\
            <div class="grant-line axis-title">\(words.axisTitle)</div></div>
            </div>
            </section>
            """
    }

    /// Round tick amounts from 0 to at least `largest`: 3 to 5 ticks of 1, 2, 2.5 or 5 times a power of ten.
    static func axis(upTo largest: Double) -> [Double] {
        guard largest > 0 else { return [0, 1] }
        var magnitude = 1.0
        while magnitude * 10 <= largest / 4 { magnitude *= 10 }
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 * 4 >= largest } ?? magnitude * 10
        let count = Int((largest / step).rounded(.up))
        return (0...max(count, 1)).map { Double($0) * step }
    }
}
