extension EmbeddedCluster {
    /// A `psql` line to paste into a shell that opens `database` in this cluster as its superuser
    /// role, over the Unix socket. The server trusts local connections and its socket folder is
    /// reachable by its owner (and root), so the line works for the user who runs the program.
    public func psqlCommand(database: String) -> String {
        let program = PostgresBinaries.findOnPath("psql") == nil ? binaries.path("psql") : "psql"
        let conninfo = [("host", socketDirectory), ("port", String(Self.port)), ("dbname", database), ("user", superuser)]
            .map { "\($0.0)=\(Self.conninfoValue($0.1))" }.joined(separator: " ")
        return "\(Self.shellWord(program)) \"\(conninfo)\""
    }

    /// A conninfo value: as it is, or in single quotes when it holds a space, a quote or a backslash.
    static func conninfoValue(_ value: String) -> String {
        guard value.contains(where: { " '\\".contains($0) }) || value.isEmpty else { return value }
        return "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// A word for a POSIX shell: as it is when it is plain, else in single quotes.
    static func shellWord(_ word: String) -> String {
        guard word.contains(where: { !($0.isLetter || $0.isNumber || "/._-+".contains($0)) }) else { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
