/// Section 7's investment document: the plan's changes per municipality with their yearly cost, the
/// unmet lessons before and after, and what the qualified-teacher goal would cost; limited to one
/// municipality when asked (the plan itself is made with all data). Encoded with snake_case keys.
public struct InvestmentDocument: Sendable, Encodable {
    /// Every parameter of section 3 and section 7, and the solver's time limits.
    public struct Parameters: Sendable, Encodable, Hashable {
        public var minLessons: Int
        public var minMinutes: Int
        public var lessonMinutes: Int
        public var maxDistanceM: Int
        public var detourFactor: Double
        public var referenceDate: String
        public var maxHoursPerWeek: Double
        public var hourCostEur: Double
        public var schoolWeeks: Int
        public var newGymCostEur: Double
        public var depreciationYears: Int
        public var busMaxDistanceM: Int
        public var busCostEur: Double
        public var courseCostEur: Double
        public var slotCostEurPerYear: Double
        public var timeLimitSeconds: Double
        public var gapTimeLimitSeconds: Double
        public var maxRelativeGap: Double
    }

    public struct Summary: Sendable, Encodable, Hashable {
        public var unmetLessonsBefore: Int
        public var unmetLessonsAfter: Int
        public var extraLessons: Int
        public var newGyms: Int
        public var busLessons: Int
        public var costEurPerYear: Double
        public var costLowerBoundEurPerYear: Double
        public var oneOffEur: Double
        public var provenOptimal: Bool
        public var unqualifiedLessons: Int
        public var lessonsWithoutTeacher: Int
        public var teachersWithoutQualification: Int
        public var qualificationCostEur: Double
        /// Components of the school-gym-site graph with demand, and how many of them are proven optimal.
        public var components: Int
        public var componentsProvenOptimal: Int
    }

    public struct Municipality: Sendable, Encodable {
        public var code: String
        public var unmetLessonsBefore: Int
        public var unmetLessonsAfter: Int
        public var costEurPerYear: Double
        public var changes: [InvestmentChange]
        public var unqualifiedLessons: Int
        public var lessonsWithoutTeacher: Int
        public var teachersWithoutQualification: Int
        public var qualificationCostEur: Double
    }

    public var schemaVersion = "1"
    public var schoolYear: String
    public var generatedAt: String
    public var municipality: String?
    public var parameters: Parameters
    public var summary: Summary
    public var municipalities: [Municipality]

    /// The document of `plan`, all of it or `municipality`'s share; `proven_optimal` and the lower
    /// bound are the whole plan's either way.
    public init(
        plan: InvestmentPlan, qualification: InvestmentQualification, year: SchoolYear, planning: PlanningParameters,
        parameters: InvestmentParameters, municipality: String?, generatedAt: String
    ) {
        schoolYear = year.description
        self.generatedAt = generatedAt
        self.municipality = municipality
        self.parameters = Parameters(
            minLessons: planning.minLessons, minMinutes: planning.minMinutes, lessonMinutes: planning.lessonMinutes,
            maxDistanceM: planning.maxDistanceM, detourFactor: planning.detourFactor, referenceDate: planning.referenceDate(for: year),
            maxHoursPerWeek: parameters.maxHoursPerWeek, hourCostEur: parameters.hourCostEur, schoolWeeks: parameters.schoolWeeks,
            newGymCostEur: parameters.newGymCostEur, depreciationYears: parameters.depreciationYears,
            busMaxDistanceM: parameters.busMaxDistanceM, busCostEur: parameters.busCostEur, courseCostEur: parameters.courseCostEur,
            slotCostEurPerYear: Money.cents(parameters.slotYearlyCost(lessonMinutes: planning.lessonMinutes)),
            timeLimitSeconds: parameters.timeLimitSeconds, gapTimeLimitSeconds: parameters.gapTimeLimitSeconds,
            maxRelativeGap: parameters.maxRelativeGap)
        let course = parameters.courseCostEur
        municipalities = plan.municipalities()
            .filter { municipality == nil || $0.code == municipality }
            .map { entry in
                let counts = qualification.byMunicipality[entry.code] ?? .init()
                return Municipality(
                    code: entry.code, unmetLessonsBefore: entry.unmetLessonsBefore, unmetLessonsAfter: entry.unmetLessonsAfter,
                    costEurPerYear: Money.sum(entry.changes.map(\.costEurPerYear)), changes: entry.changes,
                    unqualifiedLessons: counts.unqualifiedLessons, lessonsWithoutTeacher: counts.lessonsWithoutTeacher,
                    teachersWithoutQualification: counts.teachersWithoutQualification,
                    qualificationCostEur: Money.cents(counts.costEur(courseCostEur: course)))
            }
        let changes = municipalities.flatMap(\.changes)
        let teachers = municipality.map { qualification.byMunicipality[$0] ?? .init() } ?? qualification.national
        summary = Summary(
            unmetLessonsBefore: municipalities.reduce(0) { $0 + $1.unmetLessonsBefore },
            unmetLessonsAfter: municipalities.reduce(0) { $0 + $1.unmetLessonsAfter },
            extraLessons: changes.reduce(0) { $0 + $1.detail.extraLessons },
            newGyms: changes.filter { $0.detail is InvestmentNewGym }.count,
            busLessons: changes.reduce(0) { $0 + $1.detail.busLessons },
            costEurPerYear: Money.sum(municipalities.map(\.costEurPerYear)),
            costLowerBoundEurPerYear: Money.cents(plan.costLowerBoundEurPerYear),
            oneOffEur: Money.sum(changes.map(\.detail.oneOffEur)),
            provenOptimal: plan.provenOptimal,
            unqualifiedLessons: municipalities.reduce(0) { $0 + $1.unqualifiedLessons },
            lessonsWithoutTeacher: municipalities.reduce(0) { $0 + $1.lessonsWithoutTeacher },
            teachersWithoutQualification: teachers.teachersWithoutQualification,
            qualificationCostEur: Money.cents(teachers.costEur(courseCostEur: course)),
            components: plan.components.count, componentsProvenOptimal: plan.components.filter(\.provenOptimal).count)
    }
}

/// Euro amounts as section 7 reports them: rounded to cents.
enum Money {
    static func cents(_ euros: Double) -> Double { (euros * 100).rounded() / 100 }

    /// The sum of amounts in cents, exact (summed as whole cents), in euros.
    static func sum(_ amounts: [Double]) -> Double {
        Double(amounts.reduce(Int64(0)) { $0 + Int64(($1 * 100).rounded()) }) / 100
    }
}
