import Foundation

/// Renders capacity plans and what-if comparisons as a table, JSON or CSV.
public enum CapacityReport {
    /// The plan in `format`: per municipality (table, CSV) or the whole plan (JSON). In the table the
    /// municipalities of `withoutGymData` say "no gym data" rather than a distance obstacle.
    public static func render(_ plan: CapacityPlan, format: OutputFormat, withoutGymData: Set<String> = []) throws -> String {
        switch format {
        case .json:
            return try json(plan)
        case .csv:
            let header = ["code", "demand_lessons", "supply_lessons", "unmet_lessons", "schools_with_distance_obstacle",
                          "obstacles", "shortage_hall_hours"]
            return CSVWriter().document(header: header, rows: plan.municipalities.map(cells))
        case .table:
            var text = TextTable(
                headers: ["municipality", "demand", "supply", "unmet", "distance-obstacle schools", "obstacles", "shortage hall hours"],
                rows: plan.municipalities.map { tableCells($0, hasGymData: !withoutGymData.contains($0.code)) },
                rightAligned: [1, 2, 3, 4, 6]).rendered
            text += "\n\n\(plan.demandLessons) lessons needed, \(plan.placedLessons) placed, \(plan.unmetLessons) unmet; "
                + "total distance \(plan.totalCost) lesson-metres."
            for group in plan.competingGroups {
                text += "\ncompeting: schools \(group.schoolIds.joined(separator: ", ")) for gyms \(group.gymIds.joined(separator: ", ")): "
                    + "\(group.unmetLessons) unmet; \(group.extraSlots) more slot\(group.extraSlots == 1 ? "" : "s") (\(group.extraHallHours.formatted(fractionDigits: 2)) hall hours) would place them."
            }
            return text
        }
    }

    /// The comparison in `format`: the municipalities whose figures differ.
    public static func render(_ comparison: CapacityComparison, format: OutputFormat) throws -> String {
        let header = ["code", "base_supply", "scenario_supply", "base_unmet", "scenario_unmet",
                      "base_distance_obstacle_schools", "scenario_distance_obstacle_schools", "base_obstacles", "scenario_obstacles"]
        let rows = comparison.municipalities.map { difference in
            [difference.code, String(difference.base.supplyLessons), String(difference.scenario.supplyLessons),
             String(difference.base.unmetLessons), String(difference.scenario.unmetLessons),
             String(difference.base.schoolsWithDistanceObstacle), String(difference.scenario.schoolsWithDistanceObstacle),
             Obstacle.words(difference.base.obstacles), Obstacle.words(difference.scenario.obstacles)]
        }
        switch format {
        case .json:
            return try json(comparison)
        case .csv:
            return CSVWriter().document(header: header, rows: rows)
        case .table:
            let base = MunicipalityDifference.Side(comparison.base)
            let scenario = MunicipalityDifference.Side(comparison.scenario)
            return TextTable(headers: header, rows: rows, rightAligned: Set(1...6)).rendered
                + "\n\nwhat-if \(comparison.scenario.whatIf.map(\.description).joined(separator: " ")), nationally: unmet lessons "
                + "\(base.unmetLessons) -> \(scenario.unmetLessons), schools with a distance obstacle "
                + "\(base.schoolsWithDistanceObstacle) -> \(scenario.schoolsWithDistanceObstacle)."
        }
    }

    static func cells(_ municipality: MunicipalityCapacity) -> [String] {
        [municipality.code, String(municipality.demandLessons), String(municipality.supplyLessons), String(municipality.unmetLessons),
         String(municipality.schoolsWithDistanceObstacle), Obstacle.words(municipality.obstacles),
         municipality.shortageHallHours.formatted(fractionDigits: 2)]
    }

    /// The table's cells: without gym data, no distance obstacle is judged.
    static func tableCells(_ municipality: MunicipalityCapacity, hasGymData: Bool) -> [String] {
        var row = cells(municipality)
        if !hasGymData {
            row[4] = "-"
            row[5] = "no gym data"
        }
        return row
    }

    static func json(_ value: some Encodable) throws -> String {
        try JSONOutput.text(value, snakeCaseKeys: true)
    }
}
