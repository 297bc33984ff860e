@testable import GymPlan
import Testing
import TestSupport

/// The teacher travel time computed in Swift agrees with PostGIS's sphere distance (section 3).
@Suite("roster teacher travel")
struct RosterTravelTimeTests {
    @Test func swiftHaversineRoundsLikePostGIS() throws {
        let database = try TestCluster.shared().makeDatabase(label: "travel")
        defer { try? database.drop() }
        let connection = try database.connect()
        var generator = SystemRandomNumberGenerator()
        var points: [(Double, Double, Double, Double)] = []
        for _ in 0..<300 {
            let lat = Double.random(in: 50.8...53.5, using: &generator), lon = Double.random(in: 3.4...7.2, using: &generator)
            let far = Bool.random(using: &generator) ? 0.01 : 1.5
            points.append((lat, lon, lat + Double.random(in: -far...far, using: &generator),
                           lon + Double.random(in: -far...far, using: &generator)))
        }
        for (lat1, lon1, lat2, lon2) in points {
            let sql = """
                SELECT estimated_distance_m(ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography,
                                            ST_SetSRID(ST_MakePoint($4, $3), 4326)::geography, 1.3)
                """
            let metres = try connection.query(sql, [lat1, lon1, lat2, lon2]).scalar(Int.self)
            let swift = (TeacherTravel.sphereDistance((lat1, lon1), (lat2, lon2)) * 1.3 + 0.5).rounded(.down)
            #expect(Int(swift) == metres, "\(lat1),\(lon1) to \(lat2),\(lon2)")
            let minutes = TeacherTravel.minutes(from: (lat1, lon1), to: (lat2, lon2), detourFactor: 1.3, metresPerMinute: 250)
            #expect(minutes == (metres + 249) / 250)
        }
    }
}
