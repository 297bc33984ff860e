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

    /// Every grant, whatever its status.
    public var total: Int { applied + awarded + rejected + withdrawn + completed }
}
