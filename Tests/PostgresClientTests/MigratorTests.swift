import PostgresClient
import TestSupport
import Testing

@Suite struct MigratorTests {
    let migrations = [
        Migration(version: 1, name: "first", sql: "CREATE TABLE a (x int); INSERT INTO a VALUES (1);"),
        Migration(version: 2, name: "second", sql: "CREATE TABLE b (y int);"),
    ]

    @Test func appliesInOrderOnceAndRecordsChecksums() throws {
        let database = try TestCluster.shared().makeEmptyDatabase()
        let connection = try database.connect()
        #expect(try Migrator(migrations: migrations).migrate(connection) == [1, 2])
        #expect(try Migrator(migrations: migrations).migrate(connection) == [])
        #expect(try connection.query("SELECT count(*) FROM a").scalar(Int.self) == 1)
        #expect(try Migrator(migrations: migrations).isUpToDate(connection))
        try database.drop()
    }

    @Test func aFailingMigrationLeavesNothingBehind() throws {
        let database = try TestCluster.shared().makeEmptyDatabase()
        let connection = try database.connect()
        let broken = migrations + [Migration(version: 3, name: "broken", sql: "CREATE TABLE c (z int); SELECT 1/0;")]
        #expect(throws: PostgresError.self) { try Migrator(migrations: broken).migrate(connection) }
        #expect(try connection.query("SELECT to_regclass('c') IS NULL").scalar(Bool.self))
        #expect(try Migrator(migrations: migrations).recorded(connection).keys.sorted() == [1, 2])
    }

    @Test func anEditedAppliedMigrationIsRefused() throws {
        let database = try TestCluster.shared().makeEmptyDatabase()
        let connection = try database.connect()
        try Migrator(migrations: migrations).migrate(connection)
        var edited = migrations
        edited[0].sql += "\n-- edited"
        let error = #expect(throws: MigrationError.self) { try Migrator(migrations: edited).migrate(connection) }
        #expect(error == .checksumMismatch(version: 1, name: "first"))
        #expect(error?.description.contains("0001_first.sql") == true)
    }

    @Test func anUnknownAppliedMigrationMeansTheProgramIsTooOld() throws {
        let database = try TestCluster.shared().makeEmptyDatabase()
        let connection = try database.connect()
        try Migrator(migrations: migrations).migrate(connection)
        let error = #expect(throws: MigrationError.self) { try Migrator(migrations: [migrations[0]]).migrate(connection) }
        #expect(error == .unknownApplied(version: 2))
    }

    @Test func migrationFilesAreReadInVersionOrder() throws {
        let parsed = try Migration.parse(files: [("0002_b.sql", "B"), ("README.md", "x"), ("0001_a.sql", "A")])
        #expect(parsed.map(\.version) == [1, 2])
        #expect(parsed.map(\.name) == ["a", "b"])
        #expect(throws: MigrationError.duplicateVersion(1)) {
            try Migration.parse(files: [("0001_a.sql", "A"), ("0001_b.sql", "B")])
        }
    }
}
