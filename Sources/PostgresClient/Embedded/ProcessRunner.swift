import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion and captures what it printed.
///
/// Built on `posix_spawn` and `waitpid` rather than Foundation's `Process`: `pg_ctl start` leaves a
/// server running in the background, and that server must inherit nothing from us (Foundation's
/// `Process` on Linux waits until every inherited descriptor closes, which a server never does).
struct ProcessRunner {
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs `executable` with `arguments`; as root with `user` set, runs it as that user instead.
    static func run(_ executable: String, _ arguments: [String], asUser user: String? = nil,
                    environment: [String: String]? = nil) throws -> Output {
        var argv = [executable] + arguments
        if let user {
            guard let runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw EmbeddedClusterError.cannotSwitchUser(user)
            }
            argv = [runuser, "-u", user, "--"] + argv
        }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }

        // Output goes to unlinked temporary files: a pipe would stay open in a background server.
        let outFile = try TemporaryFile()
        let errFile = try TemporaryFile()

        closeInheritedDescriptorsOnExec()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outFile.descriptor, 1)
        posix_spawn_file_actions_adddup2(&actions, errFile.descriptor, 2)

        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup($0) } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawnStatus = posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard spawnStatus == 0 else {
            throw EmbeddedClusterError.commandFailed(
                command: argv[0], status: spawnStatus, output: String(cString: strerror(spawnStatus)), logFile: nil)
        }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1 && errno == EINTR {}
        let exited = (waitStatus & 0x7f) == 0
        let status = exited ? (waitStatus >> 8) & 0xff : 128 + (waitStatus & 0x7f)
        return Output(status: status, standardOutput: outFile.contents(), standardError: errFile.contents())
    }
}

/// Marks every descriptor above 2 close-on-exec, so that a server started through `pg_ctl` holds
/// none of ours (a pipe our own caller waits on would otherwise never close).
private func closeInheritedDescriptorsOnExec() {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
    for name in names {
        guard let descriptor = Int32(name), descriptor > 2 else { continue }
        let flags = fcntl(descriptor, F_GETFD)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
    }
}

/// A temporary file that is unlinked at once and closed when released.
private final class TemporaryFile {
    let descriptor: Int32

    init() throws {
        var template = Array((FileManager.default.temporaryDirectory.path + "/server-output-XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw EmbeddedClusterError.folderNotUsable(path: FileManager.default.temporaryDirectory.path,
                                                       reason: String(cString: strerror(errno)))
        }
        // Only the duplicates on 1 and 2 reach the child; this descriptor closes on exec.
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        unlink(path)
    }

    func contents() -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        lseek(descriptor, 0, SEEK_SET)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: data, as: UTF8.self)
    }

    deinit {
        close(descriptor)
    }
}
