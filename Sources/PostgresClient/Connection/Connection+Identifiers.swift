import CLibPQ

extension Connection {
    /// Quotes an identifier (a table or database name) for use in SQL, with libpq's escaping.
    public func quoteIdentifier(_ name: String) throws -> String {
        guard let escaped = PQescapeIdentifier(handle, name, name.utf8.count) else {
            throw PostgresError(kind: .programming, message: "cannot quote identifier: "
                + (Connection.errorMessage(of: handle) ?? ""))
        }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }
}
