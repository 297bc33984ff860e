import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes result files all or nothing: each goes to a hidden temporary file beside its target, and
/// only when every one is complete and flushed are they renamed into place. A full disk or a
/// read-only folder therefore never leaves a truncated file, nor a set of which only some are new.
/// A symbolic link is followed (the file it names is replaced, the link stays); a target that is not
/// a regular file (`/dev/stdout`, a named pipe) is written directly.
public enum OutputFiles {
    public static func write(_ files: [(path: String, data: Data)]) throws {
        var temporaries: [(temporary: String, target: String)] = []
        defer { for entry in temporaries { unlink(entry.temporary) } }
        for file in files {
            switch Target(file.path) {
            case .special:
                try writeAll(file.data, toPath: file.path, flags: O_WRONLY | O_TRUNC)
            case .regular(let target):
                temporaries.append((try writeTemporary(file.data, besides: target, reportedAs: file.path), target))
            }
        }
        for (index, entry) in temporaries.enumerated() where rename(entry.temporary, entry.target) != 0 {
            throw OutputError(path: files[index].path, errno: errno)
        }
        temporaries.removeAll()
    }

    public static func write(_ data: Data, to path: String) throws {
        try write([(path, data)])
    }

    /// The path of the file `name` in the folder `folder` as the user gave it, with one `/` between
    /// them however many the folder ends in (`invest-csv/` gives `invest-csv/changes.csv`; `/` gives `/changes.csv`).
    public static func path(_ name: String, inFolder folder: String) -> String {
        var folder = Substring(folder)
        while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
        if folder.isEmpty { return name }
        return folder == "/" ? "/" + name : folder + "/" + name
    }

    /// Creates a folder (and its parents) for output files.
    public static func createFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: path, error: error)
        }
    }

    /// Where the bytes of a path go.
    private enum Target {
        /// A new or regular file, at this path once symbolic links are resolved.
        case regular(String)
        /// A device, pipe or socket: written in place.
        case special

        init(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else {
                self = .regular(path)
                return
            }
            guard info.st_mode & S_IFMT == S_IFREG else {
                self = .special
                return
            }
            self = .regular(realpath(path, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? path)
        }
    }

    private static func writeTemporary(_ data: Data, besides target: String, reportedAs path: String) throws -> String {
        let url = URL(fileURLWithPath: target)
        var template = Array(url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputError(path: path, errno: errno) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // mkstemp creates 0600; results are ordinary files, readable as the umask allows.
        let mask = umask(0)
        umask(mask)
        var failure = writeAll(data, to: descriptor)
        if failure == 0 && fchmod(descriptor, 0o666 & ~mask) != 0 { failure = errno }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw OutputError(path: path, errno: failure)
        }
        return temporary
    }

    private static func writeAll(_ data: Data, toPath path: String, flags: Int32) throws {
        let descriptor = open(path, flags | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(path: path, errno: errno) }
        var failure = writeAll(data, to: descriptor)
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw OutputError(path: path, errno: failure) }
    }

    /// Writes every byte to a descriptor, across short writes; returns 0 or the errno of the failure.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32 in
            guard var pointer = buffer.baseAddress else { return 0 }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Glibc.write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return errno
                }
                remaining -= written
                pointer += written
            }
            return 0
        }
    }
}
