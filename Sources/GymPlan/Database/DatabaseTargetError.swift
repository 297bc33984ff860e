/// A database setting gymplan cannot use, found before connecting.
public enum DatabaseTargetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A URL of another kind (`http://…`) where a PostgreSQL URL was expected. Only the origin and
    /// the scheme are kept, so no password in the URL is ever printed.
    case notPostgresURL(origin: String, scheme: String)

    public var description: String {
        switch self {
        case .notPostgresURL(let origin, let scheme):
            "\(origin) is not a PostgreSQL URL: it starts with \(scheme)://, not postgresql:// or postgres://"
                + " (postgresql://USER@HOST:5432/DATABASE)"
        }
    }
}
