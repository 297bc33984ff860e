import ArgumentParser
import Foundation
import GymPlan

@main
struct GymPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gymplan",
        abstract: "Plans physical-education lessons of Dutch primary schools: goals, gym capacity, grants.",
        discussion: """
            Without database settings gymplan uses its own private PostgreSQL cluster, started on demand. \
            --database-url, DATABASE_URL, or the PG* variables (with PGHOST or PGDATABASE set) name another server.

            Exit status: 0 success, 64 usage, 65 bad input data, 69 database unavailable (also: its disk is full), \
            70 internal error, 74 output not written, 75 try again, 77 no permission in the database, 78 schema or configuration problem, \
            130 interrupted (Ctrl-C; rolled back).
            """,
        version: GymPlanVersion.current,
        subcommands: [
            ImportCommand.self,
            FlagsCommand.self,
            TrendCommand.self,
            CapacityCommand.self,
            GrantsCommand.self,
            ExportCommand.self,
            DeleteCommand.self,
            RosterCommand.self,
            InvestCommand.self,
            DbCommand.self,
        ]
    )
}

extension GymPlanCommand {
    /// Parses and runs the command; an argument that names no command or subcommand is told apart
    /// (`UnknownCommand`). A failed command ends here, the one place that turns an error
    /// into a message on standard error and an exit status (`ErrorReport`); a usage error is one
    /// line too (`UsageMessage`, status 64), help and chosen exit codes are the argument parser's.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = UnknownCommand(arguments: arguments, root: self) {
            StandardError.printError(unknown.message)
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitAsUsage(error)
        }
        do {
            try command.run()
        } catch let error where error is ExitCode || error is ValidationError || error is CleanExit
                    || exitCode(for: error) == .success {
            // (`help SUBCOMMAND` and `--help` after a subcommand end in the parser's own error, status 0.)
            exitAsUsage(error)
        } catch {
            let report = ErrorReport(error)
            StandardError.printError(report.message)
            Foundation.exit(report.exitStatus)
        }
    }

    /// Ends with the parser's `error`: help and chosen exit codes as the parser has them, a usage
    /// error as one line `gymplan: …` with status 64.
    private static func exitAsUsage(_ error: any Error) -> Never {
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        StandardError.printError(UsageMessage(parserMessage: message(for: error)).text)
        Foundation.exit(ExitStatus.usage.rawValue)
    }
}
