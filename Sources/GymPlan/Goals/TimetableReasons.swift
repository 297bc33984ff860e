import PostgresClient

/// The plain words for a school's conflicts in the imported timetable (section 6's check, as
/// `gymplan roster --check` finds them), added to its goal reasons: what is wrong and how often.
public struct TimetableReasons: Sendable {
    /// By school_id: one reason, for schools with conflicts.
    public var reasons: [String: String]
    /// The gyms and schools with windows of their own; nil when the year has no lesson in a gym,
    /// so that no window was looked at.
    public var hours: HoursCoverage?

    /// Checks the year's timetable with section 6's default speeds and words each school's conflicts.
    public static func read(
        _ connection: Connection, year: SchoolYear, parameters: PlanningParameters, language: Language
    ) throws -> TimetableReasons {
        let input = try RosterInput.read(
            connection, year: year, parameters: parameters, speeds: RosterSpeeds(), timetable: true, roster: false)
        guard !input.timetable.isEmpty else { return TimetableReasons(reasons: [:], hours: nil) }
        let result = TimetableCheck.check(input.timetable, problem: input.problem)
        return TimetableReasons(
            reasons: reasons(result.conflicts, language: language),
            hours: input.timetable.contains { $0.gym != nil } ? input.hours : nil)
    }

    /// One reason per school with conflicts: `timetable conflicts: 2 lessons outside the school's
    /// hours, 1 lesson in an overbooked gym (gymplan roster --check lists them)`, kinds by name.
    static func reasons(_ conflicts: [TimetableConflict], language: Language) -> [String: String] {
        var counts: [String: [ConflictKind: Int]] = [:]
        for conflict in conflicts { counts[conflict.schoolId, default: [:]][conflict.kind, default: 0] += 1 }
        return counts.mapValues { kinds in
            let parts = kinds.sorted { $0.key < $1.key }.map { kind, count in
                language == .nl ? language.count(count, "les", "lessen") + " " + dutch(kind)
                    : language.count(count, "lesson", "lessons") + " " + english(kind)
            }
            return language == .nl
                ? "conflicten in het rooster: \(parts.joined(separator: ", ")) (gymplan roster --check somt ze op)"
                : "timetable conflicts: \(parts.joined(separator: ", ")) (gymplan roster --check lists them)"
        }
    }

    private static func english(_ kind: ConflictKind) -> String {
        switch kind {
        case .hallOverbooked: "in an overbooked gym"
        case .outsideGymHours: "outside the gym's hours"
        case .outsideSchoolHours: "outside the school's hours, walk included"
        case .sameDay: "on the same day as another lesson of the class"
        case .teacherOverlap: "at the same time as another lesson of the teacher"
        case .teacherTravel: "too soon after the teacher's lesson at another gym"
        case .tooFar: "at a gym too far from the school"
        }
    }

    private static func dutch(_ kind: ConflictKind) -> String {
        switch kind {
        case .hallOverbooked: "in een overboekte zaal"
        case .outsideGymHours: "buiten de openingstijden van de zaal"
        case .outsideSchoolHours: "buiten de schooltijden, lopen inbegrepen"
        case .sameDay: "op dezelfde dag als een andere les van de groep"
        case .teacherOverlap: "tegelijk met een andere les van de leerkracht"
        case .teacherTravel: "te kort na een les van de leerkracht in een andere zaal"
        case .tooFar: "in een zaal te ver van school"
        }
    }
}
