import Foundation

/// Standard output that reports failures. `print` drops write errors, so a result redirected to a
/// full disk would end truncated with exit status 0; this writes with `write(2)` and throws.
public enum StandardOutput {
    /// Writes all bytes, retrying short writes and interruptions.
    public static func write(_ data: Data) throws {
        let failure = OutputFiles.writeAll(data, to: STDOUT_FILENO)
        if failure != 0 { throw OutputError(path: OutputError.standardOutput, errno: failure) }
    }

    /// Writes text, adding a final newline when it has none (as `print` would).
    public static func write(_ text: String, endingLine: Bool = true) throws {
        var text = text
        if endingLine && !text.hasSuffix("\n") { text += "\n" }
        try write(Data(text.utf8))
    }
}
