import Foundation
import GymPlan
import PostgresClient
import TestSupport
import Testing

/// Two imports never interleave: each holds the import advisory lock for its whole transaction.
@Suite struct ImportLockTests {
    @Test(.timeLimit(.minutes(1)))
    func anImportWaitsForTheOneBeforeIt() throws {
        let database = try ImportTestDatabase.freshDatabase()
        let holder = try database.connect()
        try holder.query("BEGIN")
        try holder.advisoryTransactionLock(Importer.lockKey)

        let finished = DispatchSemaphore(value: 0)
        let fixture = ImportTestDatabase.fixture("contract")
        Thread.detachNewThread {
            let connection = try? database.connect()
            _ = try? connection.map { try Importer(connection: $0).importFiles(at: [fixture]) }
            finished.signal()
        }
        #expect(finished.wait(timeout: .now() + 1.5) == .timedOut)
        #expect(try holder.count("school") == 0)
        try holder.query("COMMIT")
        #expect(finished.wait(timeout: .now() + 30) == .success)
        #expect(try holder.count("school") == 4)
    }
}
