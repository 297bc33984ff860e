/// The roster and the check as short tables for the terminal.
public enum RosterTables {
    public static func roster(_ document: RosterDocument) -> String {
        let s = document.summary
        var text = "\(document.schoolYear)\(document.municipality.map { " " + $0 } ?? ""): \(s.lessonsScheduled) of "
            + "\(s.lessonsRequired) lessons scheduled (upper bound \(s.lessonsUpperBound)), \(s.classesFullyScheduled) of "
            + "\(s.classes) classes fully scheduled, \(s.walkingDistanceM) m walked one way\n"
        guard !document.unscheduled.isEmpty else { return text }
        let table = TextTable(
            headers: ["school", "class", "missing", "reason"],
            rows: document.unscheduled.map { [$0.schoolId, $0.classId, String($0.missingLessons), $0.reason] },
            rightAligned: [2])
        text += "\n" + table.rendered
        return text
    }

    public static func check(_ document: RosterCheckDocument) -> String {
        let counts = document.summary.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var text = "\(document.schoolYear)\(document.municipality.map { " " + $0 } ?? ""): "
            + "\(document.conflicts.count) conflicts (\(counts))\n"
        guard !document.conflicts.isEmpty else { return text }
        let table = TextTable(
            headers: ["school", "class", "day", "start", "gym", "kind", "detail"],
            rows: document.conflicts.map {
                [$0.schoolId, $0.classId, String($0.weekday), $0.start, $0.gymId ?? "", $0.kind, $0.detail]
            },
            rightAligned: [2])
        text += "\n" + table.rendered
        return text
    }
}
