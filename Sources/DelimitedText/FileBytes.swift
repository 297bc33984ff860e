#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files into memory without Foundation.
enum FileBytes {
    /// Why a file could not be read.
    struct ReadError: Error {
        var reason: String
    }

    /// All bytes of the file at `path`.
    static func contents(of path: String) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(reason: currentErrorText()) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(reason: currentErrorText())
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0 ..< count])
        }
    }

    private static func currentErrorText() -> String {
        String(cString: strerror(errno))
    }
}
