import ArgumentParser
import GymPlan

/// The parameters of the investment plan (data contract, section 7), each with its source; shared by
/// `invest` and `export --with-plan`.
struct InvestmentOptions: ParsableArguments {
    @Option(help: "Most hours a week an existing hall can be made available (the default gym windows of section 6).")
    var maxHoursPerWeek = 27.75
    @Option(help: "Cost of one hall hour in EUR (Mulier Instituut, huurtarievenmonitor 2024: average gymzaal rate).")
    var hourCostEur = 31.56
    @Option(help: "School weeks a year, for yearly costs.") var schoolWeeks = 40
    @Option(help: "Building one new hall in EUR (Nuenen 2021 estimate for an extra hall).") var newGymCostEur = 2_800_000.0
    @Option(help: "Life of a new gym in years, for yearly costs.") var depreciationYears = 40
    @Option(help: "Farthest a class is taken by bus to a gym, in metres (0: no buses).") var busMaxDistanceM = 5000
    @Option(help: """
        ASSUMPTION, set your own: yearly EUR of taking one class to one weekly lesson by bus \
        (default 40 return trips of a hired minibus at EUR 60).
        """)
    var busCostEur = 2400.0
    @Option(help: "The leergang bewegingsonderwijs for one teacher in EUR (EUR 3,500 plus 20%, Stcrt 2018-67819).")
    var courseCostEur = 4200.0
    @Option(help: "Seconds the solver may spend proving one component optimal.") var timeLimitSeconds = 10.0
    @Option(help: "Seconds more for a component stopped farther than 2% from its lower bound.") var gapTimeLimitSeconds = 60.0

    func validate() throws {
        guard (0...60).contains(maxHoursPerWeek) else { throw ValidationError("--max-hours-per-week must be between 0 and 60") }
        for (name, value) in [("--hour-cost-eur", hourCostEur), ("--new-gym-cost-eur", newGymCostEur), ("--bus-cost-eur", busCostEur),
                              ("--course-cost-eur", courseCostEur)] where !(value >= 0 && value.isFinite) {
            throw ValidationError("\(name) must be 0 or more")
        }
        guard schoolWeeks >= 1 else { throw ValidationError("--school-weeks must be 1 or more") }
        guard depreciationYears >= 1 else { throw ValidationError("--depreciation-years must be 1 or more") }
        guard busMaxDistanceM >= 0 else { throw ValidationError("--bus-max-distance-m must be 0 or more") }
        guard timeLimitSeconds > 0, gapTimeLimitSeconds >= 0 else {
            throw ValidationError("--time-limit-seconds must be more than 0, --gap-time-limit-seconds 0 or more")
        }
    }

    var parameters: InvestmentParameters {
        var parameters = InvestmentParameters()
        parameters.maxHoursPerWeek = maxHoursPerWeek
        parameters.hourCostEur = hourCostEur
        parameters.schoolWeeks = schoolWeeks
        parameters.newGymCostEur = newGymCostEur
        parameters.depreciationYears = depreciationYears
        parameters.busMaxDistanceM = busMaxDistanceM
        parameters.busCostEur = busCostEur
        parameters.courseCostEur = courseCostEur
        parameters.timeLimitSeconds = timeLimitSeconds
        parameters.gapTimeLimitSeconds = gapTimeLimitSeconds
        return parameters
    }
}
