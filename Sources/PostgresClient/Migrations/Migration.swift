import Foundation

/// One forward-only schema change: a numbered SQL file such as `0001_schema.sql`.
public struct Migration: Sendable, Equatable {
    public var version: Int
    public var name: String
    public var sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// Reads `NNNN_name.sql` files from a folder, in version order.
    public static func load(from directory: URL) throws -> [Migration] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let files = try names.map { ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)) }
        return try parse(files: files)
    }

    /// Builds migrations from `(file name, text)` pairs named `NNNN_name.sql`, in version order.
    /// Other names are ignored; two files with the same number are an error.
    public static func parse(files: [(name: String, sql: String)]) throws -> [Migration] {
        var migrations: [Migration] = []
        for (fileName, sql) in files where fileName.hasSuffix(".sql") {
            let stem = fileName.dropLast(4)
            guard let underscore = stem.firstIndex(of: "_"), let version = Int(stem[..<underscore]) else { continue }
            migrations.append(Migration(version: version, name: String(stem[stem.index(after: underscore)...]), sql: sql))
        }
        migrations.sort { $0.version < $1.version }
        for (left, right) in zip(migrations, migrations.dropFirst()) where left.version == right.version {
            throw MigrationError.duplicateVersion(left.version)
        }
        return migrations
    }
}

/// Why migrating failed.
public enum MigrationError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateVersion(Int)
    /// An applied migration's file was edited afterwards.
    case checksumMismatch(version: Int, name: String)
    /// The database has a migration this program does not know: it is newer than the program.
    case unknownApplied(version: Int)

    public var description: String {
        switch self {
        case .duplicateVersion(let version):
            return "two migration files have the number \(version)"
        case .checksumMismatch(let version, let name):
            return "migration \(String(format: "%04d", version))_\(name).sql was changed after it was applied to this database; "
                + "migrations are forward-only: restore the file and add a new migration instead"
        case .unknownApplied(let version):
            return "the database has migration \(version), which this program does not know: use a newer version of it"
        }
    }
}
