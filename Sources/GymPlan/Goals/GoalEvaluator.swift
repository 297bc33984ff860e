import PostgresClient

/// A school's goal status with the findings behind its reasons.
public struct SchoolGoalEvaluation: Sendable {
    /// Whether the school meets each goal, with all its reasons.
    public var status: SchoolGoalStatus
    /// What makes its in-scope classes miss a goal, class by class.
    public var findings: [GoalFinding]

    /// The reasons that concern `goal` only (for a school without data, the no-data reason).
    public func reasons(for goal: Goal, year: SchoolYear, referenceDate: String, language: Language = .en) -> [String] {
        if status.hasNoData { return [GoalReasons.noData(year, language: language)] }
        return findings.filter { $0.goals.contains(goal) }.map { GoalReasons.text($0, referenceDate: referenceDate, language: language) }
    }
}

/// Judges every school on the two goals of the data contract (section 3). The rules run
/// set-based in SQL (`SQL/0002_goals.sql`); Swift only puts the findings into words.
public enum GoalEvaluator {
    /// Every school, sorted by school_id, with whether it meets each goal in `year` and why not.
    public static func schoolStatuses(
        _ connection: Connection, year: SchoolYear, parameters: PlanningParameters, language: Language = .en
    ) throws -> [SchoolGoalStatus] {
        try evaluations(connection, year: year, parameters: parameters, language: language).map(\.status)
    }

    /// Every school, sorted by school_id, with its status and the findings behind its reasons.
    public static func evaluations(
        _ connection: Connection, year: SchoolYear, parameters: PlanningParameters, language: Language = .en
    ) throws -> [SchoolGoalEvaluation] {
        let referenceDate = parameters.referenceDate(for: year)
        try PlannerStatistics.ensure(connection)
        // One pass over the lessons: a row per school and per finding, `is_school` tells which; the
        // school's columns and the finding's (a name in both is the same column of goal_report),
        // and the finding's rank within its class.
        let result = try connection.query("""
            SELECT kind = 'school' AS is_school, \(SchoolGoalStatus.columns), \(GoalFinding.columns), rank
            FROM goal_report($1, $2, $3, $4::date) WHERE kind <> 'class'
            """, [year.description, parameters.minLessons, parameters.minMinutes, referenceDate])
        var evaluations: [SchoolGoalEvaluation] = []
        var findings: [String: [(rank: Int, finding: GoalFinding)]] = [:]
        for row in result.rows {
            if try row.decode("is_school", as: Bool.self) {
                evaluations.append(SchoolGoalEvaluation(status: try SchoolGoalStatus(row: row), findings: []))
            } else {
                let finding = try GoalFinding(row: row)
                findings[finding.schoolId, default: []].append((try row.decode("rank"), finding))
            }
        }
        // Sorting here rather than in SQL saves the server a sort of every row; byte order, as
        // COLLATE "C" would give.
        func precedes(_ left: String, _ right: String) -> Bool { left.utf8.lexicographicallyPrecedes(right.utf8) }
        evaluations.sort { precedes($0.status.schoolId, $1.status.schoolId) }
        for index in evaluations.indices {
            guard let own = findings[evaluations[index].status.schoolId] else { continue }
            evaluations[index].findings = own.sorted {
                $0.finding.classId == $1.finding.classId ? $0.rank < $1.rank : precedes($0.finding.classId, $1.finding.classId)
            }.map(\.finding)
        }
        for index in evaluations.indices {
            let evaluation = evaluations[index]
            evaluations[index].status.reasons = evaluation.status.hasNoData
                ? [GoalReasons.noData(year, language: language)]
                : evaluation.findings.map { GoalReasons.text($0, referenceDate: referenceDate, language: language) }
        }
        return evaluations
    }
}
