import PostgresClient
import TestSupport
import Testing

@Suite struct ConnectionTests {
    let database: TestDatabase
    let connection: Connection

    init() throws {
        database = try TestCluster.shared().makeDatabase(label: "conn")
        connection = try database.connect()
    }

    @Test func parametersRoundTripAsData() throws {
        let hostile = "Robert'); DROP TABLE municipality; --"
        let result = try connection.query(
            "SELECT $1::text AS a, $2::int AS b, $3::float8 AS c, $4::text AS d, $5::bool AS e",
            [hostile, 42, 2.5, String?.none, true])
        #expect(try result[0].decode("a", as: String.self) == hostile)
        #expect(try result[0].decode("b", as: Int.self) == 42)
        #expect(try result[0].decode("c", as: Double.self) == 2.5)
        #expect(try result[0].decode("d", as: String?.self) == nil)
        #expect(try result[0].decode("e", as: Bool.self))
        #expect(try connection.query("SELECT count(*) FROM municipality").scalar(Int.self) == 0)
    }

    @Test func nullInNonOptionalIsADecodingErrorNamingTheColumn() throws {
        let result = try connection.query("SELECT NULL::int AS pupils")
        let error = #expect(throws: PostgresError.self) { try result[0].decode("pupils", as: Int.self) }
        #expect(error?.kind == .decoding)
        #expect(error?.message.contains("pupils") == true)
    }

    @Test func uniqueViolationIsAnIntegrityError() throws {
        try connection.query("INSERT INTO municipality (code, name) VALUES ('GM0363', 'Amsterdam')")
        let error = #expect(throws: PostgresError.self) {
            try connection.query("INSERT INTO municipality (code, name) VALUES ('GM0363', 'Amsterdam')")
        }
        #expect(error?.kind == .integrity)
        #expect(error?.sqlState == "23505")
        #expect(error?.constraint == "municipality_pkey")
        #expect(error?.detail?.contains("GM0363") == true)
    }

    @Test func badInputSyntaxIsADataError() throws {
        let error = #expect(throws: PostgresError.self) { try connection.query("SELECT $1::int", ["twelve"]) }
        #expect(error?.kind == .data)
        #expect(error?.sqlState == "22P02")
    }

    @Test func statementInFailedTransactionIsReported() throws {
        try connection.query("BEGIN")
        _ = try? connection.query("SELECT 1/0")
        let error = #expect(throws: PostgresError.self) { try connection.query("SELECT 1") }
        #expect(error?.kind == .transactionAborted)
        try connection.query("ROLLBACK")
        #expect(try connection.query("SELECT 1").scalar(Int.self) == 1)
    }

    @Test func transactionRollsBackWhenTheBodyThrows() throws {
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try connection.transaction {
                try connection.query("INSERT INTO municipality (code, name) VALUES ('GM0001', 'A')")
                throw Boom()
            }
        }
        #expect(try connection.query("SELECT count(*) FROM municipality").scalar(Int.self) == 0)
        try connection.transaction {
            try connection.query("INSERT INTO municipality (code, name) VALUES ('GM0001', 'A')")
        }
        #expect(try connection.query("SELECT count(*) FROM municipality").scalar(Int.self) == 1)
    }

    @Test func aReadOnlySnapshotSeesNoCommitsMadeMeanwhileAndWritesNothing() throws {
        let writer = try database.connect()
        try connection.readOnlySnapshot {
            #expect(try connection.query("SELECT count(*) FROM municipality").scalar(Int.self) == 0)
            try writer.query("INSERT INTO municipality (code, name) VALUES ('GM0001', 'A')")
            #expect(try connection.query("SELECT count(*) FROM municipality").scalar(Int.self) == 0)
            let error = #expect(throws: PostgresError.self) {
                try connection.query("INSERT INTO municipality (code, name) VALUES ('GM0002', 'B')")
            }
            #expect(error?.sqlState == "25006")
        }
        #expect(try connection.query("SELECT count(*) FROM municipality").scalar(Int.self) == 1)
    }

    @Test func copyStreamsRowsAndCountsUTF8Bytes() throws {
        try connection.query("CREATE TEMP TABLE t (a text, b int)")
        let rows = try connection.copyIn("COPY t FROM STDIN") { writer in
            try writer.write("Zoë\t1\n")
            try writer.write("’s-Hertogenbosch\t2\n")
            try writer.write([UInt8]("Çà\t3\n".utf8))
        }
        #expect(rows == 3)
        let names = try connection.query("SELECT a FROM t ORDER BY b").rows.map { try $0.decode(0, as: String.self) }
        #expect(names == ["Zoë", "’s-Hertogenbosch", "Çà"])
    }

    @Test func badCopyRowIsReportedWithItsLineAndTheConnectionStaysUsable() throws {
        try connection.query("CREATE TEMP TABLE t (a text, b int)")
        let error = #expect(throws: PostgresError.self) {
            try connection.copyIn("COPY t FROM STDIN") { writer in
                try writer.write("x\t1\ny\tnot-a-number\n")
            }
        }
        #expect(error?.sqlState == "22P02")
        #expect(error?.context?.contains("line 2") == true)
        #expect(try connection.query("SELECT count(*) FROM t").scalar(Int.self) == 0)
    }

    @Test func copyCancelledByTheCallerRollsBack() throws {
        struct Stop: Error {}
        try connection.query("CREATE TEMP TABLE t (a text)")
        #expect(throws: Stop.self) {
            try connection.copyIn("COPY t FROM STDIN") { writer in
                try writer.write("x\n")
                throw Stop()
            }
        }
        #expect(try connection.query("SELECT count(*) FROM t").scalar(Int.self) == 0)
    }

    @Test func noticesAreCollectedNotPrinted() throws {
        try connection.execute(script: "DO $$ BEGIN RAISE NOTICE 'hello from the server'; END $$")
        #expect(connection.takeNotices().contains { $0.contains("hello from the server") })
        #expect(connection.takeNotices().isEmpty)
    }

    @Test func quotedIdentifiersAreSafe() throws {
        #expect(try connection.quoteIdentifier("a\"b") == "\"a\"\"b\"")
    }
}

@Suite struct ConnectFailureTests {
    @Test func refusedConnectionIsAConnectionError() throws {
        let settings = ConnectionSettings.socket(directory: "/nonexistent-gymplan", user: "x", database: "x")
        let error = #expect(throws: PostgresError.self) { try Connection(settings: settings, connectTimeout: 2) }
        #expect(error?.kind == .connection)
    }

    @Test func passwordNeverAppearsInConnectionErrors() throws {
        for url in [
            "postgresql://alice:s3cr%21tpw@127.0.0.1:1/db",
            "postgresql://alice:s3cr!tpw@127.0.0.1:1/db?connect_timeout=2",
            "alice:s3cr!tpw@nowhere",
            "host=127.0.0.1 port=1 password=s3cr!tpw",
        ] {
            let error = #expect(throws: PostgresError.self) { try Connection(settings: .url(url), connectTimeout: 2) }
            let text = (error?.description ?? "") + (error?.debugDescription ?? "")
            #expect(!text.contains("s3cr"), "leaked in: \(text)")
            #expect(error?.kind == .connection)
        }
    }
}
