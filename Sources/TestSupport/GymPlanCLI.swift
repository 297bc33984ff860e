import Foundation

/// Runs the built `gymplan` executable, as a user would, and captures what it printed.
public enum GymPlanCLI {
    public struct Result: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The `gymplan` binary next to the test bundle (`swift build` puts both in `.build/debug`).
    public static var executable: URL {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["GYMPLAN_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("gymplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/gymplan")
    }

    /// Runs `gymplan ARGUMENTS` with `DATABASE_URL` set to the database (when given) and without
    /// the caller's `PG*` variables. With `standardOutputPath` its standard output goes to that file
    /// (or device) instead of being captured.
    public static func run(
        _ arguments: [String], database: TestDatabase? = nil, environment extra: [String: String] = [:],
        standardInput: Data? = nil, workingDirectory: URL? = nil, standardOutputPath: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") && $0.key != "DATABASE_URL" }
        if let database { environment["DATABASE_URL"] = database.url }
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let outPipe = Pipe()
        let errPipe = Pipe()
        let inPipe = Pipe()
        if let standardOutputPath {
            guard let file = FileHandle(forWritingAtPath: standardOutputPath) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: standardOutputPath])
            }
            process.standardOutput = file
            try outPipe.fileHandleForWriting.close()
        } else {
            process.standardOutput = outPipe
        }
        process.standardError = errPipe
        process.standardInput = standardInput == nil ? FileHandle.nullDevice : inPipe
        try process.run()
        if let standardInput {
            inPipe.fileHandleForWriting.write(standardInput)
            try inPipe.fileHandleForWriting.close()
        }
        let collector = PipeCollector(errPipe.fileHandleForReading)
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = collector.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: out, as: UTF8.self),
            standardError: String(decoding: err, as: UTF8.self))
    }
}

/// Reads a pipe to its end on another thread.
private final class PipeCollector: @unchecked Sendable {
    // Safe: `data` is written by the reading thread before `semaphore` is signalled and read only
    // after waiting on it.
    private var data = Data()
    private let semaphore = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            semaphore.signal()
        }
    }

    func wait() -> Data {
        semaphore.wait()
        return data
    }
}

extension GymPlanCLI {
    /// The first line a command that uses the embedded cluster prints on standard error.
    public static let embeddedNoticePrefix = "gymplan: embedded database in "

    /// Standard error without that first line, as a command on a configured server prints it.
    public static func withoutEmbeddedNotice(_ text: String) -> String {
        guard text.hasPrefix(embeddedNoticePrefix) else { return text }
        return String(text.drop { $0 != "\n" }.dropFirst())
    }
}
