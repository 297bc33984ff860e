/// The report's section of `export --with-roster`: the municipalities whose classes the weekly
/// roster gives fewer lessons than the law asks for, sortable. Empty without roster figures.
struct ReportRosterSection {
    let export: MinistryExport
    let words: any ReportWords

    func section() -> HTML {
        guard let overview = export.roster else { return .empty }
        let rows = export.municipalities.filter { ($0.roster?.lessonsShort ?? 0) > 0 }
            .sorted { ($0.roster!.lessonsShort, $1.code) > ($1.roster!.lessonsShort, $0.code) }
        let head = words.rosterColumns.enumerated().map { index, heading -> HTML in
            "<th scope=\"col\" data-numeric=\"\(index > 0)\"><button type=\"button\" data-column=\"\(index)\">\(heading)</button></th>"
        }.joined()
        let body = rows.map { municipality -> HTML in
            let figures = municipality.roster!
            let numbers = [
                figures.classes, figures.lessonsRequired, figures.lessonsScheduled, figures.lessonsUpperBound,
                figures.lessonsShort, figures.classes - figures.classesFullyScheduled,
            ]
            let cells = numbers.map { number -> HTML in "<td data-value=\"\(number)\">\(words.n(number))</td>" }.joined()
            return "<tr><td data-value=\"\(municipality.name)\">\(municipality.name) (\(municipality.code))</td>\(cells)</tr>"
        }.joined(separator: "\n")
        let table: HTML = rows.isEmpty
            ? "<p>\(words.rosterNone)</p>"
            : "<div class=\"scroll\"><table id=\"roster-short\" class=\"sortable\"><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table></div>"
        let national = overview.summary
        return """
            <section aria-labelledby="roster-heading" id="roster">
            <h2 id="roster-heading">\(words.rosterHeading(rows.count))</h2>
            <p>\(words.rosterIntroduction(
                minLessons: export.parameters.minLessons, walkMPerMin: overview.walkMPerMin, teacherMPerMin: overview.teacherMPerMin))</p>
            <p>\(words.rosterNational(scheduled: national.lessonsScheduled, required: national.lessonsRequired, upperBound: national.lessonsUpperBound))</p>
            \(table)
            </section>
            """
    }
}
