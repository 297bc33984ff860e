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

    /// The table within `width` characters a line: headers in words, shares as percentages, amounts
    /// with thousands separators, the region's name cut with `…` (nil: whole). Broken down by
    /// region, the national budget is not a figure of each row: a line per year under the table
    /// holds it against the year's national total. CSV and JSON keep the fractions and snake_case.
    public func tableText(width: Int?) -> String {
        let national = grouping == .total
        let english = Language.en
        func amount(_ value: Double?) -> String { value.map { english.decimal($0, fractionDigits: 2) } ?? "" }
        func share(_ value: Double?) -> String { value == nil ? "" : TextTable.percent(value) }
        var columns: [(header: String, cell: (Line) -> String)] = [
            ("applied", { english.number($0.applications) }), ("awarded", { english.number($0.awards) }),
            ("rejected", { english.number($0.rejections) }), ("withdrawn", { english.number($0.withdrawals) }),
            ("completed", { english.number($0.completions) }), ("open", { english.number($0.status.applied) }),
            ("requested EUR", { amount($0.amountRequestedEur) }), ("granted EUR", { amount($0.amountGrantedEur) }),
        ]
        if national {
            columns += [("budget EUR", { amount($0.budgetEur) }), ("budget used", { share($0.budgetUsed) })]
        }
        columns += [
            ("completion rate", { share($0.completionRate) }),
            ("median days to completion", { line in line.medianDaysAwardToCompletion.map { english.decimal($0, fractionDigits: 1) } ?? "" }),
        ]
        let leading = ["school year"] + (national ? [] : [grouping.rawValue])
        let words = leading + columns.map(\.header)
        let rows = lines.map { line in
            [line.schoolYear] + (national ? [] : [line.region ?? "(unknown)"]) + columns.map { $0.cell(line) }
        }
        let leastImportantFirst = ["open", "withdrawn", "rejected", "median days to completion", "requested EUR", "budget EUR",
                                   "completed", "awarded", "completion rate"]
        let table = TextTable(headers: words, rows: rows, rightAligned: Set(leading.count..<words.count),
                              shrinkable: national ? [] : [1],
                              droppable: leastImportantFirst.compactMap { words.firstIndex(of: $0) }).rendered(width: width)
        guard !national, !budgetLines.isEmpty else { return table }
        let notes = budgetLines.flatMap { line in width.map { TextTable.wrap(line, to: $0 - 2).enumerated().map { $0 == 0 ? $1 : "  " + $1 } } ?? [line] }
        return table + "\n\n" + notes.joined(separator: "\n")
    }

    /// Per year of a breakdown by region, the national total against the year's budget:
    /// `2021-2022: EUR 20,523.15 granted nationally of the budget of EUR 3,150,000.00 (0.7% used)`.
    var budgetLines: [String] {
        let english = Language.en
        let years = Set(rows.map(\.schoolYear)).sorted()
        return years.map { year in
            let granted = rows.filter { $0.schoolYear == year }.reduce(0) { $0 + $1.amountGrantedEUR }
            var text = "\(year): EUR \(english.decimal(granted, fractionDigits: 2)) granted nationally"
            if let regime = budget.regime(for: year) {
                text += " of the budget of EUR \(english.decimal(regime.budgetEUR, fractionDigits: 2))"
                if regime.budgetEUR > 0 { text += " (\(TextTable.percent(granted / regime.budgetEUR)) used)" }
            } else {
                text += "; no budget on record for the year"
            }
            return text
        }
    }
}
