import ArgumentParser
import Foundation
import GymPlan
import PostgresClient

/// Ends a command that failed with one clear line on standard error and a sysexits status
/// (`ErrorReport`); usage errors are left to the argument parser (exit status 64).
enum CommandFailure {
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            let report = ErrorReport(error)
            printError(report.message)
            throw ExitCode(report.exitStatus)
        }
    }

    /// A message for the user on standard error (never mixed into data on standard output).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("gymplan: " + message + "\n").utf8))
    }
}
