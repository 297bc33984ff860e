import Foundation

/// Why an embedded PostgreSQL cluster could not be used.
public enum EmbeddedClusterError: Error, Sendable, CustomStringConvertible {
    case serverNotInstalled
    case postgisNotInstalled(serverDirectory: String)
    case cannotSwitchUser(String)
    case folderNotUsable(path: String, reason: String)
    case socketPathTooLong(String)
    case diskFull(path: String, detail: String)
    case incompatibleVersion(path: String, detail: String)
    case commandFailed(command: String, status: Int32, output: String, logFile: String?)

    /// The exact Debian command that installs the server programs and PostGIS.
    public static let aptInstallLine = "apt-get update && apt-get install -y postgresql postgresql-15-postgis-3"

    /// The error for a failed server program: a full disk, a read-only folder and a cluster of
    /// another PostgreSQL version are named as such; anything else keeps the server's FATAL lines
    /// and their DETAIL, or else the program's last lines.
    static func failure(command: String, status: Int32, output: String, home: String, logFile: String?) -> EmbeddedClusterError {
        let lines = output.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        if let line = lines.first(where: { $0.contains(FileSystemReason.text(errno: ENOSPC)) }) {
            return .diskFull(path: home, detail: Self.withoutLogPrefix(line))
        }
        if let line = lines.first(where: { $0.contains(FileSystemReason.text(errno: EROFS)) }) {
            return .folderNotUsable(path: home, reason: "its file system is read-only (\(Self.withoutLogPrefix(line)))")
        }
        if lines.contains(where: { $0.contains("database files are incompatible with server") }),
           let detail = lines.first(where: { $0.contains("DETAIL:") }) {
            return .incompatibleVersion(path: home, detail: Self.withoutLogPrefix(detail))
        }
        let serious = lines.filter { line in ["PANIC:", "FATAL:", "DETAIL:"].contains { line.contains($0) } }
        let kept = serious.contains { !$0.contains("DETAIL:") } ? serious.map(Self.withoutLogPrefix).joined(separator: "\n") : output
        return .commandFailed(command: command, status: status, output: kept, logFile: logFile)
    }

    /// "2026-11-25 16:48:19.394 UTC [6354] FATAL:  could not ..." becomes "could not ...".
    static func withoutLogPrefix(_ line: String) -> String {
        for level in ["PANIC:", "FATAL:", "ERROR:", "DETAIL:", "HINT:", "LOG:"] {
            if let range = line.range(of: level) {
                return line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            }
        }
        return line
    }

    public var description: String { description(for: nil) }

    /// The message with advice that names the configuration's variables (`homeVariable`,
    /// `serverVariable`) where the user can choose another folder or server.
    public func description(for configuration: EmbeddedCluster.Configuration?) -> String {
        let home = configuration?.homeVariable.map { "set \($0) to" } ?? "use"
        let server = configuration?.serverVariable
        switch self {
        case .serverNotInstalled:
            return "PostgreSQL server programs (initdb, pg_ctl) not found; install them with: \(Self.aptInstallLine)"
                + (server.map { " (or set \($0) to use another server)" } ?? "")
        case .postgisNotInstalled(let directory):
            return "PostGIS is not installed for the PostgreSQL server in \(directory); install it with: \(Self.aptInstallLine)"
        case .cannotSwitchUser(let user):
            return "running as root, but cannot run the server as the '\(user)' user (runuser not found)"
        case .folderNotUsable(let path, let reason):
            return "cannot use the folder \(path) for the embedded database: \(reason)"
                + " (\(home) another folder" + (server.map { ", or \($0) to another server)" } ?? ")")
        case .diskFull(let path, let detail):
            return "the disk holding \(path) is full (\(detail)); free space there,"
                + " or \(home) a folder on another disk"
        case .incompatibleVersion(let path, let detail):
            return "the embedded cluster at \(path) cannot be used by this PostgreSQL (\(detail)); upgrade it with"
                + " pg_upgrade, or \(home) a new folder and import the data again"
        case .socketPathTooLong(let path):
            return "the socket folder path \(path) is too long for a Unix socket; \(home) a shorter folder"
        case .commandFailed(let command, let status, let output, let logFile):
            var text = "\(command) failed with status \(status)"
            let trimmed = output.trimmingTrailingNewlines()
            if !trimmed.isEmpty { text += ": " + trimmed.split(separator: "\n").suffix(3).joined(separator: "; ") }
            if let logFile { text += " (server log: \(logFile))" }
            return text
        }
    }
}
