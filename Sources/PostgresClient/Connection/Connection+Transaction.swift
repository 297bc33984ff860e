extension Connection {
    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try query("BEGIN")
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
