/// The two goals of the data contract (section 3): two PE lessons a week, and every lesson given
/// by a qualified teacher.
public enum Goal: String, Sendable, CaseIterable, Codable {
    case lessons
    case qualified
}
