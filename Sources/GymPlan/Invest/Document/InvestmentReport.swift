import Foundation

/// Renders the investment document as JSON, as CSV (`municipalities.csv` and `changes.csv`) or as a
/// table for the terminal.
public enum InvestmentReport {
    /// The document as JSON, snake_case keys.
    public static func json(_ document: InvestmentDocument) throws -> String {
        try JSONOutput.text(document, snakeCaseKeys: true)
    }

    /// The CSV files: one row per municipality, one per change; `dutch`: `;`, decimal commas and a
    /// byte-order mark.
    public static func csvFiles(_ document: InvestmentDocument, dutch: Bool = false) -> [(name: String, text: String)] {
        let csv = CSVWriter(dutch: dutch)
        let municipalities = csv.document(
            header: ["code", "unmet_lessons_before", "unmet_lessons_after", "changes", "cost_eur_per_year", "unqualified_lessons",
                     "lessons_without_teacher", "teachers_without_qualification", "qualification_cost_eur"],
            rows: document.municipalities.map { entry in
                [entry.code, String(entry.unmetLessonsBefore), String(entry.unmetLessonsAfter), String(entry.changes.count),
                 csv.number(entry.costEurPerYear), String(entry.unqualifiedLessons), String(entry.lessonsWithoutTeacher),
                 String(entry.teachersWithoutQualification), csv.number(entry.qualificationCostEur)]
            })
        let changes = csv.document(
            header: ["municipality_code", "kind", "school_id", "gym_id", "site_id", "name", "latitude", "longitude", "halls",
                     "hours_per_week", "lessons", "extra_lessons", "distance_m", "cost_eur", "cost_eur_per_year"],
            rows: document.municipalities.flatMap { entry in entry.changes.map { changeCells($0, csv: csv) } })
        return [("municipalities.csv", municipalities), ("changes.csv", changes)]
    }

    static func changeCells(_ change: InvestmentChange, csv: CSVWriter) -> [String] {
        switch change {
        case .bus(let bus):
            [bus.municipalityCode, bus.kind, bus.schoolId, bus.gymId, "", "", "", "", "", "", String(bus.lessons), "",
             String(bus.distanceM), "", csv.number(bus.costEurPerYear)]
        case .longerHours(let longer):
            [longer.municipalityCode, longer.kind, "", longer.gymId, "", "", "", "", "", csv.number(longer.hoursPerWeek), "",
             String(longer.extraLessons), "", "", csv.number(longer.costEurPerYear)]
        case .newGym(let gym):
            [gym.municipalityCode, gym.kind, "", "", gym.siteId, gym.name, csv.number(gym.latitude, fractionDigits: 6),
             csv.number(gym.longitude, fractionDigits: 6),
             String(gym.halls), csv.number(gym.hoursPerWeek), String(gym.lessons), "", "", csv.number(gym.costEur),
             csv.number(gym.costEurPerYear)]
        }
    }

    /// The table: the municipalities with unmet lessons, changes or unqualified lessons, then (for one
    /// municipality, or a short plan) the changes, then the totals; within `width` characters a line.
    public static func table(_ document: InvestmentDocument, width: Int?) -> String {
        let shown = document.municipalities.filter {
            $0.unmetLessonsBefore > 0 || !$0.changes.isEmpty || $0.unqualifiedLessons > 0 || document.municipality != nil
        }
        var text = TextTable(
            headers: ["municipality", "unmet before", "unmet after", "changes", "EUR a year", "unqualified lessons", "course EUR"],
            rows: shown.map { entry in
                [entry.code, String(entry.unmetLessonsBefore), String(entry.unmetLessonsAfter), changeWords(entry.changes),
                 euros(entry.costEurPerYear), String(entry.unqualifiedLessons), euros(entry.qualificationCostEur)]
            },
            rightAligned: [1, 2, 4, 5, 6], wrapping: [3], droppable: [6, 5]).rendered(width: width)
        let changes = document.municipalities.flatMap(\.changes)
        if document.municipality != nil || changes.count <= 20, !changes.isEmpty {
            text += "\n\n" + TextTable(
                headers: ["change", "where", "lessons", "EUR a year"],
                rows: changes.map(changeRow), rightAligned: [2, 3], wrapping: [1]).rendered(width: width)
        }
        let summary = document.summary
        let lines = [
            "unmet lessons \(summary.unmetLessonsBefore) -> \(summary.unmetLessonsAfter): \(summary.extraLessons) extra lessons in longer "
                + "hours, \(summary.busLessons) lessons by bus, \(summary.newGyms) new gym\(summary.newGyms == 1 ? "" : "s") "
                + "(EUR \(euros(summary.oneOffEur)) one-off).",
            // With --municipality the cost is the municipality's share, the bound and the proof the whole plan's (section 7).
            "EUR \(euros(summary.costEurPerYear)) a year" + (document.municipality.map { " (\($0)'s changes); the whole plan's" } ?? ";")
                + " lower bound EUR \(euros(summary.costLowerBoundEurPerYear)); "
                + (summary.provenOptimal ? "proven optimal" : "not proven optimal")
                + " (\(summary.componentsProvenOptimal) of \(summary.components) components proven).",
            "qualified teacher: \(summary.unqualifiedLessons) unqualified lessons, \(summary.lessonsWithoutTeacher) of them without a "
                + "teacher; \(summary.teachersWithoutQualification) teachers without the qualification, leergang EUR "
                + "\(euros(summary.qualificationCostEur)).",
            "bus cost EUR \(euros(document.parameters.busCostEur)) a class a weekly lesson a year is an assumption: set --bus-cost-eur.",
        ]
        return text + "\n\n" + lines.map { TextTable.fitted($0, width: width) }.joined(separator: "\n")
    }

    private static func changeRow(_ change: InvestmentChange) -> [String] {
        switch change {
        case .bus(let bus):
            ["bus", "school \(bus.schoolId) to gym \(bus.gymId), \(bus.distanceM) m", String(bus.lessons), euros(bus.costEurPerYear)]
        case .longerHours(let longer):
            ["longer hours", "gym \(longer.gymId) to \(longer.hoursPerWeek.formatted(fractionDigits: 2)) h a hall",
             String(longer.extraLessons), euros(longer.costEurPerYear)]
        case .newGym(let gym):
            ["new gym", "\(gym.name) (site \(gym.siteId)), \(gym.halls) hall\(gym.halls == 1 ? "" : "s"), EUR \(euros(gym.costEur))",
             String(gym.lessons), euros(gym.costEurPerYear)]
        }
    }

    /// `2 bus, 1 longer hours, 1 new gym`, or `-`.
    static func changeWords(_ changes: [InvestmentChange]) -> String {
        let buses = changes.filter { $0.detail is InvestmentBus }.count
        let longer = changes.filter { $0.detail is InvestmentLongerHours }.count
        let gyms = changes.filter { $0.detail is InvestmentNewGym }.count
        let words = [(buses, "bus"), (longer, "longer hours"), (gyms, gyms == 1 ? "new gym" : "new gyms")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        return words.isEmpty ? "-" : words.joined(separator: ", ")
    }

    /// Whole euros with thousands separators for the table: `88,936`.
    static func euros(_ amount: Double) -> String {
        Language.en.number(Int(amount.rounded()))
    }
}
