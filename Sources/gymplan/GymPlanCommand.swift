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
    /// Parses and runs the command; a first argument that names no command is told apart
    /// (`UnknownCommand`). A failed command ends here, the one place that turns an error
    /// into a message on standard error and an exit status (`ErrorReport`); usage errors, help and
    /// chosen exit codes are the argument parser's (64 for usage).
    static func main() {
        if let unknown = UnknownCommand(arguments: Array(CommandLine.arguments.dropFirst()), commands: UnknownCommand.commands(of: self)) {
            StandardError.printError(unknown.message)
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error where error is ExitCode || error is ValidationError || error is CleanExit
                    || exitCode(for: error) == .success {
            // (`help SUBCOMMAND` and `--help` after a subcommand end in the parser's own error, status 0.)
            exit(withError: error)
        } catch {
            let report = ErrorReport(error)
            StandardError.printError(report.message)
            Foundation.exit(report.exitStatus)
        }
    }
}
