@testable import GymPlan
import PostgresClient
import TestSupport
import Testing

/// The plan of an import (`ImportPlan`): which tables are written in which order, which files go
/// straight into their tables, and which checks run before the write.
@Suite struct ImportPlanTests {
    @Test func anEmptyDatabaseTakesTheLargeFilesDirectlyAndLeavesKeysToTheWrite() throws {
        let database = try TestCluster.shared().makeDatabase(label: "plan")
        defer { try? database.drop() }
        let connection = try database.connect()
        let plan = try Self.plan(Repository.sampleData, on: connection)
        #expect(plan.writes.map(\.target.name) == [
            "municipality", "school", "gym", "gym_hours", "school_hours", "distance", "teacher", "class", "lesson",
            "grant_application", "dataset_source",
        ])
        #expect(plan.writes.compactMap(\.directFile?.layout.kind) == [
            "gym_hours", "school_hours", "distances", "teachers", "classes", "lessons",
        ])
        #expect(Set(plan.direct) == Set(plan.writes.compactMap(\.directFile?.index)))
        #expect(plan.duplicatesCheckedFirst.isEmpty)
        #expect(plan.duplicatesCheckedOnWrite == plan.writes.map(\.target))
        // The sample has no candidate sites: their one reference is not checked.
        #expect(plan.references.count == Reference.all.count - 1)
    }

    @Test func aDatabaseWithRowsStagesEveryFileAndChecksKeysFirst() throws {
        let database = try TestCluster.shared().makeDatabase(label: "plan")
        defer { try? database.drop() }
        let connection = try database.connect()
        _ = try Importer(connection: connection).importFiles(at: [Repository.sampleData])
        let plan = try Self.plan(Repository.sampleData, on: connection)
        #expect(plan.direct.isEmpty)
        #expect(plan.writes.allSatisfy { $0.directFile == nil })
        #expect(plan.duplicatesCheckedFirst == plan.writes.map(\.target))
        #expect(plan.duplicatesCheckedOnWrite.isEmpty)
    }

    /// The plan for the files at `path`, read as an import reads them.
    static func plan(_ path: String, on connection: Connection) throws -> ImportPlan {
        var problems: [ImportProblem] = []
        let sources = ImportSources.expand([path], problems: &problems)
        let opening = ImportFile.openAll(sources, encoding: nil)
        defer { opening.all.forEach { _ = $0.file?.decoded.value } }
        let input = ImportInput(paths: [path], pathProblems: problems, opened: opening.all)
        return try ImportPlan.make(input, on: connection)
    }
}
