import Foundation
import TestSupport
import Testing

/// Every plan can be replayed: on generated data sets (random seeds, a municipality short of gym hours
/// and one of villages without a gym nearby), `invest`'s changes given to `capacity --what-if` leave
/// exactly the plan's `unmet_lessons_after`, and fewer unmet lessons than before whenever the plan
/// has changes.
@Suite struct InvestReplayTests {
    @Test(arguments: [0, 1, 2])
    func changesReplayedGiveTheUnmetLessonsAfter(_ run: Int) throws {
        var generator = SystemRandomNumberGenerator()
        let seed = UInt64.random(in: 1 ... 1_000_000, using: &generator)
        let folder = try GeneratedDataSet.write(label: "invest", [
            "--seed", String(seed), "--scale", "municipalities:GM0603,GM1950", "--profile", "GM0603=tight,GM1950=thin",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try TestCluster.shared().makeDatabase(label: "replay")
        defer { try? database.drop() }
        let imported = try GymPlanCLI.run(["import", folder.path], database: database)
        try #require(imported.status == 0, "seed \(seed): \(imported.standardError)")
        // Every third run without buses, so that new gyms are chosen too.
        let options = run == 2 ? ["--bus-max-distance-m", "0"] : []
        let document = try InvestCommandTests.invest(database, options)
        let summary = InvestCommandTests.summary(document)
        let before = try #require(summary["unmet_lessons_before"] as? Int)
        let after = try #require(summary["unmet_lessons_after"] as? Int)
        let changes = InvestCommandTests.changes(document)
        #expect(before > 0, "seed \(seed): a tight and a thin municipality have unmet lessons")
        #expect(changes.isEmpty == (after == before), "seed \(seed)")
        #expect(try InvestCommandTests.replayedUnmet(database, document) == after, "seed \(seed), \(changes.count) changes")
    }
}
