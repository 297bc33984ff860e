import Foundation
import PostgresClient

/// Writing a result failed: a full disk, a read-only folder, a closed pipe. The command stops with
/// exit status 74 (EX_IOERR); files are written all or nothing (`OutputFiles`), so none is left
/// half-written.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder written, or "standard output".
    public var path: String
    /// The operating system's reason, for example "No space left on device".
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The error of a failed system call, from `errno`.
    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: FileSystemReason.text(errno: code))
    }

    /// A Foundation file error, reduced to the operating system's reason.
    public init(path: String, error: any Error) {
        self.init(path: path, reason: FileSystemReason.of(error))
    }

    /// The `path` of failures on standard output.
    public static let standardOutput = "standard output"

    public var description: String {
        path == Self.standardOutput
            ? "cannot write standard output: \(reason); the output is incomplete"
            : "cannot write \(path): \(reason); it was left as it was"
    }
}
