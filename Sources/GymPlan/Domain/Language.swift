/// The language of words meant for people: reasons, messages, the report. Data fields stay as the
/// contract names them.
public enum Language: String, Sendable, Equatable, Codable, CaseIterable {
    case en, nl
}
