@testable import gymplan
import GymPlan
import PostgresClient
import Testing

/// Every kind of failure gets its own exit status and a message that says what to do.
@Suite struct ErrorReportTests {
    static func report(_ state: String, _ message: String) -> ErrorReport {
        ErrorReport(PostgresError(kind: PostgresError.kind(forSQLState: state), message: message, sqlState: state))
    }

    @Test func aFullServerDiskIsUnavailableAndSaysNothingChanged() {
        let report = Self.report("53100", "could not extend file \"base/1/2\": No space left on device")
        #expect(report.exitStatus == 69)
        #expect(report.message.hasPrefix("the database server's disk is full: could not extend file"))
        #expect(report.message.contains("nothing was changed"))
    }

    @Test func missingPostGISOnTheServerIsNamed() {
        for (state, message) in [
            ("58P01", "could not open extension control file \"/usr/share/postgresql/15/extension/postgis.control\": No such file or directory"),
            ("0A000", "extension \"postgis\" is not available"),
        ] {
            let report = Self.report(state, message)
            #expect(report.exitStatus == 69)
            #expect(report.message.hasPrefix("PostGIS is not installed on the database server"), "\(state)")
        }
        // Another missing file is not about PostGIS.
        #expect(Self.report("58P01", "could not open file \"x\"").exitStatus == 70)
    }

    @Test func aMissingPrivilegeIsExit77WithAdvice() {
        let postgis = Self.report("42501", "permission denied to create extension \"postgis\"")
        #expect(postgis.exitStatus == 77)
        #expect(postgis.message.hasSuffix("an administrator of the server: CREATE EXTENSION postgis"))
        let table = Self.report("42501", "permission denied for table school")
        #expect(table.exitStatus == 77)
        #expect(table.message.hasSuffix("connect as a user with the rights this command needs"))
    }

    @Test func cancelledAndConcurrentCommands() {
        let cancelled = Self.report("57014", "canceling statement due to statement timeout")
        #expect(cancelled.exitStatus == 69)
        #expect(cancelled.message.contains("statement_timeout"))
        #expect(Self.report("55P03", "could not obtain lock on relation \"school\"").exitStatus == 75)
        let deadlock = Self.report("40P01", "deadlock detected")
        #expect(deadlock.exitStatus == 75)
        #expect(deadlock.message.hasSuffix("nothing was changed, run the command again"))
        #expect(Self.report("40001", "could not serialize access").exitStatus == 75)
    }

    @Test func connectionDataAndOtherFailures() {
        #expect(Self.report("08006", "server closed the connection").exitStatus == 69)
        #expect(Self.report("23505", "duplicate key").exitStatus == 65)
        #expect(Self.report("22P02", "invalid input syntax").exitStatus == 65)
        #expect(Self.report("42P01", "relation \"x\" does not exist").exitStatus == 70)
        #expect(ErrorReport(OutputError(path: "/x", reason: "No space left on device")).exitStatus == 74)
        #expect(ErrorReport(EmbeddedClusterError.diskFull(path: "/x", detail: "d")).exitStatus == 69)
    }

    @Test func domainErrorsGetTheirStatusFromTheCommandLine() {
        #expect(ErrorReport(ImportFailure(problems: [])).status == .dataError)
        #expect(ErrorReport(CapacityPlanError.unknownGym("G1")) == ErrorReport(.dataError, message: "what-if: no gym with id 'G1'"))
        #expect(ErrorReport(CapacityPlanError.noOptimum).status == .internalError)
        #expect(ErrorReport(MigrationError.unknownApplied(version: 9)) == ErrorReport(.configuration,
            message: "database schema: the database has migration 9, which this gymplan does not know: use a newer gymplan"))
        #expect(ErrorReport(MigrationError.duplicateVersion(3)).status == .configuration)
    }

    @Test func embeddedClusterAdviceNamesGymPlansVariables() {
        let report = ErrorReport(EmbeddedClusterError.folderNotUsable(path: "/x", reason: "it is not writable"))
        #expect(report.message == "embedded database: cannot use the folder /x for the embedded database: it is not writable"
            + " (set GYMPLAN_HOME to another folder, or DATABASE_URL to another server)")
    }
}
