import CLibPQ
import Foundation

/// One open connection to a PostgreSQL server. It owns its libpq handle and frees it exactly once.
///
/// A connection is not thread-safe: use it from one task or thread at a time.
public final class Connection {
    let handle: OpaquePointer
    let settings: ConnectionSettings
    private let notices: NoticeCollector
    /// When set, a request on it (from another thread) cancels the running statement and fails
    /// every later one but a `ROLLBACK` (`Interruption`).
    public var interruption: Interruption?

    /// Opens a connection; pins UTF-8, UTC and ISO dates so that text results decode the same everywhere.
    /// The server shows it under the settings' `applicationName`.
    public init(settings: ConnectionSettings, connectTimeout: Int = 10) throws {
        var pairs = settings.parameters
        pairs.append(("client_encoding", "UTF8"))
        pairs.append(("options", "-c TimeZone=UTC -c DateStyle=ISO,YMD -c IntervalStyle=iso_8601"))
        if let applicationName = settings.applicationName { pairs.append(("application_name", applicationName)) }
        if !pairs.contains(where: { $0.0 == "connect_timeout" }) {
            pairs.append(("connect_timeout", String(connectTimeout)))
        }
        let connection: OpaquePointer? = Self.withCStringArrays(pairs) { keywords, values in
            PQconnectdbParams(keywords, values, 1)
        }
        guard let connection else {
            throw PostgresError(kind: .connection, message: "out of memory while connecting")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = settings.redact(Self.errorMessage(of: connection) ?? "connection failed")
            PQfinish(connection)
            throw PostgresError(kind: .connection, message: message)
        }
        self.handle = connection
        self.settings = settings
        self.notices = NoticeCollector()
        notices.install(on: connection)
    }

    deinit {
        PQfinish(handle)
    }

    /// Notices (and warnings) the server sent since the last call, oldest first.
    public func takeNotices() -> [String] { notices.take() }

    /// The server's version number, e.g. 150008.
    public var serverVersion: Int { Int(PQserverVersion(handle)) }

    /// Runs one statement with parameters in text format and returns its rows.
    @discardableResult
    public func query(_ sql: String, _ parameters: [any PostgresEncodable] = []) throws -> QueryResult {
        try checkInterruption(before: sql)
        let texts = parameters.map { $0.postgresText }
        let result: OpaquePointer? = Self.withOptionalCStrings(texts) { values in
            PQexecParams(handle, sql, Int32(texts.count), nil, values, nil, nil, 0)
        }
        return try check(result, statement: sql)
    }

    /// Runs a script of one or more statements through the simple protocol (no parameters). A
    /// multi-statement script runs atomically unless it manages transactions itself.
    public func execute(script: String) throws {
        try checkInterruption(before: script)
        let result = PQexec(handle, script)
        _ = try check(result, statement: script)
    }

    /// Turns a libpq result into a `QueryResult`, or throws the server's error.
    func check(_ result: OpaquePointer?, statement: String) throws -> QueryResult {
        guard let result else {
            throw connectionLostError(statement: statement)
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return QueryResult(owning: result)
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            PQclear(result)
            throw PostgresError(kind: .programming, message: "COPY must go through copyIn", statement: statement)
        default:
            var error = PostgresError(result: result, statement: statement)
            PQclear(result)
            if PQstatus(handle) != CONNECTION_OK { error.kind = .connection }
            error.message = settings.redact(error.message)
            throw error
        }
    }

    func connectionLostError(statement: String?) -> PostgresError {
        PostgresError(
            kind: .connection,
            message: settings.redact(Self.errorMessage(of: handle) ?? "the connection to the server was lost"),
            statement: statement.map { String($0.prefix(200)) }
        )
    }

    /// libpq's last error on a connection as one line (libpq writes several, indented), or nil.
    static func errorMessage(of connection: OpaquePointer) -> String? {
        guard let raw = PQerrorMessage(connection) else { return nil }
        let lines = String(cString: raw).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.isEmpty ? nil : lines.joined(separator: "; ")
    }

    static func withCStringArrays<R>(
        _ pairs: [(String, String)],
        _ body: (UnsafePointer<UnsafePointer<CChar>?>, UnsafePointer<UnsafePointer<CChar>?>) -> R
    ) -> R {
        let keys = pairs.map { strdup($0.0) } + [nil]
        let values = pairs.map { strdup($0.1) } + [nil]
        defer {
            keys.forEach { free($0) }
            values.forEach { free($0) }
        }
        let keyPointers = keys.map { UnsafePointer($0) }
        let valuePointers = values.map { UnsafePointer($0) }
        return keyPointers.withUnsafeBufferPointer { k in
            valuePointers.withUnsafeBufferPointer { v in body(k.baseAddress!, v.baseAddress!) }
        }
    }

    static func withOptionalCStrings<R>(_ texts: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
        if texts.isEmpty { return body(nil) }
        let copies = texts.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer($0) }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
