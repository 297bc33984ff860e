/// The roster and the check as short tables for the terminal, within `width` characters a line
/// (long reasons and details wrapped, gym ids cut with `…`, the gym left out where even that is
/// too wide), or at their natural width with nil. A conflict's kind is in words.
public enum RosterTables {
    public static func roster(_ document: RosterDocument, width: Int? = nil) -> String {
        let s = document.summary
        let n = Language.en.number
        var text = "\(document.schoolYear)\(document.municipality.map { " " + $0 } ?? ""): \(n(s.lessonsScheduled)) of "
            + "\(n(s.lessonsRequired)) lessons scheduled (upper bound \(n(s.lessonsUpperBound))), \(n(s.classesFullyScheduled)) of "
            + "\(n(s.classes)) classes fully scheduled, \(n(s.walkingDistanceM)) m walked one way"
        text = wrapped(text, width) + "\n"
        guard !document.unscheduled.isEmpty else { return text }
        let table = TextTable(
            headers: ["school", "class", "missing", "reason"],
            rows: document.unscheduled.map { [$0.schoolId, $0.classId, String($0.missingLessons), $0.reason] },
            rightAligned: [2], shrinkable: [1], wrapping: [3])
        text += "\n" + table.rendered(width: width)
        return text
    }

    public static func check(_ document: RosterCheckDocument, width: Int? = nil) -> String {
        let counts = document.summary.sorted { $0.key < $1.key }.map { "\($0.key) \(Language.en.number($0.value))" }.joined(separator: ", ")
        var text = "\(document.schoolYear)\(document.municipality.map { " " + $0 } ?? ""): "
            + "\(Language.en.number(document.conflicts.count)) conflicts (\(counts))"
        text = wrapped(text, width) + "\n"
        guard !document.conflicts.isEmpty else { return text }
        var table = TextTable(
            headers: ["school", "class", "day", "start", "gym", "kind", "detail"],
            rows: document.conflicts.map {
                [$0.schoolId, $0.classId, String($0.weekday), $0.start, $0.gymId ?? "",
                 String($0.kind.map { $0 == "_" ? " " : $0 }), $0.detail]
            },
            rightAligned: [2], shrinkable: [1, 4], wrapping: [5, 6], droppable: [4])
        table.narrowest = [5: 10]
        text += "\n" + table.rendered(width: width)
        return text
    }

    /// A summary line broken at spaces to fit `width` (nil: one line).
    private static func wrapped(_ line: String, _ width: Int?) -> String {
        guard let width else { return line }
        return TextTable.wrap(line, to: width).joined(separator: "\n")
    }
}
