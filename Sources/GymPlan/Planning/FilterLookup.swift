import PostgresClient

/// What a filter option (`--municipality`, `--school`) names, looked up before a report is built:
/// a code or id on record, or a name that only one of them has. A filter that matches nothing is
/// an error, never an empty report.
public enum FilterLookup {
    /// The code of the municipality `text` names: a code (`GM0363`, `363`), or a name, matched
    /// whole and case-insensitively, else as part of one name.
    public static func municipalityCode(_ text: String, on connection: Connection) throws -> String {
        if let code = WhatIfChange.municipalityCode(text) {
            let exists = try connection.query("SELECT count(*) FROM municipality WHERE code = $1", [code]).scalar(Int.self) > 0
            guard exists else { throw FilterError.none(kind: "municipality", text: code) }
            return code
        }
        return try byName(text, kind: "municipality", table: "municipality", key: "code", on: connection)
    }

    /// The id of the school `text` names: its DUO location code (any case), or a name as for municipalities.
    public static func schoolId(_ text: String, on connection: Connection) throws -> String {
        let id = text.uppercased()
        if try connection.query("SELECT count(*) FROM school WHERE school_id = $1", [id]).scalar(Int.self) > 0 { return id }
        do {
            return try byName(text, kind: "school", table: "school", key: "school_id", on: connection)
        } catch FilterError.none(let kind, _) {
            throw FilterError.none(kind: kind, text: text)
        }
    }

    /// The one row whose name is `text` (case-insensitively), else the one whose name contains it.
    private static func byName(_ text: String, kind: String, table: String, key: String, on connection: Connection) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for condition in ["lower(name) = lower($1)", "strpos(lower(name), lower($1)) > 0"] {
            let rows = try connection.query(
                "SELECT \(key) AS key, name FROM \(table) WHERE \(condition) ORDER BY \(key) LIMIT 11", [trimmed]).rows
            let candidates = try rows.map { (code: try $0.decode("key", as: String.self), name: try $0.decode("name", as: String.self)) }
            if candidates.count == 1 { return candidates[0].code }
            if candidates.count > 1 { throw FilterError.ambiguous(kind: kind, text: trimmed, candidates: candidates) }
        }
        throw FilterError.none(kind: kind, text: "named '\(trimmed)'")
    }
}

/// A filter option that names no row on record, or several.
public enum FilterError: Error, Sendable, CustomStringConvertible {
    case none(kind: String, text: String)
    case ambiguous(kind: String, text: String, candidates: [(code: String, name: String)])

    public var description: String {
        switch self {
        case .none(let kind, let text): return "no \(kind) \(text)"
        case .ambiguous(let kind, let text, let candidates):
            let shown = candidates.prefix(10).map { "\($0.code) \($0.name)" }.joined(separator: ", ")
            let more = candidates.count > 10 ? ", …" : ""
            return "'\(text)' names more than one \(kind): \(shown)\(more); give one of the codes"
        }
    }
}
