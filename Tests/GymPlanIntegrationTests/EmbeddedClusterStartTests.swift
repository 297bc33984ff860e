import Foundation
import TestSupport
import Testing

/// First use of the embedded cluster when things happen at once or were cut short.
@Suite struct EmbeddedClusterStartTests {
    /// A fresh `GYMPLAN_HOME`, with the cluster stopped and the folder removed afterwards.
    final class Home {
        let path = FileManager.default.temporaryDirectory.path + "/gp-start-\(UUID().uuidString.prefix(8))"
        var environment: [String: String] { ["GYMPLAN_HOME": path] }

        deinit {
            _ = try? GymPlanCLI.run(["db", "stop"], environment: environment)
            try? FileManager.default.removeItem(atPath: path)
        }

        /// Runs the same command several times at the same moment.
        func runAtOnce(_ arguments: [String], times: Int) -> [GymPlanCLI.Result?] {
            let results = ConcurrentResults(count: times)
            let environment = environment
            DispatchQueue.concurrentPerform(iterations: times) { index in
                results.set(index, try? GymPlanCLI.run(arguments, environment: environment))
            }
            return results.all
        }
    }

    @Test func commandsStartingAtOnceOnAFreshFolderAllSucceed() throws {
        let home = Home()
        for result in home.runAtOnce(["db", "status"], times: 5) {
            #expect(result?.status == 0, "\(result?.standardError ?? "did not run")")
        }
        #expect(try GymPlanCLI.run(["db", "stop"], environment: home.environment).status == 0)
        // And again on the stopped cluster: one starts it, the others find it running.
        for result in home.runAtOnce(["flags", "--school-year", "2021-2022", "--format", "csv"], times: 5) {
            #expect(result?.status == 0, "\(result?.standardError ?? "did not run")")
        }
    }

    @Test func anInterruptedInitdbIsStartedOver() throws {
        let home = Home()
        // What a killed initdb leaves: a partial cluster beside an empty `data`.
        try FileManager.default.createDirectory(atPath: home.path + "/data.new/base", withIntermediateDirectories: true)
        try Data("15\n".utf8).write(to: URL(fileURLWithPath: home.path + "/data.new/PG_VERSION"))
        try FileManager.default.createDirectory(atPath: home.path + "/data", withIntermediateDirectories: true)
        let status = try GymPlanCLI.run(["db", "status"], environment: home.environment)
        #expect(status.status == 0, "\(status.standardError)")
        #expect(!FileManager.default.fileExists(atPath: home.path + "/data.new"))
    }

    /// What a Debian upgrade to a new PostgreSQL major version would meet.
    @Test func aClusterOfAnotherPostgreSQLVersionIsNamedAndLeftAlone() throws {
        let home = Home()
        #expect(try GymPlanCLI.run(["db", "start"], environment: home.environment).status == 0)
        #expect(try GymPlanCLI.run(["db", "stop"], environment: home.environment).status == 0)
        let versionFile = home.path + "/data/PG_VERSION"
        let version = try String(contentsOfFile: versionFile, encoding: .utf8)
        try Data("14\n".utf8).write(to: URL(fileURLWithPath: versionFile))
        let status = try GymPlanCLI.run(["db", "status"], environment: home.environment)
        #expect(status.status == 69)
        #expect(status.standardError.contains("cannot be used by this PostgreSQL"), "\(status.standardError)")
        #expect(status.standardError.contains("initialized by PostgreSQL version 14"))
        try Data(version.utf8).write(to: URL(fileURLWithPath: versionFile))
        #expect(try GymPlanCLI.run(["db", "status"], environment: home.environment).status == 0)
    }

    /// pg_ctl hands the paths to /bin/sh: a folder name must not be able to run anything.
    @Test func aFolderNameThatTheShellWouldInterpretIsRefused() throws {
        let marker = FileManager.default.temporaryDirectory.path + "/gp-injected-\(UUID().uuidString.prefix(8))"
        for name in ["gp-$(touch \(marker))", "gp-`touch \(marker)`", "gp-o'brien", "gp-\"quoted\""] {
            let home = FileManager.default.temporaryDirectory.path + "/" + name
            defer { try? FileManager.default.removeItem(atPath: home) }
            let status = try GymPlanCLI.run(["db", "status"], environment: ["GYMPLAN_HOME": home])
            #expect(status.status == 69, "\(name): \(status.standardError)")
            #expect(status.standardError.contains("which pg_ctl cannot pass to the server"), "\(status.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func aDataFolderThatIsNotAClusterIsLeftAloneAndNamed() throws {
        let home = Home()
        try FileManager.default.createDirectory(atPath: home.path + "/data", withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: home.path + "/data/notes.txt"))
        let status = try GymPlanCLI.run(["db", "status"], environment: home.environment)
        #expect(status.status == 69)
        #expect(status.standardError.contains("holds files but no PostgreSQL cluster"), "\(status.standardError)")
        #expect(try String(contentsOfFile: home.path + "/data/notes.txt", encoding: .utf8) == "precious")
    }
}

/// Results written by concurrent workers, each to its own index.
final class ConcurrentResults: @unchecked Sendable {
    // Safe: every access holds the lock.
    private var values: [GymPlanCLI.Result?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: GymPlanCLI.Result?) { lock.withLock { values[index] = value } }

    var all: [GymPlanCLI.Result?] { lock.withLock { values } }
}
