/// Every school in one table, searchable by a filter box and sortable by a click (or Enter) on a
/// column heading; the page's own script does both, without a server. The country's 6,000 schools
/// are all in the page, but only `pageSize` rows are laid out at a time (a button shows more), so
/// the page opens, filters and sorts fast.
struct ReportSchoolTable {
    let export: MinistryExport
    let words: any ReportWords
    /// The rows shown at first, and added by each click on "show more".
    var pageSize = 200

    func section() -> HTML {
        let language = words.language
        let names = Dictionary(export.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let numeric = [false, false, false, false, false, true, true, false]
        let head = zip(words.schoolColumns, numeric).enumerated().map { index, heading -> HTML in
            "<th scope=\"col\" data-numeric=\"\(heading.1)\"><button type=\"button\" data-column=\"\(index)\">\(heading.0)</button></th>"
        }.joined()
        var body = HTML.empty
        for (index, school) in export.schools.enumerated() {
            let nearest = school.nearestGymM.map(language.number) ?? words.unknownDistance
            body += (index < pageSize ? "<tr>" : "<tr hidden>") + "<td>\(school.name)</td><td>\(school.schoolId)</td><td>\(names[school.municipalityCode] ?? school.municipalityCode)</td>"
                + "<td class=\"goal-\(Self.goalClass(school.meetsLessonsGoal))\">\(words.goalCell(school.meetsLessonsGoal))</td>"
                + "<td class=\"goal-\(Self.goalClass(school.meetsQualifiedGoal))\">\(words.goalCell(school.meetsQualifiedGoal))</td>"
                + "<td data-value=\"\(school.nearestGymM.map(String.init) ?? "")\">\(nearest)</td>"
                + "<td data-value=\"\(school.unmetLessons)\">\(language.number(school.unmetLessons))</td>"
                + "<td>\(school.reasons.joined(separator: "; "))</td></tr>\n"
        }
        return """
            <section aria-labelledby="schools-heading">
            <h2 id="schools-heading">\(words.schoolTableHeading(export.schools.count))</h2>
            <p>\(words.schoolTableIntro)</p>
            <p class="filter"><label for="school-filter">\(words.filterLabel)</label> \
            <input type="search" id="school-filter" autocomplete="off" spellcheck="false" aria-controls="schools"> \
            <span id="school-count" role="status" aria-live="polite" data-all="\(words.allShownTemplate)" \
            data-first="\(words.firstShownTemplate)" data-some="\(words.someShownTemplate)" data-thousands="\(String(language.thousandsSeparator))"></span></p>
            <div class="scroll tall"><table id="schools" class="sortable" data-page-size="\(pageSize)"><colgroup>\(Self.columns)</colgroup>\
            <thead><tr>\(head)</tr></thead><tbody>
            \(body)</tbody></table></div>
            <p><button type="button" id="school-more" data-template="\(words.moreTemplate)" hidden></button></p>
            </section>
            """
    }

    /// Fixed column widths: the table is laid out from its first rows, not measured over all of them.
    private static let columns: HTML = ["18%", "7%", "12%", "8%", "9%", "9%", "8%", "29%"]
        .map { "<col style=\"width:\($0)\">" as HTML }.joined()

    private static func goalClass(_ meets: Bool?) -> String {
        meets.map { $0 ? "yes" : "no" } ?? "none"
    }
}
