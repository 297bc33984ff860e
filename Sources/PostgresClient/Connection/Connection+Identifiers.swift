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

extension Connection {
    /// The SCRAM-SHA-256 verifier of a role's password, computed here by libpq (as psql's
    /// `\password` does), so that the password itself never travels to the server, where a
    /// statement log could keep it.
    public func passwordVerifier(_ password: String, role: String) throws -> String {
        guard let verifier = PQencryptPasswordConn(handle, password, role, "scram-sha-256") else {
            throw PostgresError(kind: .other, message: "cannot encrypt the password: "
                + (Connection.errorMessage(of: handle) ?? "unknown error"))
        }
        defer { PQfreemem(verifier) }
        return String(cString: verifier)
    }
}
