import ArgumentParser
import Foundation
import GymPlan
import PostgresClient

/// Maps any error to one clear line on standard error and a sysexits status: 65 bad input data,
/// 69 database unavailable (also: its disk is full), 70 internal error, 74 output not written,
/// 78 configuration.
enum CommandFailure {
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch {
            let (status, message) = describe(error)
            printError(message)
            throw ExitCode(status)
        }
    }

    static func describe(_ error: any Error) -> (Int32, String) {
        switch error {
        case let error as PostgresError:
            switch error.kind {
            case .connection: return (69, "cannot use the database: \(error.message)")
            case .data, .integrity: return (65, "the database rejected the data: \(error.message)")
            case .resources: return (69, resourcesMessage(error))
            default: return (70, "database error: \(error.description)")
            }
        case let error as EmbeddedClusterError:
            return (69, "embedded database: \(error.description)")
        case let error as MigrationError:
            return (78, "database schema: \(error.description)")
        case let error as any CommandReportableError:
            return (error.exitStatus, error.description)
        default:
            return (70, "internal error: \(error)")
        }
    }

    /// The server's disk or memory ran out: say so plainly, and that the transaction left nothing.
    static func resourcesMessage(_ error: PostgresError) -> String {
        let what = switch error.sqlState {
        case "53100": "the database server's disk is full"
        case "53200": "the database server ran out of memory"
        case "58030": "the database server could not read or write its files"
        default: "the database server ran out of resources"
        }
        var text = "\(what): \(error.description); nothing was changed."
        if error.sqlState == "53100" {
            text += " Free disk space where the server keeps its data (`gymplan db status` names it) and run the command again."
        }
        return text
    }

    /// A message for the user on standard error (never mixed into data on standard output).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("gymplan: " + message + "\n").utf8))
    }
}
