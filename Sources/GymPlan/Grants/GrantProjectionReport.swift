import Foundation

/// A grants projection written as tables, JSON or CSV (one row per municipality).
public struct GrantProjectionReport: Sendable {
    /// The projection written out.
    public var projection: GrantProjection

    /// A report of `projection`.
    public init(_ projection: GrantProjection) {
        self.projection = projection
    }

    /// Schools that do not meet the qualified goal now but would once the course is completed.
    public var schoolsMeetingGoalAfterCourse: [GrantSchoolProjection] {
        projection.schools.filter { $0.meetsGoalProjected && !$0.meetsGoalNow }
    }

    /// The whole projection with snake_case keys, sorted.
    public func jsonText() throws -> String {
        struct Document: Encodable {
            var schoolYear: SchoolYear
            var referenceDate: String
            var weeklyLessonsPerTeacher: Int
            var municipalities: [GrantMunicipalityProjection]
            var schools: [GrantSchoolProjection]
        }
        let document = Document(
            schoolYear: projection.schoolYear, referenceDate: projection.parameters.referenceDate,
            weeklyLessonsPerTeacher: projection.parameters.weeklyLessonsPerTeacher,
            municipalities: projection.municipalities, schools: projection.schools)
        return try JSONOutput.text(document, snakeCaseKeys: true)
    }

    private let headers = [
        "municipality", "name", "schools", "schools_with_data", "lessons", "qualified_share_now",
        "qualified_share_projected", "schools_meeting_goal_now", "schools_meeting_goal_projected",
        "teachers_needed_now", "teachers_needed_projected",
    ]

    private func cells(_ row: GrantMunicipalityProjection, number: (Double) -> String) -> [String] {
        [row.code, row.name, String(row.schools), String(row.schoolsWithData), String(row.lessons),
         row.qualifiedShareNow.map(number) ?? "", row.qualifiedShareProjected.map(number) ?? "",
         String(row.schoolsMeetingGoalNow), String(row.schoolsMeetingGoalProjected),
         String(row.teachersNeededNow), String(row.teachersNeededProjected)]
    }

    /// RFC 4180 CSV, one row per municipality.
    public func csvText(writer: CSVWriter = CSVWriter()) -> String {
        writer.document(header: headers, rows: projection.municipalities.map { cells($0, number: { writer.number($0, fractionDigits: 3) }) })
    }

    /// A table per municipality, then the schools the completed course would bring to the goal.
    public var tableText: String { tableText(width: nil) }

    /// The table within `width` characters a line: headers in words, shares as percentages, names
    /// cut with `…` (nil: whole). CSV and JSON keep the fractions and snake_case.
    public func tableText(width: Int?) -> String {
        let words = ["municipality", "name", "schools", "schools with data", "lessons", "qualified share now",
                     "qualified share projected", "schools meeting goal now", "schools meeting goal projected",
                     "teachers needed now", "teachers needed projected"]
        let table = TextTable(
            headers: words, rows: projection.municipalities.map { cells($0, number: { TextTable.percent($0) }) },
            rightAligned: Set(2..<words.count), shrinkable: [1], droppable: [3, 4, 9, 10, 2]
        ).rendered(width: width)
        let schools = schoolsMeetingGoalAfterCourse
        let list = schools.isEmpty
            ? "No school would newly meet the qualified goal."
            : TextTable.fitted("Schools that would meet the qualified goal once the course is completed:", width: width) + "\n"
                + schools.map { "  \($0.schoolId) (\($0.municipalityCode))" }.joined(separator: "\n")
        let heading = "School year \(projection.schoolYear), qualifications on \(projection.parameters.referenceDate), "
            + "\(projection.parameters.weeklyLessonsPerTeacher) PE lessons a week per teacher."
        return TextTable.fitted(heading, width: width) + "\n\n" + table + "\n\n" + list
    }
}
