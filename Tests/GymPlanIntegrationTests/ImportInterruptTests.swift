import Foundation
import PostgresClient
import TestSupport
import Testing

/// Ctrl-C during an import: `interrupted: nothing was imported`, exit status 130, the database as before.
@Suite struct ImportInterruptTests {
    /// Four large municipalities over two school years from tools/gymplan_generate: an import that
    /// takes long enough (seconds) to be interrupted in the middle.
    static func generatedSet() throws -> URL {
        try GeneratedDataSet.write(label: "interrupt", [
            "--seed", "7", "--scale", "municipalities:GM0363,GM0599,GM0518,GM0344",
            "--school-year", "2020-2021", "--school-year", "2021-2022",
        ])
    }

    static func counts(_ connection: Connection) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["municipality", "school", "gym", "gym_hours", "school_hours", "distance", "class", "lesson", "teacher",
                      "grant_application"] {
            counts[table] = try connection.query("SELECT count(*) FROM \(table)").scalar(Int.self)
        }
        return counts
    }

    @Test func ctrlCDuringAnImportRollsItBackAndExits130() throws {
        let folder = try Self.generatedSet()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try TestCluster.shared().makeDatabase(label: "sigint")
        #expect(try GymPlanCLI.run(["import", Repository.sampleData], database: database).status == 0)
        let observer = try database.connect()
        let before = try Self.counts(observer)

        let process = Process()
        process.executableURL = GymPlanCLI.executable
        process.arguments = ["import", folder.path]
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") && $0.key != "DATABASE_URL" }
        environment["DATABASE_URL"] = database.url
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Interrupt once the import holds its lock: its transaction is open and rows stream in.
        var importing = false
        for _ in 0..<3000 where !importing && process.isRunning {
            importing = try observer.query("""
                SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database() AND a.pid <> pg_backend_pid()
                """).scalar(Int.self) > 0
            if !importing { usleep(10_000) }
        }
        try #require(importing, "the import ended before it could be interrupted")
        usleep(300_000)
        process.interrupt()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "ended by the signal, not by gymplan")
        #expect(process.terminationStatus == 130, "\(message)")
        #expect(message == "gymplan: interrupted: nothing was imported\n", "\(message)")
        #expect(try Self.counts(observer) == before, "the interrupted import changed the database")
        // No transaction or lock was left behind: the same files import in full.
        let again = try GymPlanCLI.run(["import", folder.path], database: database)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try observer.query("SELECT count(*) FROM school").scalar(Int.self) > before["school"] ?? 0)
        try database.drop()
    }
}
