/// The status of a lerarenbeurs application (contract section 2, `grants.csv`).
public enum GrantStatus: String, CaseIterable, Sendable, Codable, Comparable {
    case applied, awarded, rejected, withdrawn, completed

    /// Reads a file's value in any case; nil when it is not a status.
    public init?(fileValue text: String) {
        self.init(rawValue: text.lowercased())
    }

    /// The statuses of a grant still under way: a teacher with two at once is a warning.
    public static let open: [GrantStatus] = [.applied, .awarded]

    public static func < (lhs: GrantStatus, rhs: GrantStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
