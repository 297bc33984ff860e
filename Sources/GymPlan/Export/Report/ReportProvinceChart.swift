/// Per province, the share of schools with data that meet each goal: bars in HTML and CSS, so
/// that their words keep their size at any width.
struct ReportProvinceChart {
    let export: MinistryExport
    let words: any ReportWords

    func section() -> HTML {
        let language = words.language
        let byCode = Dictionary(
            export.municipalities.compactMap { item in item.province.map { (item.code, $0) } }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(grouping: export.schools) { byCode[$0.municipalityCode] ?? words.unknownProvinceName }
        let rows = groups.keys.sorted().map { name -> HTML in
            let schools = groups[name] ?? []
            let withData = schools.filter { $0.meetsLessonsGoal != nil || $0.meetsQualifiedGoal != nil }
            let bars = [Goal.lessons, Goal.qualified].map { goal -> HTML in
                let met = withData.count(where: { $0.meets(goal) == true })
                let share = withData.isEmpty ? 0 : Double(met) / Double(withData.count)
                let text = withData.isEmpty ? words.noData : words.shareOf(language.percent(share), met: met, of: withData.count)
                return "<div class=\"bar-track\" title=\"\(name), \(words.goal(goal)): \(text)\">"
                    + "<span class=\"bar\" style=\"width:calc(\(HTML.percentLength(share)) * .62);background:\(goal.colour)\"></span>"
                    + "<span class=\"bar-value\">\(text)</span></div>"
            }.joined()
            return "<div class=\"bar-row\"><div class=\"bar-label\">\(name)</div><div class=\"bar-tracks\">\(bars)</div></div>"
        }.joined(separator: "\n")
        let legend = [Goal.lessons, Goal.qualified].map { goal -> HTML in
            "\(HTML.swatch(goal.colour)) \(words.goal(goal))</li>"
        }.joined()
        return """
            <section aria-labelledby="province-heading">
            <h2 id="province-heading">\(words.provinceHeading)</h2>
            <p>\(words.provinceIntro)</p>
            <ul class="legend inline">\(legend)</ul>
            <div class="bar-chart" id="province-chart">
            \(rows)
            </div>
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
