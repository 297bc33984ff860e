import ArgumentParser
import GymPlan

/// `gymplan grants`: uptake of the lerarenbeurs bewegingsonderwijs per school year, or with
/// `--projection` what completing the course does to the qualified-teacher goal.
struct GrantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grants",
        abstract: "Grant uptake per school year against the budget, or the qualified-teacher projection.",
        discussion: """
            A school year runs from 1 August to 31 July and is held against the budget of the calendar year it ends in. \
            Regions are those of the teacher's main school. No teacher is ever identified in the output.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "First school year, YYYY-YYYY (default: the first with grants).") var from: SchoolYear?
    @Option(help: "Last school year, YYYY-YYYY (default: the last with grants).") var to: SchoolYear?
    @Option(help: "Break uptake down by municipality, board or province.") var by: GrantGrouping?
    @Option(help: "Output: table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var table: TableOptions
    @Flag(help: "Project the qualified-teacher goal if every teacher following the course completes it.")
    var projection = false
    @Option(help: "The school year of the projection, YYYY-YYYY.") var schoolYear: SchoolYear?
    @Option(help: "Day qualifications are judged on, YYYY-MM-DD (default: 1 October of the school year).")
    var referenceDate: String?
    @Option(help: "PE lessons one teacher gives a week, for the teachers needed.") var weeklyLessonsPerTeacher = 12
    @OptionGroup var budget: GrantBudgetOptions

    func validate() throws {
        if let from, let to, to < from { throw ValidationError("--to must not be before --from") }
        if by == .total { throw ValidationError("--by must be municipality, board or province") }
        if projection && schoolYear == nil { throw ValidationError("--projection needs --school-year YYYY-YYYY") }
        if !projection && schoolYear != nil { throw ValidationError("--school-year is only for --projection") }
        if projection && (from != nil || to != nil || (by ?? .municipality) != .municipality) {
            throw ValidationError("--projection is per municipality for one --school-year; --from, --to and --by are for uptake")
        }
        if let referenceDate, ISODate(parsing: referenceDate) == nil {
            throw ValidationError("--reference-date must be a date YYYY-MM-DD, not '\(referenceDate)'")
        }
        guard weeklyLessonsPerTeacher > 0 else { throw ValidationError("--weekly-lessons-per-teacher must be 1 or more") }
    }

    func run() throws {
        if projection, let schoolYear {
            let parameters = GrantProjection.Parameters(
                referenceDate: referenceDate ?? schoolYear.referenceDate, weeklyLessonsPerTeacher: weeklyLessonsPerTeacher)
            let report = GrantProjectionReport(try database.read { connection in
                // Classes, lessons and teachers of the year are what the projection is made of.
                StandardError.notes(
                    try DataCoverage.read(connection, year: schoolYear, parameters: PlanningParameters()).missingDataLines(obstacles: false))
                return try GrantProjection.read(connection, year: schoolYear, parameters: parameters)
            })
            try write(table: report.tableText(width: table.width), json: report.jsonText(), csv: report.csvText())
        } else {
            let grouping = by ?? .total
            let (rows, years) = try database.read { connection in
                (try GrantUptake.read(connection, from: from, to: to, by: grouping), try GrantUptake.yearsOnRecord(connection))
            }
            StandardError.notes([MissingYears.line("grants", from: from, to: to, onRecord: years)].compactMap { $0 })
            let report = GrantUptakeReport(grouping: grouping, rows: rows, budget: budget.budget())
            try write(table: report.tableText(width: table.width), json: report.jsonText(), csv: report.csvText())
        }
    }

    private func write(table: @autoclosure () -> String, json: @autoclosure () throws -> String, csv: @autoclosure () -> String) throws {
        switch format {
        case .table: try StandardOutput.write(table())
        case .json: try StandardOutput.write(try json())
        case .csv: try StandardOutput.write(csv(), endingLine: false)
        }
    }
}

extension GrantGrouping: ExpressibleByArgument {
    /// `total` is the default without `--by`, not a value to give.
    public static var allValueStrings: [String] { [municipality, board, province].map(\.rawValue) }
}

/// The grant budget regimes as options; without them, the policy's regimes.
struct GrantBudgetOptions: ParsableArguments {
    @Option(name: .customLong("budget"), help: ArgumentHelp(
        "A yearly budget for calendar years, YYYY=EUR or YYYY-YYYY=EUR (repeatable).", valueName: "years=eur"))
    var yearlyBudgets: [String] = []
    @Option(help: "Teachers the 2019-2020 regime must fund a year (default 750).") var budgetMinTeachers: Int?
    @Option(help: "Most a grant pays per teacher before costs, in euros (default 3500).") var budgetMaxPerTeacher: Double?
    @Option(help: "Share added for costs on top of that maximum (default 0.2).") var budgetCostShare: Double?

    func validate() throws {
        for text in yearlyBudgets where GrantBudget.parseYearlyBudget(text) == nil {
            throw ValidationError("--budget must be YYYY=EUR or YYYY-YYYY=EUR, not '\(text)'")
        }
        if let budgetMinTeachers, budgetMinTeachers < 0 { throw ValidationError("--budget-min-teachers must be 0 or more") }
        if let budgetMaxPerTeacher, budgetMaxPerTeacher < 0 { throw ValidationError("--budget-max-per-teacher must be 0 or more") }
        if let budgetCostShare, !(0...1).contains(budgetCostShare) { throw ValidationError("--budget-cost-share must be between 0 and 1") }
    }

    func budget() -> GrantBudget {
        var budget = GrantBudget.standard.settingTeacherRules(
            minimumTeachers: budgetMinTeachers, maximumPerTeacherEUR: budgetMaxPerTeacher, costShare: budgetCostShare)
        for (years, amount) in yearlyBudgets.compactMap(GrantBudget.parseYearlyBudget) {
            budget = budget.setting(years: years, budgetEUR: amount)
        }
        return budget
    }
}
