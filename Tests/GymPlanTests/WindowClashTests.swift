@testable import GymPlan
import PostgresClient
import SeededRandom
import TestSupport
import Testing

/// `StagingChecks.windowsClash`, the check of windows loaded straight into their table, against
/// the definition: some two windows of one gym and weekday overlap or touch, compared pair by pair.
@Suite struct WindowClashTests {
    /// A window in minutes after midnight: opens <= t < closes.
    struct Window: Hashable {
        var gym: String
        var weekday: Int
        var opens: Int
        var closes: Int
    }

    @Test func theOnePassAgreesWithComparingEveryPair() throws {
        let database = try TestCluster.shared().makeDatabase(label: "windows")
        defer { try? database.drop() }
        let connection = try database.connect()
        try connection.execute(script: """
            INSERT INTO municipality (code, name) VALUES ('GM0001', 'Eerstedorp');
            INSERT INTO gym (gym_id, name, municipality_code, halls, hours_per_week)
            VALUES ('G1', 'One', 'GM0001', 1, 10), ('G2', 'Two', 'GM0001', 1, 10);
            """)
        var generator = SplitMix64(seed: 20_191_001)
        var clashing = 0
        for _ in 0 ..< 300 {
            // A few windows on few days and hours, so that clashes, touches and gaps all occur.
            var windows: [Window] = []
            for _ in 0 ..< Int.random(in: 0 ... 6, using: &generator) {
                let opens = 8 * 60 + 15 * Int.random(in: 0 ... 16, using: &generator)
                let window = Window(
                    gym: Bool.random(using: &generator) ? "G1" : "G2", weekday: Int.random(in: 1 ... 2, using: &generator),
                    opens: opens, closes: opens + 15 * Int.random(in: 1 ... 8, using: &generator))
                // The primary key: one window per gym, weekday and start.
                if !windows.contains(where: { ($0.gym, $0.weekday, $0.opens) == (window.gym, window.weekday, window.opens) }) {
                    windows.append(window)
                }
            }
            try connection.query("DELETE FROM gym_hours")
            for window in windows {
                try connection.query(
                    "INSERT INTO gym_hours (gym_id, weekday, opens, closes) VALUES ($1, $2::smallint, $3::time, $4::time)",
                    [window.gym, window.weekday, ImportPipelineTests.clock(window.opens), ImportPipelineTests.clock(window.closes)])
            }
            let expected = windows.contains { a in
                windows.contains { b in
                    a != b && a.gym == b.gym && a.weekday == b.weekday && a.opens < b.opens && b.opens <= a.closes
                }
            }
            if expected { clashing += 1 }
            #expect(try StagingChecks.windowsClash(in: .gymHours, on: connection) == expected, "\(windows)")
        }
        // Both outcomes were tried, many times.
        #expect(clashing > 50 && clashing < 250, "\(clashing) of 300 clash")
    }
}
