import Foundation

/// Where the PostgreSQL server programs (initdb, pg_ctl, postgres) are installed.
public struct PostgresBinaries: Sendable, Equatable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public func path(_ program: String) -> String { directory + "/" + program }

    /// Finds the server programs: in `configured` when it has them, else `pg_config --bindir`, else
    /// the newest `/usr/lib/postgresql/*/bin`.
    public static func locate(configured: String? = nil) throws -> PostgresBinaries {
        var candidates: [String] = []
        if let configured, !configured.isEmpty {
            candidates.append(configured)
        }
        if let pgConfig = findOnPath("pg_config"),
           let output = try? ProcessRunner.run(pgConfig, ["--bindir"]), output.status == 0 {
            candidates.append(output.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let root = "/usr/lib/postgresql"
        if let versions = try? FileManager.default.contentsOfDirectory(atPath: root) {
            let sorted = versions.compactMap { Int($0) }.sorted(by: >)
            candidates += sorted.map { "\(root)/\($0)/bin" }
        }
        for directory in candidates where FileManager.default.isExecutableFile(atPath: directory + "/initdb")
            && FileManager.default.isExecutableFile(atPath: directory + "/pg_ctl") {
            return PostgresBinaries(directory: directory)
        }
        throw EmbeddedClusterError.serverNotInstalled
    }

    static func findOnPath(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// True when the PostGIS extension's files are installed for this server.
    public var hasPostGIS: Bool {
        // The extension control file lives in the server's share directory.
        let version = URL(fileURLWithPath: directory).deletingLastPathComponent().lastPathComponent
        let candidates = [
            "/usr/share/postgresql/\(version)/extension/postgis.control",
            URL(fileURLWithPath: directory).deletingLastPathComponent().path + "/share/extension/postgis.control",
        ]
        return candidates.contains { FileManager.default.fileExists(atPath: $0) }
    }
}
