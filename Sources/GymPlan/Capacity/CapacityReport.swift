import Foundation

/// Renders capacity plans and what-if comparisons as a table, JSON or CSV.
public enum CapacityReport {
    /// The plan in `format`: per municipality (table, CSV) or the whole plan (JSON). Tables fit `width`
    /// characters a line where they can (nil: every cell whole); in the table the municipalities of
    /// `withoutGymData` say "no gym data" rather than a distance obstacle.
    public static func render(
        _ plan: CapacityPlan, format: OutputFormat, width: Int? = nil, withoutGymData: Set<String> = []
    ) throws -> String {
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
                // Least important first where the table does not fit: the obstacles name distance already.
                rightAligned: [1, 2, 3, 4, 6], wrapping: [5], droppable: [4, 6, 2]).rendered(width: width)
            let n = Language.en.number
            text += "\n\n" + TextTable.fitted("\(n(plan.demandLessons)) lessons needed, \(n(plan.placedLessons)) placed, \(n(plan.unmetLessons)) unmet; "
                + "total distance \(n(Int(plan.totalCost))) lesson-metres.", width: width)
            for group in plan.competingGroups {
                let line = "competing: schools \(group.schoolIds.joined(separator: ", ")) for gyms \(group.gymIds.joined(separator: ", ")): "
                    + "\(n(group.unmetLessons)) unmet; \(n(group.extraSlots)) more slot\(group.extraSlots == 1 ? "" : "s") "
                    + "(\(Language.en.decimal(group.extraHallHours, fractionDigits: 2)) hall hours) would place them."
                text += "\n" + TextTable.fitted(line, width: width)
            }
            return text
        }
    }

    /// The comparison in `format`: the municipalities whose figures differ.
    public static func render(_ comparison: CapacityComparison, format: OutputFormat, width: Int? = nil) throws -> String {
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
            // One column per figure, base -> what-if, headers in words.
            let n = Language.en.number
            let pairs = comparison.municipalities.map { difference in
                [difference.code, "\(n(difference.base.supplyLessons)) -> \(n(difference.scenario.supplyLessons))",
                 "\(n(difference.base.unmetLessons)) -> \(n(difference.scenario.unmetLessons))",
                 "\(n(difference.base.schoolsWithDistanceObstacle)) -> \(n(difference.scenario.schoolsWithDistanceObstacle))",
                 Self.words(difference.base.obstacles) + " -> " + Self.words(difference.scenario.obstacles)]
            }
            let words = ["municipality", "supply (base -> what-if)", "unmet (base -> what-if)",
                         "distance-obstacle schools (base -> what-if)", "obstacles (base -> what-if)"]
            return TextTable(headers: words, rows: pairs, rightAligned: [1, 2, 3], wrapping: [4], droppable: [3, 1]).rendered(width: width)
                + "\n\n" + TextTable.fitted("what-if \(comparison.scenario.whatIf.map(\.description).joined(separator: " ")), nationally: unmet lessons "
                + "\(n(base.unmetLessons)) -> \(n(scenario.unmetLessons)), schools with a distance obstacle "
                + "\(n(base.schoolsWithDistanceObstacle)) -> \(n(scenario.schoolsWithDistanceObstacle)).", width: width)
        }
    }

    /// Obstacles for a table: `capacity distance`, or `none`.
    static func words(_ obstacles: [Obstacle]) -> String {
        obstacles.isEmpty ? "none" : Obstacle.words(obstacles)
    }

    static func cells(_ municipality: MunicipalityCapacity) -> [String] {
        [municipality.code, String(municipality.demandLessons), String(municipality.supplyLessons), String(municipality.unmetLessons),
         String(municipality.schoolsWithDistanceObstacle), Obstacle.words(municipality.obstacles),
         municipality.shortageHallHours.formatted(fractionDigits: 2)]
    }

    /// The table's cells, numbers with thousands separators: without gym data, no distance obstacle is judged.
    static func tableCells(_ municipality: MunicipalityCapacity, hasGymData: Bool) -> [String] {
        let english = Language.en
        var row = [municipality.code, english.number(municipality.demandLessons), english.number(municipality.supplyLessons),
                   english.number(municipality.unmetLessons), english.number(municipality.schoolsWithDistanceObstacle),
                   Obstacle.words(municipality.obstacles), english.decimal(municipality.shortageHallHours, fractionDigits: 2)]
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
