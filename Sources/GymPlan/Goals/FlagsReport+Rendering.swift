import Foundation

extension FlagsReport {
    /// For a terminal: a heading, the flagged schools with one reason a line, and the summary.
    public var table: String { table(width: nil) }

    /// The table within `width` characters a line: names cut with `…`, reasons wrapped (nil: whole).
    public func table(width: Int?) -> String {
        let goalText = filter.goal.map { "the \($0.rawValue) goal" } ?? "a goal"
        var text = "School year \(year): \(schools.count) of \(schoolsSelected) schools miss \(goalText) or have no data"
            + " (at least \(parameters.minLessons) lessons and \(parameters.minMinutes) minutes a week;"
            + " qualifications on \(parameters.referenceDate(for: year)))"
        text = TextTable.fitted(text, width: width) + "\n\n"
        var rows: [[String]] = []
        for school in schools {
            let reasons = school.reasons.isEmpty ? [""] : school.reasons
            for (index, reason) in reasons.enumerated() {
                rows.append(index == 0
                    ? [school.schoolId, school.name, school.municipalityCode,
                       Self.word(school.meetsLessonsGoal), Self.word(school.meetsQualifiedGoal), reason]
                    : ["", "", "", "", "", reason])
            }
        }
        text += TextTable(headers: ["school", "name", "municipality", "lessons goal", "qualified goal", "reasons"], rows: rows,
                          shrinkable: [1], wrapping: [5], droppable: [2]).rendered(width: width)
        text += "\n\nPer municipality\n\n" + summaryTable(width: width)
        return text
    }

    /// The per-municipality summary alone, for a terminal.
    public var summaryTable: String { summaryTable(width: nil) }

    /// The summary within `width` characters a line, names cut with `…`.
    public func summaryTable(width: Int?) -> String {
        let rows = municipalities.map { summary in
            [summary.code, summary.name] + [summary.schools, summary.schoolsMeetingLessonsGoal, summary.schoolsMeetingQualifiedGoal,
                                            summary.schoolsWithoutData, summary.schoolsFlagged].map(Language.en.number)
        }
        let headers = ["code", "municipality", "schools", "meet lessons", "meet qualified", "no data", "flagged"]
        return TextTable(headers: headers, rows: rows, rightAligned: [2, 3, 4, 5, 6], shrinkable: [1], droppable: [5]).rendered(width: width)
    }

    /// `yes`, `no`, or `no data`.
    static func word(_ value: Bool?) -> String {
        value.map { $0 ? "yes" : "no" } ?? "no data"
    }

    /// The whole report as JSON (snake_case keys, `null` for no data). No teacher ids.
    public func jsonText() throws -> String {
        try JSONOutput.text(FlagsDocument(report: self))
    }

    /// CSV of the flagged schools (reasons joined by ` | `), or with `summary` of the municipalities.
    public func csvText(summary: Bool = false, writer: CSVWriter = CSVWriter()) -> String {
        if summary {
            return writer.document(
                header: ["code", "name", "schools", "schools_meeting_lessons_goal", "schools_meeting_qualified_goal",
                         "schools_without_data", "schools_flagged"],
                rows: municipalities.map {
                    [$0.code, $0.name, String($0.schools), String($0.schoolsMeetingLessonsGoal),
                     String($0.schoolsMeetingQualifiedGoal), String($0.schoolsWithoutData), String($0.schoolsFlagged)]
                })
        }
        func flag(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }
        return writer.document(
            header: ["school_year", "school_id", "name", "municipality_code", "in_scope_classes", "meets_lessons_goal",
                     "meets_qualified_goal", "lessons", "lessons_by_qualified_teacher", "reasons"],
            rows: schools.map {
                [year.description, $0.schoolId, $0.name, $0.municipalityCode, String($0.inScopeClasses),
                 flag($0.meetsLessonsGoal), flag($0.meetsQualifiedGoal), String($0.lessons),
                 String($0.lessonsByQualifiedTeacher), $0.reasons.joined(separator: " | ")]
            })
    }
}

/// The JSON shape of `gymplan flags --format json`.
struct FlagsDocument: Encodable {
    let report: FlagsReport

    enum Keys: String, CodingKey {
        case schoolYear = "school_year", parameters, goal, schools, municipalities
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(report.year, forKey: .schoolYear)
        try container.encode(report.parameters, forKey: .parameters)
        try container.encode(report.filter.goal, forKey: .goal)
        try container.encode(report.schools, forKey: .schools)
        try container.encode(report.municipalities.map(MunicipalitySummaryJSON.init), forKey: .municipalities)
    }
}

/// A municipality summary in JSON.
struct MunicipalitySummaryJSON: Encodable {
    let code: String, name: String, schools: Int
    let schoolsMeetingLessonsGoal: Int, schoolsMeetingQualifiedGoal: Int, schoolsWithoutData: Int, schoolsFlagged: Int

    init(_ summary: FlagsReport.MunicipalitySummary) {
        code = summary.code
        name = summary.name
        schools = summary.schools
        schoolsMeetingLessonsGoal = summary.schoolsMeetingLessonsGoal
        schoolsMeetingQualifiedGoal = summary.schoolsMeetingQualifiedGoal
        schoolsWithoutData = summary.schoolsWithoutData
        schoolsFlagged = summary.schoolsFlagged
    }

    enum CodingKeys: String, CodingKey {
        case code, name, schools
        case schoolsMeetingLessonsGoal = "schools_meeting_lessons_goal"
        case schoolsMeetingQualifiedGoal = "schools_meeting_qualified_goal"
        case schoolsWithoutData = "schools_without_data", schoolsFlagged = "schools_flagged"
    }
}
