import Foundation

/// Grant uptake rows held against the year's budget, written as a table, JSON or CSV.
public struct GrantUptakeReport: Sendable {
    /// The regions the rows are broken down by.
    public var grouping: GrantGrouping
    /// The uptake rows, by year and region.
    public var rows: [GrantUptake]
    /// The budgets the amounts are held against.
    public var budget: GrantBudget

    /// A report of `rows` against `budget`.
    public init(grouping: GrantGrouping, rows: [GrantUptake], budget: GrantBudget) {
        self.grouping = grouping
        self.rows = rows
        self.budget = budget
    }

    /// One row as written out, every key, `null` where a figure is unknown; no teacher ids exist at this level.
    struct Line: Codable, Equatable {
        var schoolYear: String
        @ExplicitNull var region: String?
        var applications, awards, rejections, withdrawals, completions: Int
        var status: GrantStatusCounts
        var amountRequestedEur, amountGrantedEur: Double
        @ExplicitNull var budgetEur: Double?
        @ExplicitNull var budgetUsed: Double?
        @ExplicitNull var minimumTeachers: Int?
        @ExplicitNull var completionRate: Double?
        @ExplicitNull var medianDaysAwardToCompletion: Double?
    }

    var lines: [Line] {
        rows.map { row in
            let regime = budget.regime(for: row.schoolYear)
            return Line(
                schoolYear: row.schoolYear.description, region: row.region,
                applications: row.applications, awards: row.awards, rejections: row.counts.rejected,
                withdrawals: row.counts.withdrawn, completions: row.counts.completed, status: row.counts,
                amountRequestedEur: row.amountRequestedEUR, amountGrantedEur: row.amountGrantedEUR,
                budgetEur: regime?.budgetEUR,
                budgetUsed: regime.flatMap { $0.budgetEUR > 0 ? row.amountGrantedEUR / $0.budgetEUR : nil },
                minimumTeachers: regime?.minimumTeachers,
                completionRate: row.completionRate, medianDaysAwardToCompletion: row.medianDaysAwardToCompletion)
        }
    }

    /// The rows as `{"grouping": ..., "rows": [...]}` with snake_case keys, sorted.
    public func jsonText() throws -> String {
        struct Document: Codable { var grouping: GrantGrouping; var rows: [Line] }
        return try JSONOutput.text(Document(grouping: grouping, rows: lines), snakeCaseKeys: true)
    }

    private var headers: [String] {
        ["school_year"] + (grouping == .total ? [] : [grouping.rawValue])
            + ["applications", "awards", "rejections", "withdrawals", "completions", "open",
               "amount_requested_eur", "amount_granted_eur", "budget_eur", "budget_used",
               "completion_rate", "median_days_award_to_completion"]
    }

    private func cells(_ line: Line, number: (Double, Int) -> String) -> [String] {
        func optional(_ value: Double?, _ digits: Int) -> String { value.map { number($0, digits) } ?? "" }
        return [line.schoolYear] + (grouping == .total ? [] : [line.region ?? "(unknown)"])
            + [line.applications, line.awards, line.rejections, line.withdrawals, line.completions, line.status.applied].map(String.init)
            + [number(line.amountRequestedEur, 2), number(line.amountGrantedEur, 2), optional(line.budgetEur, 2),
               optional(line.budgetUsed, 3), optional(line.completionRate, 3), optional(line.medianDaysAwardToCompletion, 1)]
    }

    /// RFC 4180 CSV with a header row.
    public func csvText(writer: CSVWriter = CSVWriter()) -> String {
        writer.document(header: headers, rows: lines.map { cells($0, number: { writer.number($0, fractionDigits: $1) }) })
    }

    /// An aligned table for the terminal.
    public var tableText: String { tableText(width: nil) }

    /// The table within `width` characters a line: headers in words, shares as percentages, the
    /// region's name cut with `…` (nil: whole). CSV and JSON keep the fractions and snake_case.
    public func tableText(width: Int?) -> String {
        let offset = grouping == .total ? 1 : 2
        let words = ["school year"] + (grouping == .total ? [] : [grouping.rawValue])
            + ["applied", "awarded", "rejected", "withdrawn", "completed", "open",
               "requested EUR", "granted EUR", "budget EUR", "budget used", "completion rate", "median days to completion"]
        let rows = lines.map { line in
            var cells = cells(line, number: { $0.formatted(fractionDigits: $1) })
            // budget_used and completion_rate, the shares, as percentages.
            for column in [offset + 9, offset + 10] {
                let share = column == offset + 9 ? line.budgetUsed : line.completionRate
                cells[column] = share == nil ? "" : TextTable.percent(share)
            }
            return cells
        }
        return TextTable(headers: words, rows: rows, rightAligned: Set(offset..<words.count),
                         shrinkable: grouping == .total ? [] : [1],
                         droppable: [offset + 5, offset + 3, offset + 2, offset + 11, offset + 6, offset + 8, offset + 4, offset + 1]).rendered(width: width)
    }
}
