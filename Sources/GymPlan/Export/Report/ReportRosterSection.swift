/// The report's section of `export --with-roster`: the municipalities whose classes the weekly
/// roster gives fewer lessons than the law asks for, sortable. Empty without roster figures.
struct ReportRosterSection {
    let export: MinistryExport
    var words = ReportRosterWords()

    func section() -> HTML {
        guard let overview = export.roster else { return .empty }
        let rows = export.municipalities.filter { ($0.roster?.lessonsShort ?? 0) > 0 }
            .sorted { ($0.roster!.lessonsShort, $1.code) > ($1.roster!.lessonsShort, $0.code) }
        let headings: [(String, Bool)] = [
            (words.municipality, false), (words.classes, true), (words.required, true), (words.scheduled, true),
            (words.upperBound, true), (words.short, true), (words.classesShort, true),
        ]
        let head = headings.enumerated().map { index, heading -> HTML in
            "<th scope=\"col\" data-numeric=\"\(heading.1)\"><button type=\"button\" data-column=\"\(index)\">\(heading.0)</button></th>"
        }.joined()
        let body = rows.map { municipality -> HTML in
            let figures = municipality.roster!
            let numbers = [
                figures.classes, figures.lessonsRequired, figures.lessonsScheduled, figures.lessonsUpperBound,
                figures.lessonsShort, figures.classes - figures.classesFullyScheduled,
            ]
            let cells = numbers.map { number -> HTML in "<td data-value=\"\(number)\">\(number)</td>" }.joined()
            return "<tr><td data-value=\"\(municipality.name)\">\(municipality.name) (\(municipality.code))</td>\(cells)</tr>"
        }.joined(separator: "\n")
        let table: HTML = rows.isEmpty
            ? "<p>\(words.none)</p>"
            : "<div class=\"scroll\"><table id=\"roster-short\" class=\"sortable\"><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table></div>"
        let national = overview.summary
        return """
            <section aria-labelledby="roster-heading" id="roster">
            <h2 id="roster-heading">\(words.heading) (\(rows.count))</h2>
            <p>\(words.introduction(
                minLessons: export.parameters.minLessons, walkMPerMin: overview.walkMPerMin, teacherMPerMin: overview.teacherMPerMin))</p>
            <p>\(words.national(scheduled: national.lessonsScheduled, required: national.lessonsRequired, upperBound: national.lessonsUpperBound))</p>
            \(table)
            </section>
            """
    }
}
