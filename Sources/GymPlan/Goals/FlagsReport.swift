import PostgresClient

/// `gymplan flags`: the schools that miss a goal in a school year (or have no data), each with its
/// reasons, and a summary per municipality of all schools the filter selects.
public struct FlagsReport: Sendable {
    /// Which schools and which goal to look at; nil means all.
    public struct Filter: Sendable, Equatable {
        /// Only this municipality's schools (`GM0363`).
        public var municipalityCode: String?
        /// Only this school.
        public var schoolId: String?
        /// Only schools missing this goal, and only its reasons.
        public var goal: Goal?

        /// Normalises the codes as the importer stores them.
        public init(municipalityCode: String? = nil, schoolId: String? = nil, goal: Goal? = nil) {
            self.municipalityCode = municipalityCode.map(Self.municipalityCode(_:))
            self.schoolId = schoolId?.uppercased()
            self.goal = goal
        }

        /// `363`, `0363`, `gm0363` become `GM0363`, as the importer stores codes.
        static func municipalityCode(_ text: String) -> String {
            let upper = text.uppercased()
            let digits = upper.hasPrefix("GM") ? String(upper.dropFirst(2)) : upper
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isNumber) else { return upper }
            return "GM" + String(repeating: "0", count: 4 - digits.count) + digits
        }

        func selects(_ status: SchoolGoalStatus) -> Bool {
            (municipalityCode == nil || status.municipalityCode == municipalityCode)
                && (schoolId == nil || status.schoolId == schoolId)
        }

        /// Misses the goal (or either goal), or has no data.
        func flags(_ status: SchoolGoalStatus) -> Bool {
            if let goal { return status.meets(goal) != true }
            return status.meetsLessonsGoal != true || status.meetsQualifiedGoal != true
        }
    }

    /// Counts over the selected schools of one municipality.
    public struct MunicipalitySummary: Sendable, Equatable {
        /// The municipality's code and name.
        public var code: String
        public var name: String
        /// Selected schools, and of those: meeting each goal, without data, flagged.
        public var schools = 0
        public var schoolsMeetingLessonsGoal = 0
        public var schoolsMeetingQualifiedGoal = 0
        public var schoolsWithoutData = 0
        public var schoolsFlagged = 0
    }

    /// The school year judged.
    public var year: SchoolYear
    /// The parameters used, with the reference date filled in.
    public var parameters: PlanningParameters
    /// The selection the report was built with.
    public var filter: Filter
    /// The flagged schools by school_id; with a goal filter, only the reasons for that goal.
    public var schools: [SchoolGoalStatus]
    /// One entry per municipality with selected schools, by code.
    public var municipalities: [MunicipalitySummary]
    /// The gyms and schools with hours of their own, when the timetable check behind the reasons
    /// looked at any windows (the others had the defaults).
    public var timetableHours: HoursCoverage? = nil

    /// Judges every school and keeps those the filter selects and flags; `coverage`, when the caller
    /// has read it already (for its missing-data lines), is not read again.
    public static func build(
        _ connection: Connection, year: SchoolYear, parameters: PlanningParameters, filter: Filter,
        language: Language = .en, coverage: DataCoverage? = nil
    ) throws -> FlagsReport {
        var parameters = parameters
        let referenceDate = parameters.referenceDate(for: year)
        parameters.referenceDate = referenceDate
        let selected = try GoalEvaluator.evaluations(connection, year: year, parameters: parameters, language: language)
            .filter { filter.selects($0.status) }
        let obstacles = try ObstacleReasons.Lookup(connection, year: year, parameters: parameters, language: language, coverage: coverage)
        // Like the gyms, the timetable's conflicts stand in the way of the lessons goal.
        let timetable = filter.goal == .qualified ? nil
            : try TimetableReasons.read(connection, year: year, parameters: parameters, language: language)
        var names: [String: String] = [:]
        for row in try connection.query("SELECT code, name FROM municipality").rows {
            names[try row.decode("code")] = try row.decode("name")
        }
        var summaries: [String: MunicipalitySummary] = [:]
        var flagged: [SchoolGoalStatus] = []
        for evaluation in selected {
            var status = evaluation.status
            let code = status.municipalityCode
            var summary = summaries[code] ?? MunicipalitySummary(code: code, name: names[code] ?? code)
            summary.schools += 1
            if status.meetsLessonsGoal == true { summary.schoolsMeetingLessonsGoal += 1 }
            if status.meetsQualifiedGoal == true { summary.schoolsMeetingQualifiedGoal += 1 }
            if status.hasNoData { summary.schoolsWithoutData += 1 }
            if filter.flags(status) {
                summary.schoolsFlagged += 1
                if let goal = filter.goal {
                    status.reasons = evaluation.reasons(for: goal, year: year, referenceDate: referenceDate, language: language)
                }
                // Gyms stand in the way of the lessons goal; a list of the qualified goal alone leaves them out.
                if filter.goal != .qualified { status.reasons += obstacles.reasons(status.schoolId) }
                if let reason = timetable?.reasons[status.schoolId] { status.reasons.append(reason) }
                flagged.append(status)
            }
            summaries[code] = summary
        }
        return FlagsReport(
            year: year, parameters: parameters, filter: filter, schools: flagged,
            municipalities: summaries.values.sorted { $0.code < $1.code }, timetableHours: timetable?.hours)
    }

    /// How many schools the filter selected.
    public var schoolsSelected: Int { municipalities.reduce(0) { $0 + $1.schools } }
}
