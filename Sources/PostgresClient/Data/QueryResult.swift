import CLibPQ

/// The rows of one statement's result, in text format. It owns the libpq result and frees it once.
public final class QueryResult {
    private let handle: OpaquePointer
    /// Column positions by exact name, made on the first lookup, so that decoding many rows by
    /// name costs a dictionary lookup a cell.
    private lazy var positions: [String: Int] = {
        var positions: [String: Int] = [:]
        for (index, name) in columns.enumerated() where positions[name] == nil { positions[name] = index }
        return positions
    }()

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

    /// The index of the (first) column with this name; PostgreSQL's rules for case and quotes
    /// apply to a name that is not a column's exact name.
    public func columnIndex(_ name: String) -> Int? {
        if let index = positions[name] { return index }
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
        try decode(try column(name), as: type)
    }

    /// Decodes the cell in the column with this name as the raw value of an enumeration, nil
    /// for NULL; text that is no case's raw value is a decoding error.
    public func decode<T: RawRepresentable>(_ name: String, as type: T?.Type) throws -> T? where T.RawValue: PostgresDecodable {
        let column = try column(name)
        guard let raw = try decode(column, as: T.RawValue?.self) else { return nil }
        guard let value = T(rawValue: raw) else {
            let name = result.columnName(column)
            throw PostgresError(
                kind: .decoding, message: "column \"\(name)\" holds \"\(String(describing: raw).prefix(40))\", not a \(T.self)", column: name)
        }
        return value
    }

    /// Decodes the cell in the column with this name as the raw value of an enumeration; NULL
    /// and text that is no case's raw value are decoding errors.
    public func decode<T: RawRepresentable>(_ name: String, as type: T.Type) throws -> T where T.RawValue: PostgresDecodable {
        guard let value = try decode(name, as: T?.self) else {
            throw PostgresError(kind: .decoding, message: "column \"\(name)\" is NULL, expected \(T.self)", column: name)
        }
        return value
    }

    private func column(_ name: String) throws -> Int {
        guard let column = result.columnIndex(name) else {
            throw PostgresError(kind: .decoding, message: "the result has no column \"\(name)\"")
        }
        return column
    }
}

/// A type built from one result row.
public protocol PostgresRowDecodable {
    init(row: PostgresRow) throws
}
