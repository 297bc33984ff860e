/// The roster as one self-contained HTML page, printable on A4 landscape: a weekly grid per gym
/// (weekdays across, slots down, a column per hall, each lesson coloured by school), a week per
/// school, and the unscheduled classes with their reasons.
struct RosterReport {
    let document: RosterDocument
    /// The gyms by id, for the grids' halls and slots.
    let gyms: [String: RosterGym]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

    func html() -> String {
        let byGym = Dictionary(grouping: document.lessons, by: \.gymId)
        let bySchool = Dictionary(grouping: document.lessons, by: \.schoolId)
        let schools = Set(document.lessons.map(\.schoolId)).sorted()
        let colours = Dictionary(uniqueKeysWithValues: schools.enumerated().map { ($1, Self.colour($0)) })
        let s = document.summary
        var body: HTML = """
            <h1>Weekly PE roster \(document.schoolYear)\(document.municipality.map { ", " + $0 } ?? "")</h1>
            <p class="meta">Made by gymplan on \(Language.en.timestamp(document.generatedAt)). \(s.lessonsScheduled) of \(s.lessonsRequired) lessons \
            scheduled for \(s.classes) classes (upper bound \(s.lessonsUpperBound)); \(s.classesFullyScheduled) classes \
            have all their lessons; \(Language.en.number(s.walkingDistanceM)) m walked one way in all.</p>
            """
        for gym in byGym.keys.sorted() {
            body += gymGrid(gym, lessons: byGym[gym]!, colours: colours)
        }
        body += "<h2>Week per school</h2>"
        for school in schools { body += schoolWeek(school, lessons: bySchool[school]!, colour: colours[school]!) }
        body += unscheduledTable()
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>Weekly PE roster \(HTML(text: document.schoolYear))</title>
            <style>\(Self.style)</style></head><body>\(body.description)</body></html>

            """
    }

    private func gymGrid(_ gym: String, lessons: [RosterDocument.Lesson], colours: [String: String]) -> HTML {
        let hallCount = max(gyms[gym]?.halls ?? 1, lessons.map(\.hall).max() ?? 1)
        var spans = Set(lessons.map { [$0.start, $0.end] })
        let length = document.parameters.lessonMinutes
        for day in WeeklyWindows.weekdays {
            for window in gyms[gym]?.windows.windows(on: day) ?? [] {
                for start in stride(from: window.from, through: window.to - length, by: length) {
                    spans.insert([ClockTime.text(start), ClockTime.text(start + length)])
                }
            }
        }
        var cells: [String: RosterDocument.Lesson] = [:]
        for lesson in lessons { cells["\(lesson.weekday) \(lesson.start) \(lesson.hall)"] = lesson }
        var head: HTML = "<tr><th rowspan=\"2\">Slot</th>"
        for day in Self.weekdays { head += "<th colspan=\"\(hallCount)\">\(day)</th>" }
        head += "</tr><tr>"
        for _ in Self.weekdays { for hall in 1...hallCount { head += "<th class=\"hall\">hall \(hall)</th>" } }
        head += "</tr>"
        var rows: HTML = .empty
        for span in spans.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let start = span[0]
            rows += "<tr><th>\(start)-\(span[1])</th>"
            for day in 1...5 {
                for hall in 1...hallCount {
                    if let lesson = cells["\(day) \(start) \(hall)"] {
                        rows += """
                            <td style="background:\(raw: colours[lesson.schoolId]!)" \
                            title="\(lesson.schoolId) \(lesson.classId), \(lesson.walkingMinutes) min walk">\
                            \(lesson.classId)<small>\(lesson.schoolId)</small></td>
                            """
                    } else if gyms[gym].map({ Self.isOpen($0, day: day, span: span, length: length) }) ?? true {
                        rows += "<td></td>"
                    } else {
                        rows += "<td class=\"closed\"></td>"
                    }
                }
            }
            rows += "</tr>"
        }
        let name = lessons.first?.gymName ?? gym
        return "<section class=\"grid\"><h2>\(name) <small>\(gym)</small></h2><div class=\"scroll\"><table>\(head)\(rows)</table></div></section>"
    }

    private func schoolWeek(_ school: String, lessons: [RosterDocument.Lesson], colour: String) -> HTML {
        var row: HTML = "<tr><th style=\"background:\(raw: colour)\">\(school)</th>"
        for day in 1...5 {
            let today = lessons.filter { $0.weekday == day }.sorted { ($0.start, $0.classId) < ($1.start, $1.classId) }
            row += "<td>"
            row += today.map { lesson -> HTML in
                "<div>\(lesson.start) \(lesson.classId) <small>\(lesson.gymName), hall \(lesson.hall)</small></div>"
            }.joined()
            row += "</td>"
        }
        return "<div class=\"scroll\"><table class=\"week\"><tr><th></th>\(Self.weekdays.map { HTML("<th>\($0)</th>") }.joined())</tr>\(row)</tr></table></div>"
    }

    private func unscheduledTable() -> HTML {
        guard !document.unscheduled.isEmpty else { return "<h2>Unscheduled classes</h2><p>Every class has all its lessons.</p>" }
        let rows = document.unscheduled.map { item -> HTML in
            "<tr><td>\(item.schoolId)</td><td>\(item.classId)</td><td>\(item.missingLessons)</td><td>\(item.reason)</td></tr>"
        }.joined()
        return """
            <h2>Unscheduled classes</h2><div class="scroll"><table class="list"><tr><th>School</th><th>Class</th>\
            <th>Missing lessons</th><th>Reason</th></tr>\(rows)</table></div>
            """
    }

    /// Whether the gym's windows hold the slot `span` (`HH:MM` start and end) on `day`.
    static func isOpen(_ gym: RosterGym, day: Int, span: [String], length: Int) -> Bool {
        let parts = span[0].split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return true }
        let start = parts[0] * 60 + parts[1]
        return gym.windows.contains(weekday: day, from: start, to: start + length)
    }

    /// A light colour per school, spread around the hue circle.
    static func colour(_ index: Int) -> String {
        "hsl(\((index * 137) % 360), \(index % 2 == 0 ? 75 : 55)%, \(index % 3 == 0 ? 84 : 74)%)"
    }

    static let style = """
        @page { size: A4 landscape; margin: 10mm; }
        body { font: 11px/1.3 system-ui, sans-serif; margin: 12px; color: #222; }
        h1 { font-size: 18px; } h2 { font-size: 14px; margin: 14px 0 4px; }
        .meta { color: #555; }
        table { border-collapse: collapse; margin-bottom: 8px; }
        th, td { border: 1px solid #bbb; padding: 2px 4px; vertical-align: top; }
        .grid td { width: 52px; height: 26px; font-weight: 600; }
        .grid td small, .week small { display: block; font-weight: 400; color: #444; }
        .grid td.closed { background: repeating-linear-gradient(45deg, #eee, #eee 3px, #fff 3px, #fff 6px); }
        th.hall { font-weight: 400; font-size: 10px; }
        .week td { width: 170px; }
        section.grid { break-inside: avoid; page-break-inside: avoid; }
        .scroll { overflow-x: auto; max-width: 100%; }
        @media print { body { margin: 0; } .scroll { overflow: visible; } }
        /* On a screen the text is at least 13 px; a gym's week wider than the screen scrolls in its box. */
        @media screen {
          body { font-size: 13px; } h1 { font-size: 20px; } h2 { font-size: 16px; }
          th.hall, .grid td small, .week small { font-size: 13px; }
          .grid td { width: 60px; height: 32px; }
        }
        """
}
