@testable import PostgresClient
import Testing

/// How server-side failures are named: a full disk and a read-only folder in their own words.
@Suite struct ServerFailureTests {
    @Test(arguments: [
        ("53100", PostgresError.Kind.resources), ("53200", .resources), ("53300", .resources),
        ("58030", .resources), ("58P01", .other), ("42501", .permission), ("42P01", .programming), ("22P02", .data), ("23505", .integrity), ("57P01", .connection),
    ])
    func sqlStatesFallIntoKinds(state: String, kind: PostgresError.Kind) {
        #expect(PostgresError.kind(forSQLState: state) == kind)
    }

    @Test func initdbOnAFullDiskIsADiskFullError() {
        let output = """
            running bootstrap script ... 2026-11-25 16:48:19.394 UTC [6354] FATAL:  could not extend file "base/1/2691": No space left on device
            2026-11-25 16:48:19.394 UTC [6354] HINT:  Check free disk space.
            Aborted
            initdb: removing data directory "/x/data"
            """
        let error = EmbeddedClusterError.failure(command: "initdb", status: 1, output: output, home: "/x", logFile: nil)
        #expect(error.description.hasPrefix(
            "the disk holding /x is full (could not extend file \"base/1/2691\": No space left on device); free space there"))
    }

    @Test func aReadOnlyDataFolderIsNamed() {
        let output = "pg_ctl: could not start server\nFATAL:  could not create lock file \"postmaster.pid\": Read-only file system\n"
        let error = EmbeddedClusterError.failure(command: "pg_ctl start", status: 1, output: output, home: "/x", logFile: "/x/postgres.log")
        #expect(error.description.hasPrefix(
            "cannot use the folder /x for the embedded database: its file system is read-only (could not create lock file \"postmaster.pid\": Read-only file system)"))
    }

    @Test func otherFailuresKeepTheirLastLines() {
        let error = EmbeddedClusterError.failure(
            command: "pg_ctl start", status: 1, output: "one\ntwo\nthree\nfour\n", home: "/x", logFile: "/x/postgres.log")
        #expect(error.description == "pg_ctl start failed with status 1: two; three; four (server log: /x/postgres.log)")
    }

    @Test func aClusterOfAnotherMajorVersionIsNamed() {
        let output = """
            2026-11-25 17:01:28.531 UTC [28975] FATAL:  database files are incompatible with server
            2026-11-25 17:01:28.531 UTC [28975] DETAIL:  The data directory was initialized by PostgreSQL version 14, which is not compatible with this version 15.18.
            """
        let error = EmbeddedClusterError.failure(command: "pg_ctl start", status: 1, output: output, home: "/x", logFile: "/x/postgres.log")
        let configuration = EmbeddedCluster.Configuration(superuser: "gymplan", folderName: "gymplan", homeVariable: "GYMPLAN_HOME")
        #expect(error.description(for: configuration) == "the embedded cluster at /x cannot be used by this PostgreSQL (The data directory was"
            + " initialized by PostgreSQL version 14, which is not compatible with this version 15.18.); upgrade it with"
            + " pg_upgrade, or set GYMPLAN_HOME to a new folder and import the data again")
    }

    @Test func fatalLinesAreKeptWithoutTheirLogPrefix() {
        let output = """
            2026-11-25 17:01:28.373 UTC [1] LOG:  database system is shut down
            2026-11-25 17:01:28.531 UTC [2] FATAL:  could not load library "x.so"
            2026-11-25 17:01:28.531 UTC [2] DETAIL:  it is missing
            """
        let error = EmbeddedClusterError.failure(command: "pg_ctl start", status: 1, output: output, home: "/x", logFile: "/x/postgres.log")
        #expect(error.description
            == "pg_ctl start failed with status 1: could not load library \"x.so\"; it is missing (server log: /x/postgres.log)")
    }
}
