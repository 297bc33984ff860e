import Foundation

/// A small tmpfs mounted for one test: a disk that can be filled to the last byte, resized, or made
/// read-only. Mounting needs root (CI runs as root); elsewhere the tests that need it are disabled.
final class ScratchFileSystem {
    let path: String
    private var fillerPath: String { path + "/filler" }

    /// Whether this process may mount file systems (tried once).
    static let isAvailable: Bool = {
        guard geteuid() == 0, let probe = try? ScratchFileSystem(megabytes: 1) else { return false }
        probe.unmount()
        return true
    }()

    init(megabytes: Int) throws {
        path = FileManager.default.temporaryDirectory.path + "/gp-disk-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Self.mount(["-t", "tmpfs", "-o", "size=\(megabytes)m,mode=0755", "tmpfs", path])
    }

    /// Bytes still free.
    var available: UInt64 {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return 0 }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    /// Takes every free byte.
    func fill() throws {
        let descriptor = open(fillerPath, O_CREAT | O_WRONLY | O_APPEND, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var size = off_t(0)
        var info = stat()
        if fstat(descriptor, &info) == 0 { size = info.st_size }
        let status = posix_fallocate(descriptor, size, off_t(available))
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    }

    /// Gives the space taken by `fill()` back.
    func free() {
        unlink(fillerPath)
    }

    func resize(megabytes: Int) throws {
        try Self.mount(["-o", "remount,size=\(megabytes)m", path])
    }

    func remount(readOnly: Bool) throws {
        try Self.mount(["-o", readOnly ? "remount,ro" : "remount,rw", path])
    }

    /// Unmounts (lazily, should a process still hold a file) and removes the mount point.
    func unmount() {
        _ = try? Self.run("/bin/umount", ["-l", path])
        rmdir(path)
    }

    private static func mount(_ arguments: [String]) throws {
        try run("/bin/mount", arguments)
    }

    private static func run(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: "\(program) \(arguments.joined(separator: " "))"])
        }
    }
}
