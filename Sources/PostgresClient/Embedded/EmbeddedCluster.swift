import Foundation

/// A private PostgreSQL cluster in a folder of its own: Unix socket only (no TCP port), reachable
/// only by its owner. A program starts it on demand when no other server is configured.
public struct EmbeddedCluster: Sendable {
    /// The names a program gives its cluster: the superuser role, and the folder and environment
    /// variables its users know (named in `defaultHome` and in the advice of `EmbeddedClusterError`).
    public struct Configuration: Sendable, Equatable {
        /// The superuser role initdb creates; every connection logs in as it.
        public var superuser: String
        /// The folder's name under `/var/lib` (as root), `$XDG_DATA_HOME` or `~/.local/share`.
        public var folderName: String
        /// The environment variable that names the home folder instead (`MYAPP_HOME`).
        public var homeVariable: String?
        /// The environment variable that names another server instead (`DATABASE_URL`), for advice.
        public var serverVariable: String?

        public init(superuser: String, folderName: String, homeVariable: String? = nil, serverVariable: String? = nil) {
            self.superuser = superuser
            self.folderName = folderName
            self.homeVariable = homeVariable
            self.serverVariable = serverVariable
        }

        /// The default home: `$homeVariable`; as root `/var/lib/NAME` (root's home is closed to the
        /// `postgres` user that runs the server); otherwise `$XDG_DATA_HOME/NAME` or `~/.local/share/NAME`.
        public func defaultHome(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
            if let homeVariable, let home = environment[homeVariable], !home.isEmpty { return home }
            if geteuid() == 0 { return "/var/lib/" + folderName }
            if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/" + folderName }
            let userHome = environment["HOME"] ?? NSHomeDirectory()
            return userHome + "/.local/share/" + folderName
        }
    }

    /// The folder holding everything: `data/` (the cluster), `run/` (the socket), `postgres.log`.
    public let home: String
    public let binaries: PostgresBinaries
    /// As root the server runs as this unprivileged user (PostgreSQL refuses to run as root).
    public let serverUser: String?
    /// Durability off: for throwaway test clusters only, never for the user's data.
    public let throwaway: Bool
    public let configuration: Configuration
    public static let port = 5432

    /// The superuser role every connection logs in as.
    public var superuser: String { configuration.superuser }

    public var dataDirectory: String { home + "/data" }
    public var socketDirectory: String { home + "/run" }
    public var logFile: String { home + "/postgres.log" }

    public init(home: String, binaries: PostgresBinaries, configuration: Configuration, throwaway: Bool = false) {
        self.home = home
        self.binaries = binaries
        self.configuration = configuration
        self.throwaway = throwaway
        self.serverUser = geteuid() == 0 ? "postgres" : nil
    }

    /// Connection settings for a database in this cluster.
    public func settings(database: String) -> ConnectionSettings {
        var settings = ConnectionSettings.socket(
            directory: socketDirectory, port: Self.port, user: superuser, database: database)
        settings.origin = "embedded cluster at \(home)"
        return settings
    }

    public enum State: Sendable, Equatable {
        case notInitialized
        case stopped
        case running(pid: Int)
    }

    /// Whether the cluster exists and its server runs.
    public func state() throws -> State {
        guard FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") else { return .notInitialized }
        let output = try runServerProgram("pg_ctl", ["status", "-D", dataDirectory])
        if output.status == 0, let pid = Self.pid(fromStatus: output.standardOutput) { return .running(pid: pid) }
        return .stopped
    }

    static func pid(fromStatus text: String) -> Int? {
        guard let range = text.range(of: "PID: ") else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    /// Creates the cluster if needed and starts its server if it is not running. Returns true when it
    /// started the server now. Commands that start at the same moment take turns (a lock file), so
    /// only one of them creates or starts the cluster and the others find it running.
    @discardableResult
    public func start() throws -> Bool {
        guard binaries.hasPostGIS else { throw EmbeddedClusterError.postgisNotInstalled(serverDirectory: binaries.directory) }
        if case .running = try state() { return false }
        try prepareFolders()
        return try whileHoldingStartLock {
            if try state() == .notInitialized { try initialize() }
            if case .running = try state() { return false }
            try startServer()
            return true
        }
    }

    private func startServer() throws {
        try removeStaleFiles()
        var options = "-c listen_addresses='' -c unix_socket_directories='\(socketDirectory)'"
            + " -c unix_socket_permissions=0700 -c port=\(Self.port)"
        if throwaway { options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" }
        let output = try runServerProgram(
            "pg_ctl", ["start", "-w", "-t", "60", "-D", dataDirectory, "-l", logFile, "-o", options])
        guard output.status == 0 else {
            throw EmbeddedClusterError.failure(
                command: "pg_ctl start", status: output.status,
                output: output.standardError + output.standardOutput + "\n" + lastLogLines(), home: home, logFile: logFile)
        }
    }

    /// Runs `body` holding an exclusive lock on `home/.start.lock` (released when the file closes,
    /// also when the process dies).
    private func whileHoldingStartLock<T>(_ body: () throws -> T) throws -> T {
        let path = home + "/.start.lock"
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw EmbeddedClusterError.folderNotUsable(path: home, reason: FileSystemReason.text(errno: errno)) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw EmbeddedClusterError.folderNotUsable(path: home, reason: FileSystemReason.text(errno: errno)) }
        }
        return try body()
    }

    /// Stops the server (fast shutdown: open transactions are rolled back). Returns false when it was
    /// not running.
    @discardableResult
    public func stop(immediate: Bool = false) throws -> Bool {
        guard case .running = try state() else { return false }
        let output = try runServerProgram(
            "pg_ctl", ["stop", "-w", "-t", "60", "-D", dataDirectory, "-m", immediate ? "immediate" : "fast"])
        guard output.status == 0 else {
            throw EmbeddedClusterError.commandFailed(
                command: "pg_ctl stop", status: output.status, output: output.standardError, logFile: logFile)
        }
        return true
    }

    /// Creates a database if it does not exist yet, with PostGIS enabled.
    public func ensureDatabase(_ name: String) throws {
        let admin = try Connection(settings: settings(database: "postgres"))
        let exists = try admin.query("SELECT count(*) FROM pg_database WHERE datname = $1", [name]).scalar(Int.self) > 0
        if !exists {
            do {
                try admin.query("CREATE DATABASE \(try admin.quoteIdentifier(name))")
            } catch let error as PostgresError where error.sqlState == "42P04" || error.sqlState == "23505" {
                // Created by a concurrent command in the meantime (23505 when both were at it at once).
            }
        }
    }

    // MARK: - Folders and initdb

    private func prepareFolders() throws {
        let manager = FileManager.default
        let socketFile = socketDirectory + "/.s.PGSQL.\(Self.port)"
        if socketFile.utf8.count > 100 { throw EmbeddedClusterError.socketPathTooLong(socketDirectory) }
        // pg_ctl starts the server through /bin/sh with the paths in quotes: these would break out.
        if let character = home.first(where: { "'\"$`\\\n".contains($0) }) {
            throw EmbeddedClusterError.folderNotUsable(
                path: home, reason: "its path contains \(character.debugDescription), which pg_ctl cannot pass to the server")
        }
        do {
            try manager.createDirectory(atPath: home, withIntermediateDirectories: true)
            try manager.createDirectory(atPath: socketDirectory, withIntermediateDirectories: true)
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: home)
            try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: socketDirectory)
            if let user = serverUser {
                try chown(user: user, paths: [home, socketDirectory] + (manager.fileExists(atPath: dataDirectory) ? [dataDirectory] : []))
                try checkTraversable(by: user)
            }
        } catch let error as EmbeddedClusterError {
            throw error
        } catch {
            throw EmbeddedClusterError.folderNotUsable(path: home, reason: FileSystemReason.of(error))
        }
        guard manager.isWritableFile(atPath: home) else {
            throw EmbeddedClusterError.folderNotUsable(path: home, reason: "it is not writable")
        }
    }

    /// Runs initdb in `data.new` and renames it to `data` when it is complete, so that an initdb that
    /// was interrupted (killed, power lost) never leaves a half-made cluster that looks like one.
    private func initialize() throws {
        let partial = home + "/data.new"
        if FileManager.default.fileExists(atPath: partial) { try FileManager.default.removeItem(atPath: partial) }
        var arguments = ["-D", partial, "-U", superuser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]
        if throwaway { arguments.append("-N") }
        let output = try runServerProgram("initdb", arguments)
        guard output.status == 0 else {
            throw EmbeddedClusterError.failure(
                command: "initdb", status: output.status, output: output.standardError, home: home, logFile: nil)
        }
        // rename(2) replaces an empty `data` folder and refuses one with anything in it.
        guard rename(partial, dataDirectory) == 0 else {
            if errno == ENOTEMPTY || errno == EEXIST {
                try? FileManager.default.removeItem(atPath: partial)
                throw EmbeddedClusterError.folderNotUsable(
                    path: dataDirectory, reason: "it holds files but no PostgreSQL cluster (no PG_VERSION); move it away")
            }
            throw EmbeddedClusterError.folderNotUsable(path: home, reason: FileSystemReason.text(errno: errno))
        }
    }

    /// After a crash the pid file may point at a dead process, and the socket lock may remain.
    private func removeStaleFiles() throws {
        let pidFile = dataDirectory + "/postmaster.pid"
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let pid = Int32(text.split(separator: "\n").first ?? "") else { return }
        if kill(pid, 0) != 0 && errno == ESRCH {
            try? FileManager.default.removeItem(atPath: pidFile)
            for name in [".s.PGSQL.\(Self.port)", ".s.PGSQL.\(Self.port).lock"] {
                try? FileManager.default.removeItem(atPath: socketDirectory + "/" + name)
            }
        }
    }

    private func chown(user: String, paths: [String]) throws {
        guard let entry = getpwnam(user) else {
            throw EmbeddedClusterError.folderNotUsable(path: home, reason: "there is no '\(user)' system user to run the server")
        }
        for path in paths where Foundation.chown(path, entry.pointee.pw_uid, entry.pointee.pw_gid) != 0 {
            throw EmbeddedClusterError.folderNotUsable(path: path, reason: FileSystemReason.text(errno: errno))
        }
    }

    private func checkTraversable(by user: String) throws {
        let output = try ProcessRunner.run("/usr/bin/test", ["-w", home, "-a", "-x", home], asUser: user)
        if output.status != 0 {
            throw EmbeddedClusterError.folderNotUsable(
                path: home, reason: "the '\(user)' user, which runs the server, cannot reach it (check the permissions of the folders above it)")
        }
    }

    func runServerProgram(_ program: String, _ arguments: [String]) throws -> ProcessRunner.Output {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "PGDATA")
        return try ProcessRunner.run(binaries.path(program), arguments, asUser: serverUser, environment: environment)
    }

    private func lastLogLines() -> String {
        guard let text = try? String(contentsOfFile: logFile, encoding: .utf8) else { return "" }
        return text.split(separator: "\n").suffix(3).joined(separator: "\n")
    }
}

extension EmbeddedCluster {
    /// True when a database of this name exists in the (running) cluster.
    public func databaseExists(_ name: String) throws -> Bool {
        let admin = try Connection(settings: settings(database: "postgres"))
        return try admin.query("SELECT count(*) FROM pg_database WHERE datname = $1", [name]).scalar(Int.self) > 0
    }
}
