/// The report's table of municipalities with a distance or capacity obstacle; a click on a
/// column heading sorts by it.
struct ReportObstacleTable {
    let export: MinistryExport
    let words: any ReportWords

    func section() -> HTML {
        let judged = ReportJudgement(export: export), language = words.language
        let rows = export.municipalities.filter { !judged.obstacles($0).isEmpty }
        let numeric = [false, false, true, false, true, true, true, true]
        let head = zip(words.obstacleColumns, numeric).enumerated().map { index, heading -> HTML in
            "<th scope=\"col\" data-numeric=\"\(heading.1)\"><button type=\"button\" data-column=\"\(index)\">\(heading.0)</button></th>"
        }.joined()
        let body = rows.map { municipality -> HTML in
            let share = municipality.qualifiedLessonShare, obstacles = judged.obstacles(municipality)
            let cells: [(String, String)] = [
                ("\(municipality.name) (\(municipality.code))", municipality.name),
                (municipality.province ?? words.unknownProvince, municipality.province ?? ""),
                (language.number(municipality.schools), String(municipality.schools)),
                (obstacles.map(words.obstacle).joined(separator: ", "), obstacles.map(\.rawValue).joined(separator: ",")),
                (language.number(municipality.schoolsWithDistanceObstacle), String(municipality.schoolsWithDistanceObstacle)),
                (language.number(municipality.capacity.unmetLessons), String(municipality.capacity.unmetLessons)),
                (language.decimal(municipality.capacity.shortageHallHours, fractionDigits: 1), String(municipality.capacity.shortageHallHours)),
                (share.map(language.percent) ?? words.noLessons, share.map { String($0) } ?? "-1"),
            ]
            let row = cells.map { shown, value -> HTML in "<td data-value=\"\(value)\">\(shown)</td>" }.joined()
            return "<tr>\(row)</tr>"
        }.joined(separator: "\n")
        let table: HTML = rows.isEmpty
            ? "<p>\(words.noObstacles)</p>"
            : "<div class=\"scroll\"><table id=\"obstacles\" class=\"sortable\"><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table></div>"
        return """
            <section aria-labelledby="obstacles-heading">
            <h2 id="obstacles-heading">\(words.obstacleTableHeading(rows.count))</h2>
            <p>\(words.obstacleExplanation(maxDistanceM: export.parameters.maxDistanceM))</p>
            \(table)
            </section>
            """
    }
}
