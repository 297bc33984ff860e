import Foundation
import TestSupport
import Testing

/// A full or read-only disk under the embedded cluster: gymplan says so in one line, changes
/// nothing, and works again once there is space.
@Suite(.enabled(if: ScratchFileSystem.isAvailable, "mounting a small tmpfs needs root (CI runs as root)"))
struct EmbeddedDiskFaultTests {
    /// A scratch disk with `GYMPLAN_HOME` on it; the cluster is stopped and the disk unmounted after.
    final class Scene {
        let disk: ScratchFileSystem
        let home: String
        var environment: [String: String] { ["GYMPLAN_HOME": home] }

        init(megabytes: Int) throws {
            disk = try ScratchFileSystem(megabytes: megabytes)
            home = disk.path + "/gymplan"
        }

        func gymplan(_ arguments: [String]) throws -> GymPlanCLI.Result {
            try GymPlanCLI.run(arguments, environment: environment)
        }

        /// The row counts `gymplan db status --json` reports.
        func counts() throws -> [String: Int] {
            let status = try gymplan(["db", "status", "--json"])
            #expect(status.status == 0, "\(status.standardError)")
            let json = try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [String: Any]
            return json?["counts"] as? [String: Int] ?? [:]
        }

        deinit {
            disk.free()
            try? disk.remount(readOnly: false)
            _ = try? gymplan(["db", "stop"])
            disk.unmount()
        }
    }

    /// One line after the line naming the embedded cluster's folder.
    static func isOneLine(_ text: String) -> Bool {
        GymPlanCLI.withoutEmbeddedNotice(text).trimmingCharacters(in: .newlines).split(separator: "\n").count == 1
    }

    @Test func aDiskTooSmallForTheClusterIsNamedAndALargerOneWorks() throws {
        let scene = try Scene(megabytes: 20)
        let result = try scene.gymplan(["db", "status"])
        #expect(result.status == 69)
        #expect(result.standardError.contains("the disk holding \(scene.home) is full"), "\(result.standardError)")
        #expect(result.standardError.contains("No space left on device"))
        #expect(result.standardError.contains("GYMPLAN_HOME"))
        #expect(Self.isOneLine(result.standardError), "\(result.standardError)")

        try scene.disk.resize(megabytes: 100)
        let again = try scene.gymplan(["db", "status"])
        #expect(again.status == 0, "\(again.standardError)")
    }

    @Test func aDiskThatFillsDuringAnImportChangesNothingAndTheImportSucceedsLater() throws {
        let scene = try Scene(megabytes: 100)
        #expect(try scene.gymplan(["db", "start"]).status == 0)
        let before = try scene.counts()
        #expect(before["school"] == 0)
        try scene.disk.fill()
        #expect(scene.disk.available == 0)

        let failed = try scene.gymplan(["import", Repository.sampleData])
        #expect(failed.status == 69, "\(failed.standardError)")
        #expect(failed.standardError.contains("the database server's disk is full"), "\(failed.standardError)")
        #expect(failed.standardError.contains("nothing was changed"))
        #expect(Self.isOneLine(failed.standardError), "\(failed.standardError)")
        #expect(try scene.counts() == before, "a failed import changed the database")

        scene.disk.free()
        let imported = try scene.gymplan(["import", Repository.sampleData])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(try scene.counts()["school"] == 53)
    }

    @Test func aStoppedClusterOnAFullDiskIsNamedAndStartsOnceThereIsSpace() throws {
        let scene = try Scene(megabytes: 100)
        #expect(try scene.gymplan(["import", Repository.sampleData]).status == 0)
        #expect(try scene.gymplan(["db", "stop"]).status == 0)
        try scene.disk.fill()

        let result = try scene.gymplan(["flags", "--school-year", "2021-2022"])
        #expect(result.status == 69)
        #expect(result.standardError.contains("the disk holding \(scene.home) is full"), "\(result.standardError)")
        #expect(Self.isOneLine(result.standardError), "\(result.standardError)")

        scene.disk.free()
        let flags = try scene.gymplan(["flags", "--school-year", "2021-2022"])
        #expect(flags.status == 0, "\(flags.standardError)")
        #expect(try scene.counts()["school"] == 53)
    }

    @Test func aReadOnlyFolderIsNamedForAnExistingAndANewCluster() throws {
        let scene = try Scene(megabytes: 100)
        #expect(try scene.gymplan(["db", "start"]).status == 0)
        #expect(try scene.gymplan(["db", "stop"]).status == 0)
        try scene.disk.remount(readOnly: true)

        for home in [scene.home, scene.disk.path + "/new"] {
            let result = try GymPlanCLI.run(["db", "status"], environment: ["GYMPLAN_HOME": home])
            #expect(result.status == 69)
            #expect(result.standardError.contains("cannot use the folder \(home)"), "\(result.standardError)")
            #expect(result.standardError.contains("Read-only file system"), "\(result.standardError)")
            #expect(Self.isOneLine(result.standardError), "\(result.standardError)")
        }

        try scene.disk.remount(readOnly: false)
        let again = try scene.gymplan(["db", "status"])
        #expect(again.status == 0, "\(again.standardError)")
    }
}
