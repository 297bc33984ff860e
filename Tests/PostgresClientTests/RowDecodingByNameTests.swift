import PostgresClient
import TestSupport
import Testing

/// Rows decoded by column name rather than position.
@Suite struct RowDecodingByNameTests {
    let database: TestDatabase
    let connection: Connection

    init() throws {
        database = try TestCluster.shared().makeDatabase(label: "byname")
        connection = try database.connect()
    }

    private enum Colour: String {
        case red, green
    }

    @Test func namesFindTheirColumnsInAnyOrderOnEveryRow() throws {
        let result = try connection.query("SELECT n AS number, n * 10 AS tens, 'x' || n AS \"Label\" FROM generate_series(1, 3) n")
        for (index, row) in result.rows.enumerated() {
            #expect(try row.decode("tens", as: Int.self) == (index + 1) * 10)
            #expect(try row.decode("number", as: Int.self) == index + 1)
            #expect(try row.decode("Label", as: String.self) == "x\(index + 1)")
        }
        // PostgreSQL's own rules still apply to a name that is not exact.
        #expect(result.columnIndex("NUMBER") == 0)
        #expect(result.columnIndex("\"Label\"") == 2)
        #expect(result.columnIndex("label") == nil)
    }

    @Test func aRepeatedNameIsTheFirstColumn() throws {
        let result = try connection.query("SELECT 1 AS a, 2 AS a")
        #expect(try result[0].decode("a", as: Int.self) == 1)
    }

    @Test func anUnknownNameIsADecodingError() throws {
        let result = try connection.query("SELECT 1 AS a")
        let error = #expect(throws: PostgresError.self) { try result[0].decode("b", as: Int.self) }
        #expect(error?.kind == .decoding)
        #expect(error?.message.contains("\"b\"") == true)
    }

    @Test func enumerationsDecodeFromTheirRawValues() throws {
        let result = try connection.query("SELECT 'green' AS colour, NULL::text AS none, 'blue' AS other")
        #expect(try result[0].decode("colour", as: Colour.self) == .green)
        #expect(try result[0].decode("colour", as: Colour?.self) == .green)
        #expect(try result[0].decode("none", as: Colour?.self) == nil)
        let null = #expect(throws: PostgresError.self) { try result[0].decode("none", as: Colour.self) }
        #expect(null?.kind == .decoding && null?.column == "none")
        let unknown = #expect(throws: PostgresError.self) { try result[0].decode("other", as: Colour?.self) }
        #expect(unknown?.kind == .decoding && unknown?.column == "other")
        #expect(unknown?.message.contains("\"blue\"") == true)
    }
}
