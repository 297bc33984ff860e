import ArgumentParser
import GymPlan

/// The rule parameters of the data contract (section 3) as command-line options.
struct RuleOptions: ParsableArguments {
    @Option(help: "PE lessons a week an in-scope class must have (WPO art. 9 lid 2a; Bestuursakkoord PO 2018).")
    var minLessons = 2
    @Option(help: "PE minutes a week an in-scope class must have (practice: 2 lessons, 90 minutes in all).")
    var minMinutes = 90
    @Option(help: "Length of one lesson hour in minutes, for gym capacity (a lesson hour is at least 45, Stcrt 2021-35920).")
    var lessonMinutes = 45
    @Option(help: "Farthest acceptable school-to-gym route distance in metres (VNG model bylaw: at most 1,000 m).")
    var maxDistanceM = 1000
    @Option(help: "Route distance = straight line x this, where no measured distance exists (an estimate, data contract section 3).")
    var detourFactor = 1.3
    @Option(help: "Day qualifications are judged on, YYYY-MM-DD (default: 1 October of the school year, DUO's count date).")
    var referenceDate: String?

    func validate() throws {
        guard minLessons >= 0 else { throw ValidationError("--min-lessons must be 0 or more") }
        guard minMinutes >= 0 else { throw ValidationError("--min-minutes must be 0 or more") }
        guard (1...240).contains(lessonMinutes) else { throw ValidationError("--lesson-minutes must be between 1 and 240") }
        guard maxDistanceM >= 0 else { throw ValidationError("--max-distance-m must be 0 or more") }
        guard detourFactor >= 1, detourFactor <= 10 else { throw ValidationError("--detour-factor must be between 1 and 10") }
        if let referenceDate, ISODate(parsing: referenceDate) == nil {
            throw ValidationError("--reference-date must be a date YYYY-MM-DD, not '\(referenceDate)'")
        }
    }

    var parameters: PlanningParameters {
        var parameters = PlanningParameters()
        parameters.minLessons = minLessons
        parameters.minMinutes = minMinutes
        parameters.lessonMinutes = lessonMinutes
        parameters.maxDistanceM = maxDistanceM
        parameters.detourFactor = detourFactor
        parameters.referenceDate = referenceDate
        return parameters
    }
}

/// `--school-year 2019-2020` (or `2019/2020`).
extension SchoolYear: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension OutputFormat: ExpressibleByArgument {}
