import Foundation

/// The operating system's words for a failed file operation ("No space left on device",
/// "Read-only file system"), where Foundation would say "The operation could not be completed".
public enum FileSystemReason {
    public static func of(_ error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return text(errno: Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return text(errno: Int32(underlying.code))
        }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileWriteOutOfSpace: return text(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: return text(errno: EROFS)
        case .fileWriteNoPermission, .fileReadNoPermission: return text(errno: EACCES)
        case .fileNoSuchFile, .fileReadNoSuchFile: return text(errno: ENOENT)
        default: return nsError.localizedDescription
        }
    }

    public static func text(errno code: Int32) -> String {
        String(cString: strerror(code))
    }
}
