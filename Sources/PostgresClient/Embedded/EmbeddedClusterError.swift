/// Why gymplan's own PostgreSQL cluster could not be used.
public enum EmbeddedClusterError: Error, Sendable, CustomStringConvertible {
    case serverNotInstalled
    case postgisNotInstalled(serverDirectory: String)
    case cannotSwitchUser(String)
    case folderNotUsable(path: String, reason: String)
    case socketPathTooLong(String)
    case commandFailed(command: String, status: Int32, output: String, logFile: String?)

    /// The exact Debian command that installs what gymplan needs.
    public static let aptInstallLine = "apt-get update && apt-get install -y postgresql postgresql-15-postgis-3"

    public var description: String {
        switch self {
        case .serverNotInstalled:
            return "PostgreSQL server programs (initdb, pg_ctl) not found; install them with: \(Self.aptInstallLine)"
                + " (or set DATABASE_URL to use another server)"
        case .postgisNotInstalled(let directory):
            return "PostGIS is not installed for the PostgreSQL server in \(directory); install it with: \(Self.aptInstallLine)"
        case .cannotSwitchUser(let user):
            return "running as root, but cannot run the server as the '\(user)' user (runuser not found)"
        case .folderNotUsable(let path, let reason):
            return "cannot use the folder \(path) for the embedded database: \(reason)"
                + " (set GYMPLAN_HOME to another folder, or DATABASE_URL to another server)"
        case .socketPathTooLong(let path):
            return "the socket folder path \(path) is too long for a Unix socket; set GYMPLAN_HOME to a shorter folder"
        case .commandFailed(let command, let status, let output, let logFile):
            var text = "\(command) failed with status \(status)"
            let trimmed = output.trimmingTrailingNewlines()
            if !trimmed.isEmpty { text += ": " + trimmed.split(separator: "\n").suffix(3).joined(separator: "; ") }
            if let logFile { text += " (server log: \(logFile))" }
            return text
        }
    }
}
