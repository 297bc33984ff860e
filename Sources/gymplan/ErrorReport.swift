import Foundation
import GymPlan
import PostgresClient

/// What the command line says about an error that ends a command: one line, and a sysexits exit
/// status (`ExitStatus`). The root command makes the one report of every failed command.
struct ErrorReport: Sendable, Equatable {
    var status: ExitStatus
    var message: String

    /// The process's exit status.
    var exitStatus: Int32 { status.rawValue }

    init(_ status: ExitStatus, message: String) {
        self.status = status
        self.message = message
    }

    init(_ error: any Error) {
        switch error {
        case let error as PostgresError:
            self = Self.database(error)
        case let error as EmbeddedClusterError:
            self.init(.unavailable, message: "embedded database: \(error.description(for: DatabaseTarget.embeddedConfiguration))")
        case .unknownApplied(let version) as MigrationError:
            self.init(.configuration, message: "database schema: the database has migration \(version),"
                + " which this gymplan does not know: use a newer gymplan")
        case let error as MigrationError:
            self.init(.configuration, message: "database schema: \(error.description)")
        case let error as DatabaseTargetError:
            self.init(.unavailable, message: error.description)
        case let error as any CommandReportableError:
            self.init(error.exitStatus, message: error.description)
        default:
            self.init(.internalError, message: "internal error: \(error)")
        }
    }

    static func database(_ error: PostgresError) -> ErrorReport {
        if Self.isMissingPostGIS(error) {
            return ErrorReport(.unavailable, message: "PostGIS is not installed on the database server (\(error.description));"
                + " install it there (Debian: postgresql-15-postgis-3), or use gymplan's embedded database")
        }
        switch error.sqlState {
        case "57014":
            return ErrorReport(.unavailable, message: "the database server cancelled the command (\(error.description));"
                + " nothing was changed. A statement_timeout set for this user or database may be too short")
        case "55P03":
            return ErrorReport(.temporaryFailure, message: "the database server gave up waiting for a lock (\(error.description));"
                + " nothing was changed, run the command again")
        default:
            break
        }
        switch error.kind {
        case .retry:
            return ErrorReport(.temporaryFailure, message: "a concurrent command got in the way (\(error.description));"
                + " nothing was changed, run the command again")
        case .connection:
            return ErrorReport(.unavailable, message: "cannot use the database: \(error.message)")
        case .data, .integrity:
            return ErrorReport(.dataError, message: "the database rejected the data: \(error.message)")
        case .resources:
            return ErrorReport(.unavailable, message: resourcesMessage(error))
        case .permission:
            let advice = error.message.contains("extension \"postgis\"")
                ? "PostGIS must be enabled in this database once by an administrator of the server: CREATE EXTENSION postgis"
                : "connect as a user with the rights this command needs"
            return ErrorReport(.noPermission, message: "the database user may not do this: \(error.description); \(advice)")
        default:
            return ErrorReport(.internalError, message: "database error: \(error.description)")
        }
    }

    /// `CREATE EXTENSION postgis` on a server without PostGIS: PostgreSQL 15 cannot open the control
    /// file (58P01), later versions say the extension "is not available" (0A000).
    static func isMissingPostGIS(_ error: PostgresError) -> Bool {
        (error.sqlState == "58P01" || error.sqlState == "0A000")
            && error.message.contains("extension") && error.message.contains("postgis")
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
}
