import CLibPQ
import Foundation

/// A request, made from another thread (say, the queue that handles SIGINT), that a connection stop
/// what it does: the statement running on the server is cancelled (`PQcancel`), and every later
/// statement but a `ROLLBACK` fails at once, so an open transaction can only end rolled back.
///
/// `@unchecked Sendable`: `requested` is only read and written holding `lock`; the `PGcancel`
/// object is made once, before any other thread can see the interruption, and libpq documents
/// `PQcancel` as safe to call from any thread (or a signal handler) while the connection is in use.
public final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private let cancel: OpaquePointer?

    /// An interruption for `connection`; it takes effect once set as the connection's `interruption`.
    public init(for connection: Connection) {
        cancel = PQgetCancel(connection.handle)
    }

    deinit {
        if let cancel { PQfreeCancel(cancel) }
    }

    /// True once `request()` was called.
    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }

    /// Marks the connection interrupted and asks the server to cancel the running statement.
    public func request() {
        lock.lock()
        requested = true
        lock.unlock()
        guard let cancel else { return }
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &buffer, Int32(buffer.count))
    }

    /// The error every statement after the request fails with (SQLSTATE 57014, query_canceled).
    static func error(statement: String) -> PostgresError {
        PostgresError(kind: .other, message: "interrupted by the user", sqlState: "57014", statement: String(statement.prefix(200)))
    }
}

extension Connection {
    /// Throws when an interruption was requested, for every statement but one that rolls back.
    func checkInterruption(before statement: String) throws {
        guard let interruption, interruption.isRequested else { return }
        if statement.uppercased().hasPrefix("ROLLBACK") { return }
        throw Interruption.error(statement: statement)
    }
}
