/// The report's table of municipalities with a distance or capacity obstacle; a click on a
/// column heading sorts by it.
struct ReportObstacleTable {
    let export: MinistryExport

    func section() -> HTML {
        let judged = ReportJudgement(export: export)
        let rows = export.municipalities.filter { !judged.obstacles($0).isEmpty }
        let headings: [(String, Bool)] = [
            ("Municipality", false), ("Province", false), ("Schools", true), ("Obstacles", false),
            ("Schools without a gym within reach", true),
            ("Lessons a week not placed", true), ("Hall hours a week short", true), ("Lessons by qualified teachers", true),
        ]
        let head = headings.enumerated().map { index, heading -> HTML in
            "<th scope=\"col\" data-numeric=\"\(heading.1)\"><button type=\"button\" data-column=\"\(index)\">\(heading.0)</button></th>"
        }.joined()
        let body = rows.map { municipality -> HTML in
            let share = municipality.qualifiedLessonShare, obstacles = judged.obstacles(municipality).map(\.rawValue)
            let cells: [(String, String)] = [
                ("\(municipality.name) (\(municipality.code))", municipality.name),
                (municipality.province ?? "unknown", municipality.province ?? ""),
                (String(municipality.schools), String(municipality.schools)),
                (obstacles.joined(separator: ", "), obstacles.joined(separator: ",")),
                (String(municipality.schoolsWithDistanceObstacle), String(municipality.schoolsWithDistanceObstacle)),
                (String(municipality.capacity.unmetLessons), String(municipality.capacity.unmetLessons)),
                (municipality.capacity.shortageHallHours.formatted(fractionDigits: 1), String(municipality.capacity.shortageHallHours)),
                (share.map { HTML.percent($0) } ?? "no lessons", share.map { String($0) } ?? "-1"),
            ]
            let row = cells.map { shown, value -> HTML in "<td data-value=\"\(value)\">\(shown)</td>" }.joined()
            return "<tr>\(row)</tr>"
        }.joined(separator: "\n")
        let table: HTML = rows.isEmpty
            ? "<p>No municipality has a distance or capacity obstacle.</p>"
            : "<div class=\"scroll\"><table id=\"obstacles\" class=\"sortable\"><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table></div>"
        return """
            <section aria-labelledby="obstacles-heading">
            <h2 id="obstacles-heading">Municipalities with obstacles (\(rows.count))</h2>
            <p>A <strong>distance</strong> obstacle: a school has no gym offering any lesson slot within \
            \(export.parameters.maxDistanceM) m. A <strong>capacity</strong> obstacle: the gyms within reach have too few \
            lesson slots for all classes; the shortage belongs to the schools that share those gyms, not to one of them. \
            Municipalities without gym data on record are not judged and not listed. Click a heading to sort.</p>
            \(table)
            </section>
            """
    }
}
