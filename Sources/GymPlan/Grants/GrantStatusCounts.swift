/// How many grants have each status: the `grants` block of the ministry export (data contract,
/// section 5).
public struct GrantStatusCounts: Sendable, Codable, Equatable {
    /// Applied for, not decided yet.
    public var applied: Int
    /// Awarded, course not completed (yet).
    public var awarded: Int
    /// Rejected.
    public var rejected: Int
    /// Withdrawn by the applicant.
    public var withdrawn: Int
    /// Awarded and the course completed.
    public var completed: Int

    /// Counts, zero where not given.
    public init(applied: Int = 0, awarded: Int = 0, rejected: Int = 0, withdrawn: Int = 0, completed: Int = 0) {
        self.applied = applied
        self.awarded = awarded
        self.rejected = rejected
        self.withdrawn = withdrawn
        self.completed = completed
    }

    /// The count of one status.
    public subscript(status: GrantStatus) -> Int {
        get {
            switch status {
            case .applied: applied
            case .awarded: awarded
            case .rejected: rejected
            case .withdrawn: withdrawn
            case .completed: completed
            }
        }
        set {
            switch status {
            case .applied: applied = newValue
            case .awarded: awarded = newValue
            case .rejected: rejected = newValue
            case .withdrawn: withdrawn = newValue
            case .completed: completed = newValue
            }
        }
    }

    /// Every grant, whatever its status.
    public var total: Int { GrantStatus.allCases.reduce(0) { $0 + self[$1] } }
}
