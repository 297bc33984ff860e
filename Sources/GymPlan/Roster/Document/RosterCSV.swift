/// The roster as `roster.csv` and `unscheduled.csv`, the check as `conflicts.csv`, in the export's
/// CSV dialects (`dutch`: `;` and decimal commas).
public struct RosterCSV: Sendable {
    public let writer: CSVWriter

    public init(dutch: Bool = false) {
        writer = CSVWriter(dutch: dutch)
    }

    public func files(_ document: RosterDocument) -> [(name: String, content: String)] {
        [("roster.csv", lessons(document)), ("unscheduled.csv", unscheduled(document))]
    }

    public func files(_ document: RosterCheckDocument) -> [(name: String, content: String)] {
        [("conflicts.csv", conflicts(document))]
    }

    /// One row per lesson, in the document's order (gym, weekday, start, hall).
    public func lessons(_ document: RosterDocument) -> String {
        let header = ["gym_id", "hall", "weekday", "start", "end", "school_id", "class_id", "distance_m", "walking_minutes"]
        return writer.document(header: header, rows: document.lessons.map {
            [$0.gymId, String($0.hall), String($0.weekday), $0.start, $0.end, $0.schoolId, $0.classId,
             String($0.distanceM), String($0.walkingMinutes)]
        })
    }

    public func unscheduled(_ document: RosterDocument) -> String {
        writer.document(header: ["school_id", "class_id", "missing_lessons", "reason"], rows: document.unscheduled.map {
            [$0.schoolId, $0.classId, String($0.missingLessons), $0.reason]
        })
    }

    public func conflicts(_ document: RosterCheckDocument) -> String {
        let header = ["kind", "school_id", "class_id", "weekday", "start", "gym_id", "detail"]
        return writer.document(header: header, rows: document.conflicts.map {
            [$0.kind, $0.schoolId, $0.classId, String($0.weekday), $0.start, $0.gymId ?? "", $0.detail]
        })
    }
}
