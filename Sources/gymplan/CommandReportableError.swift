import GymPlan

/// An error that the command line prints as it is (its `description`), ending with its own exit status.
protocol CommandReportableError: Error, CustomStringConvertible {
    var exitStatus: ExitStatus { get }
}

extension ImportFailure: CommandReportableError {
    var exitStatus: ExitStatus { .dataError }
}

extension OutputError: CommandReportableError {
    var exitStatus: ExitStatus { .ioError }
}

extension CapacityPlanError: CommandReportableError {
    /// A what-if naming a gym or school that does not exist is bad input; no optimum is a bug.
    var exitStatus: ExitStatus {
        switch self {
        case .noOptimum: .internalError
        case .unknownGym, .unknownSchool, .unknownBusDistance, .tooManyHalls: .dataError
        }
    }
}

extension FilterError: CommandReportableError {
    /// A filter naming nothing on record (or several things) is bad input.
    var exitStatus: ExitStatus { .dataError }
}
