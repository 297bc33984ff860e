import Foundation

extension TrendReport {
    /// For a terminal: one line per school year (and group), shares in per cent.
    public var table: String { table(width: nil) }

    /// The table within `width` characters a line, the group's name cut with `…` (nil: whole).
    public func table(width: Int?) -> String {
        var headers = ["school year"]
        if grouping != .national { headers += [grouping.rawValue] }
        headers += ["schools", "with data", "meet lessons", "meet qualified", "qualified lessons"]
        let tableRows = rows.map { row -> [String] in
            var cells = [row.year.description]
            if grouping != .national { cells.append(grouping == .municipality ? "\(row.code) \(row.name)" : row.name) }
            cells += [Language.en.number(row.schools), Language.en.number(row.schoolsWithData), Self.percent(row.shareMeetingLessonsGoal),
                      Self.percent(row.shareMeetingQualifiedGoal), Self.percent(row.shareLessonsByQualifiedTeacher)]
            return cells
        }
        let first = grouping == .national ? 1 : 2
        let heading = "Share of schools with data meeting each goal (at least \(minLessons) lessons and \(minMinutes) minutes a week;"
            + " qualifications on 1 October of each year), and of lessons by qualified teachers"
        return TextTable.fitted(heading, width: width) + "\n\n"
            + TextTable(headers: headers, rows: tableRows, rightAligned: Set(first..<headers.count),
                        shrinkable: grouping == .national ? [] : [1], droppable: [first + 1, first]).rendered(width: width)
    }

    /// `42.5%`, or `-` without data.
    static func percent(_ share: Double?) -> String { TextTable.percent(share) }

    /// The rows as JSON, shares as fractions rounded to 4 digits (`null` without data).
    public func jsonText() throws -> String {
        try JSONOutput.text(TrendDocument(report: self))
    }

    /// The rows as CSV, shares as fractions.
    public func csvText(writer: CSVWriter = CSVWriter()) -> String {
        func share(_ value: Double?) -> String { value.map { writer.number($0, fractionDigits: 4) } ?? "" }
        return writer.document(
            header: TrendRowJSON.CodingKeys.allCases.map(\.rawValue),
            rows: rows.map { row in
                [row.year.description, row.code, row.name, String(row.schools), String(row.schoolsWithData),
                 String(row.schoolsMeetingLessonsGoal), share(row.shareMeetingLessonsGoal),
                 String(row.schoolsMeetingQualifiedGoal), share(row.shareMeetingQualifiedGoal),
                 String(row.lessons), String(row.lessonsByQualifiedTeacher), share(row.shareLessonsByQualifiedTeacher)]
            })
    }
}

/// The JSON shape of `gymplan trend --format json`.
struct TrendDocument: Encodable {
    let report: TrendReport

    enum CodingKeys: String, CodingKey { case by, minLessons = "min_lessons", minMinutes = "min_minutes", rows }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(report.grouping.rawValue, forKey: .by)
        try container.encode(report.minLessons, forKey: .minLessons)
        try container.encode(report.minMinutes, forKey: .minMinutes)
        try container.encode(report.rows.map(TrendRowJSON.init), forKey: .rows)
    }
}

/// One trend row in JSON.
struct TrendRowJSON: Encodable {
    let row: TrendReport.Row

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schoolYear = "school_year", code, name, schools, schoolsWithData = "schools_with_data"
        case schoolsMeetingLessonsGoal = "schools_meeting_lessons_goal", shareMeetingLessonsGoal = "share_meeting_lessons_goal"
        case schoolsMeetingQualifiedGoal = "schools_meeting_qualified_goal"
        case shareMeetingQualifiedGoal = "share_meeting_qualified_goal"
        case lessons, lessonsByQualifiedTeacher = "lessons_by_qualified_teacher"
        case shareLessonsByQualifiedTeacher = "share_lessons_by_qualified_teacher"
    }

    func encode(to encoder: any Encoder) throws {
        func rounded(_ value: Double?) -> Double? { value.map { ($0 * 10_000).rounded() / 10_000 } }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(row.year, forKey: .schoolYear)
        try container.encode(row.code, forKey: .code)
        try container.encode(row.name, forKey: .name)
        try container.encode(row.schools, forKey: .schools)
        try container.encode(row.schoolsWithData, forKey: .schoolsWithData)
        try container.encode(row.schoolsMeetingLessonsGoal, forKey: .schoolsMeetingLessonsGoal)
        try container.encode(rounded(row.shareMeetingLessonsGoal), forKey: .shareMeetingLessonsGoal)
        try container.encode(row.schoolsMeetingQualifiedGoal, forKey: .schoolsMeetingQualifiedGoal)
        try container.encode(rounded(row.shareMeetingQualifiedGoal), forKey: .shareMeetingQualifiedGoal)
        try container.encode(row.lessons, forKey: .lessons)
        try container.encode(row.lessonsByQualifiedTeacher, forKey: .lessonsByQualifiedTeacher)
        try container.encode(rounded(row.shareLessonsByQualifiedTeacher), forKey: .shareLessonsByQualifiedTeacher)
    }
}
