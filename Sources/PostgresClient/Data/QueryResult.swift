import CLibPQ

/// The rows of one statement's result, in text format. It owns the libpq result and frees it once.
public final class QueryResult {
    private let handle: OpaquePointer

    init(owning handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        PQclear(handle)
    }

    /// The number of rows returned.
    public var count: Int { Int(PQntuples(handle)) }

    /// The number of rows a command affected (INSERT, UPDATE, DELETE, COPY), or 0.
    public var affectedRows: Int {
        guard let text = PQcmdTuples(handle) else { return 0 }
        return Int(String(cString: text)) ?? 0
    }

    /// The column names, in order.
    public var columns: [String] {
        (0..<Int(PQnfields(handle))).map { String(cString: PQfname(handle, Int32($0))) }
    }

    /// The index of the column with this name.
    public func columnIndex(_ name: String) -> Int? {
        let index = Int(PQfnumber(handle, name))
        return index >= 0 ? index : nil
    }

    /// The text of one cell, or nil for NULL.
    public func text(row: Int, column: Int) -> String? {
        if PQgetisnull(handle, Int32(row), Int32(column)) == 1 { return nil }
        return String(cString: PQgetvalue(handle, Int32(row), Int32(column)))
    }

    /// The name of a column, for error messages.
    func columnName(_ column: Int) -> String {
        guard column >= 0, column < Int(PQnfields(handle)), let name = PQfname(handle, Int32(column)) else {
            return "column \(column + 1)"
        }
        return String(cString: name)
    }

    /// One row, for decoding.
    public subscript(row: Int) -> PostgresRow { PostgresRow(result: self, index: row) }

    /// The rows in order.
    public var rows: [PostgresRow] { (0..<count).map { self[$0] } }

    /// Decodes every row into a `PostgresRowDecodable` type.
    public func decode<T: PostgresRowDecodable>(_ type: T.Type) throws -> [T] {
        var values: [T] = []
        values.reserveCapacity(count)
        for index in 0..<count { values.append(try T(row: self[index])) }
        return values
    }

    /// Decodes the first column of the first row, for `SELECT count(*)` and friends.
    public func scalar<T: PostgresDecodable>(_ type: T.Type = T.self) throws -> T {
        guard count > 0 else {
            throw PostgresError(kind: .decoding, message: "expected a row, got none")
        }
        return try self[0].decode(0, as: T.self)
    }
}

/// One row of a `QueryResult`.
public struct PostgresRow {
    let result: QueryResult
    public let index: Int

    /// Decodes the cell in this column (by position).
    public func decode<T: PostgresDecodable>(_ column: Int, as type: T.Type = T.self) throws -> T {
        try T.decode(postgresText: result.text(row: index, column: column), column: result.columnName(column))
    }

    /// Decodes the cell in the column with this name.
    public func decode<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let column = result.columnIndex(name) else {
            throw PostgresError(kind: .decoding, message: "the result has no column \"\(name)\"")
        }
        return try decode(column, as: type)
    }
}

/// A type built from one result row.
public protocol PostgresRowDecodable {
    init(row: PostgresRow) throws
}
