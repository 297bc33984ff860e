extension Connection {
    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try transaction(beginning: "BEGIN", body)
    }

    /// Runs `body` in a read-only REPEATABLE READ transaction: every query sees the same snapshot,
    /// so a report made of several queries never mixes data from before and after a write that
    /// commits meanwhile, and nothing can be written.
    @discardableResult
    public func readOnlySnapshot<T>(_ body: () throws -> T) throws -> T {
        try transaction(beginning: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    private func transaction<T>(beginning begin: String, _ body: () throws -> T) throws -> T {
        try query(begin)
        let value: T
        do {
            value = try body()
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
        try query("COMMIT")
        return value
    }

    /// Takes a transaction-scoped advisory lock, waiting for other holders.
    public func advisoryTransactionLock(_ key: Int64) throws {
        try query("SELECT pg_advisory_xact_lock($1)", [key])
    }
}
