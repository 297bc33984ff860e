/// The report's bar charts: the goals per province and the grant uptake per school year, as SVG.
struct ReportCharts {
    let export: MinistryExport

    /// Per province, the share of schools with data that meet each goal.
    func provinceSection() -> HTML {
        let byCode = Dictionary(
            export.municipalities.compactMap { item in item.province.map { (item.code, $0) } }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(grouping: export.schools) { byCode[$0.municipalityCode] ?? "Unknown province" }
        let provinces = groups.keys.sorted()
        let rowHeight = 34.0, labelWidth = 150.0, barWidth = 330.0
        let height = Double(provinces.count) * rowHeight + 30
        var svg: HTML = "<svg class=\"chart\" viewBox=\"0 0 560 \(Int(height))\" role=\"img\" aria-labelledby=\"province-title\">"
            + "<title id=\"province-title\">Share of schools meeting each goal, per province</title>"
        for (index, name) in provinces.enumerated() {
            let schools = groups[name] ?? []
            let withData = schools.filter { $0.meetsLessonsGoal != nil || $0.meetsQualifiedGoal != nil }
            let y = Double(index) * rowHeight + 4
            svg += "<text x=\"0\" y=\"\(y + 17)\" class=\"label\">\(name)</text>"
            for (offset, goal) in [(0.0, Goal.lessons), (14.0, Goal.qualified)] {
                let met = withData.count(where: { $0.meets(goal) == true })
                let share = withData.isEmpty ? 0 : Double(met) / Double(withData.count)
                let text = withData.isEmpty ? "no data" : "\(HTML.percent(share)) (\(met) of \(withData.count))"
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + offset)\" width=\"\((share * barWidth).formatted(fractionDigits: 1))\" "
                    + "height=\"12\" fill=\"\(goal.colour)\"><title>\(name), \(goal.label): \(text)</title></rect>"
                svg += "<text x=\"\((labelWidth + share * barWidth + 4).formatted(fractionDigits: 1))\" y=\"\(y + offset + 10)\" "
                    + "class=\"value\">\(text)</text>"
            }
        }
        svg += "<text x=\"\(labelWidth)\" y=\"\(height - 4)\" class=\"value\">0%</text>"
        svg += "<text x=\"\(labelWidth + barWidth)\" y=\"\(height - 4)\" class=\"value\" text-anchor=\"end\">100%</text></svg>"
        let legend = [Goal.lessons, Goal.qualified].map { goal -> HTML in
            "\(HTML.swatch(goal.colour)) \(goal.label)</li>"
        }.joined()
        return """
            <section aria-labelledby="province-heading">
            <h2 id="province-heading">Goals per province</h2>
            <p>Share of the schools with classes in groups 3-8 on record that meet each goal.</p>
            <ul class="legend inline">\(legend)</ul>
            <figure>\(svg)</figure>
            </section>
            """
    }

    /// Per school year, the grant applications by status, stacked.
    func grantSection() -> HTML {
        let years = export.grantsByYear
        guard let largest = years.map(\.counts.total).max(), largest > 0 else {
            return "<section aria-labelledby=\"grants-heading\"><h2 id=\"grants-heading\">Grant uptake over the years</h2>"
                + "<p>No grant applications on record.</p></section>"
        }
        let chartHeight = 220.0, top = 20.0, slot = min(80.0, 500.0 / Double(years.count))
        var svg: HTML = "<svg class=\"chart\" viewBox=\"0 0 560 \(Int(chartHeight + top + 40))\" role=\"img\" aria-labelledby=\"grants-title\">"
            + "<title id=\"grants-title\">Grant applications per school year, by status</title>"
        for (index, year) in years.enumerated() {
            let x = 40 + Double(index) * slot
            var base = top + chartHeight
            for status in GrantStatus.stackingOrder {
                let count = year.counts[status]
                guard count > 0 else { continue }
                let height = Double(count) / Double(largest) * chartHeight
                base -= height
                svg += "<rect x=\"\(x.formatted(fractionDigits: 1))\" y=\"\(base.formatted(fractionDigits: 1))\" "
                    + "width=\"\((slot * 0.7).formatted(fractionDigits: 1))\" height=\"\(height.formatted(fractionDigits: 1))\" "
                    + "fill=\"\(status.colour)\"><title>\(year.schoolYear): \(count) \(status.rawValue)</title></rect>"
            }
            svg += "<text x=\"\((x + slot * 0.35).formatted(fractionDigits: 1))\" y=\"\((base - 4).formatted(fractionDigits: 1))\" "
                + "class=\"value\" text-anchor=\"middle\">\(year.counts.total)</text>"
            svg += "<text x=\"\((x + slot * 0.35).formatted(fractionDigits: 1))\" y=\"\(Int(top + chartHeight + 16))\" "
                + "class=\"label\" text-anchor=\"middle\">\(year.schoolYear)</text>"
        }
        svg += "</svg>"
        let legend = GrantStatus.stackingOrder.map { status -> HTML in
            "\(HTML.swatch(status.colour)) \(status.rawValue)</li>"
        }.joined()
        return """
            <section aria-labelledby="grants-heading">
            <h2 id="grants-heading">Grant uptake over the years</h2>
            <p>Applications for the PE grant (lerarenbeurs / subsidie bewegingsonderwijs) per school year, by their status now.</p>
            <ul class="legend inline">\(legend)</ul>
            <figure>\(svg)</figure>
            </section>
            """
    }
}

extension MinistryExport.School {
    /// Whether the school meets `goal`; nil without data.
    fileprivate func meets(_ goal: Goal) -> Bool? {
        switch goal {
        case .lessons: meetsLessonsGoal
        case .qualified: meetsQualifiedGoal
        }
    }
}
