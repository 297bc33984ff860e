/// The character encodings a delimited text file may be read in.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf8"
    case windows1252 = "windows-1252"

    /// Parses a user's spelling of an encoding name: `utf8`, `UTF-8`, `windows-1252`, `cp1252`.
    public init?(name: String) {
        switch name.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case "utf8": self = .utf8
        case "windows1252", "cp1252", "win1252": self = .windows1252
        default: return nil
        }
    }
}
