import CLibPQ
import Foundation

/// An error from PostgreSQL or libpq: a short description that carries no connection secrets, and
/// the server's diagnostic fields for debugging.
public struct PostgresError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, in buckets that callers act on.
    public enum Kind: Sendable, Equatable {
        /// Could not connect, or the connection was lost (SQLSTATE class 08 or a libpq failure).
        case connection
        /// The server rejected a value (class 22).
        case data
        /// A constraint was violated (class 23).
        case integrity
        /// Serialization failure or deadlock: the transaction may be retried (class 40).
        case retry
        /// An error in the SQL itself (class 42).
        case programming
        /// The user lacks a privilege (42501): a read-only role writing, PostGIS not enabled.
        case permission
        /// A column held NULL or text that the requested Swift type cannot decode.
        case decoding
        /// A transaction was aborted earlier; commands are ignored until its end (25P02).
        case transactionAborted
        /// The server ran out of disk space, memory or another resource (class 53), or could not
        /// read or write its files (58030): nothing the client did wrong, and its transaction is gone.
        case resources
        /// Anything else.
        case other
    }

    public var kind: Kind
    public var sqlState: String?
    public var message: String
    public var detail: String?
    public var hint: String?
    public var context: String?
    public var constraint: String?
    public var table: String?
    public var column: String?
    /// The statement's first characters, for debugging only.
    public var statement: String?

    public init(
        kind: Kind, message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil,
        context: String? = nil, constraint: String? = nil, table: String? = nil, column: String? = nil,
        statement: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.hint = hint
        self.context = context
        self.constraint = constraint
        self.table = table
        self.column = column
        self.statement = statement
    }

    /// Reads the diagnostic fields of a failed result (before it is freed).
    init(result: OpaquePointer, statement: String?) {
        func field(_ code: Int32) -> String? {
            guard let pointer = PQresultErrorField(result, code) else { return nil }
            return String(cString: pointer)
        }
        let state = field(CLibPQ_DIAG_SQLSTATE)
        var message = field(CLibPQ_DIAG_MESSAGE_PRIMARY)
        if message == nil, let text = PQresultErrorMessage(result) {
            // libpq's own errors (no SQLSTATE) come as several indented lines: make them one.
            message = String(cString: text).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        self.init(
            // Without an SQLSTATE the error arose in libpq itself: the connection failed.
            kind: state == nil ? .connection : Self.kind(forSQLState: state),
            message: message ?? "unknown error",
            sqlState: state,
            detail: field(CLibPQ_DIAG_MESSAGE_DETAIL),
            hint: field(CLibPQ_DIAG_MESSAGE_HINT),
            context: field(CLibPQ_DIAG_CONTEXT),
            constraint: field(CLibPQ_DIAG_CONSTRAINT_NAME),
            table: field(CLibPQ_DIAG_TABLE_NAME),
            column: field(CLibPQ_DIAG_COLUMN_NAME),
            statement: statement.map { String($0.prefix(200)) }
        )
    }

    /// The bucket for an SQLSTATE code.
    public static func kind(forSQLState state: String?) -> Kind {
        guard let state else { return .other }
        if state == "25P02" { return .transactionAborted }
        if state == "42501" { return .permission }
        switch state.prefix(2) {
        case "08": return .connection
        case "22": return .data
        case "23": return .integrity
        case "40": return .retry
        case "42": return .programming
        case "53": return .resources
        case "58" where state == "58030": return .resources
        case "57" where state == "57P01" || state == "57P02" || state == "57P03": return .connection
        default: return .other
        }
    }

    public var description: String {
        var text = message
        if let sqlState { text += " (SQLSTATE \(sqlState))" }
        return text
    }

    public var debugDescription: String {
        var lines = [description]
        if let detail { lines.append("DETAIL: \(detail)") }
        if let hint { lines.append("HINT: \(hint)") }
        if let context { lines.append("CONTEXT: \(context)") }
        if let constraint { lines.append("CONSTRAINT: \(constraint)") }
        if let table { lines.append("TABLE: \(table)") }
        if let column { lines.append("COLUMN: \(column)") }
        if let statement { lines.append("STATEMENT: \(statement)") }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while let last = text.last, last == "\n" || last == "\r" || last == " " { text.removeLast() }
        return text
    }
}
