/// The export as two spreadsheet tables, `schools.csv` and `municipalities.csv`: RFC 4180 with
/// `,` and decimal points, or with `dutch` the `;` and decimal commas of Dutch spreadsheets.
/// Booleans are `true`/`false`; an unknown value is an empty cell. A Dutch table starts with a
/// byte-order mark: without it Excel reads UTF-8 as Windows-1252 ("FryslÃ¢n"). With `language` nl the
/// column names and booleans are Dutch (`ExportCSV+Dutch.swift`).
public struct ExportCSV: Sendable {
    /// U+FEFF, written first in Dutch tables.
    public static let byteOrderMark = CSVWriter.byteOrderMark

    public let writer: CSVWriter
    /// The language of the column names and booleans.
    public let language: Language

    public init(dutch: Bool = false, language: Language = .en) {
        writer = CSVWriter(dutch: dutch)
        self.language = language
    }

    /// File name and content of each table.
    public func files(_ export: MinistryExport) -> [(name: String, content: String)] {
        [("municipalities.csv", municipalities(export)), ("schools.csv", schools(export))]
    }

    /// One row per school, sorted by school_id.
    public func schools(_ export: MinistryExport) -> String {
        let header = [
            "school_id", "name", "municipality_code", "in_scope_classes", "meets_lessons_goal", "meets_qualified_goal",
            "distance_obstacle", "capacity_obstacle", "nearest_gym_m", "nearest_gym_estimated", "demand_lessons",
            "unmet_lessons", "lessons", "lessons_by_qualified_teacher", "latitude", "longitude", "location_source", "reasons",
        ]
        let rows = export.schools.map(row)
        return document(header: header, rows: rows)
    }

    /// One row per municipality with schools, sorted by code.
    public func municipalities(_ export: MinistryExport) -> String {
        let header = [
            "code", "name", "province", "schools", "schools_meeting_lessons_goal", "schools_meeting_qualified_goal",
            "schools_without_data", "obstacles", "demand_lessons", "supply_lessons", "unmet_lessons",
            "shortage_hall_hours", "schools_with_distance_obstacle", "schools_with_capacity_obstacle",
            "lessons", "lessons_by_qualified_teacher", "qualified_lesson_share",
            "grants_applied", "grants_awarded", "grants_rejected", "grants_withdrawn", "grants_completed",
            // Last, so the columns before it keep their places: false where distance and capacity
            // cannot be judged (no gym on record), although the obstacle columns follow section 5 there too.
            "gym_data",
        ]
        let rows = export.municipalities.map(row)
        return document(header: header, rows: rows)
    }

    private func document(header: [String], rows: [[String]]) -> String {
        writer.document(header: localised(header), rows: rows)
    }

    private func row(_ school: MinistryExport.School) -> [String] {
        var fields: [String] = [school.schoolId, school.name, school.municipalityCode, String(school.inScopeClasses)]
        fields += [flag(school.meetsLessonsGoal), flag(school.meetsQualifiedGoal)]
        fields += [flag(school.distanceObstacle), flag(school.capacityObstacle)]
        fields += [school.nearestGymM.map(String.init) ?? "", flag(school.nearestGymEstimated)]
        fields += [String(school.demandLessons), String(school.unmetLessons), String(school.lessons)]
        fields.append(String(school.lessonsByQualifiedTeacher))
        fields.append(school.latitude.map { writer.number($0, fractionDigits: 6) } ?? "")
        fields.append(school.longitude.map { writer.number($0, fractionDigits: 6) } ?? "")
        fields += [school.locationSource.map(word) ?? "", school.reasons.joined(separator: " | ")]
        return fields
    }

    private func row(_ municipality: MinistryExport.Municipality) -> [String] {
        let capacity = municipality.capacity, grants = municipality.grants
        var fields: [String] = [municipality.code, municipality.name, municipality.province ?? "", String(municipality.schools)]
        fields += [String(municipality.schoolsMeetingLessonsGoal), String(municipality.schoolsMeetingQualifiedGoal)]
        fields += [String(municipality.schoolsWithoutData), municipality.obstacles.map(word).joined(separator: " ")]
        fields += [String(capacity.demandLessons), String(capacity.supplyLessons), String(capacity.unmetLessons)]
        fields.append(writer.number(capacity.shortageHallHours))
        fields += [String(municipality.schoolsWithDistanceObstacle), String(municipality.schoolsWithCapacityObstacle)]
        fields += [String(municipality.lessons), String(municipality.lessonsByQualifiedTeacher)]
        fields.append(municipality.qualifiedLessonShare.map { writer.number($0, fractionDigits: 4) } ?? "")
        fields += [String(grants.applied), String(grants.awarded), String(grants.rejected)]
        fields += [String(grants.withdrawn), String(grants.completed)]
        fields.append(flag(municipality.data.hasGymData))
        return fields
    }
}
