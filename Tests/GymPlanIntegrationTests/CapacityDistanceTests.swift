import Foundation
import GymPlan
import PostgresClient
import Testing

/// SQL/0003_distances.sql and the distance rules of the data contract, section 3.
@Suite struct CapacityDistanceTests {
    struct Row: Equatable { var school: String; var gym: String; var metres: Int; var estimated: Bool }

    func distances(_ fixture: CapacityFixture, max: Int = 1000, factor: Double = 1.3) throws -> [Row] {
        try fixture.connection.query(
            "SELECT school_id, gym_id, distance_m, estimated FROM school_gym_distances($1, $2, 45) ORDER BY 1, 2", [max, factor]
        ).rows.map { Row(school: try $0.decode(0), gym: try $0.decode(1), metres: try $0.decode(2), estimated: try $0.decode(3)) }
    }

    @Test func measuredWinsEstimatedIsRoundedHalfUpAndUnknownIsAbsent() throws {
        let fixture = try CapacityFixture()
        let aG1 = CapacityFixture.estimate((52.0, 5.0), (52.0, 5.004))
        let bG1 = CapacityFixture.estimate((52.0, 5.01), (52.0, 5.004))
        let bG3 = CapacityFixture.estimate((52.0, 5.01), (52.0, 5.012))
        #expect(try distances(fixture) == [
            Row(school: "10AA00", gym: "G1", metres: aG1, estimated: true),
            Row(school: "10BB00", gym: "G1", metres: bG1, estimated: true),
            Row(school: "10BB00", gym: "G3", metres: bG3, estimated: true),
            Row(school: "10CC00", gym: "G1", metres: 700, estimated: false),
        ])
        // The detour factor scales the estimate; a gym with 0 slots (G0, at 10AA00's spot) never counts.
        let factor2 = try distances(fixture, factor: 2.0)
        #expect(factor2.first == Row(school: "10AA00", gym: "G1", metres: CapacityFixture.estimate((52.0, 5.0), (52.0, 5.004), factor: 2), estimated: true))
        #expect(try fixture.connection.query("SELECT estimated_distance_m('POINT(5 52)'::geography, 'POINT(5.004 52)'::geography, 1.3)").scalar(Int.self) == aG1)
    }

    @Test func aMeasuredDistanceOverTheLimitExcludesAPairTheEstimateWouldAdmit() throws {
        let fixture = try CapacityFixture(extraDistances: ["10AA00,G1,1200"])
        #expect(try distances(fixture).contains { $0.school == "10AA00" } == false)
        let plan = try fixture.plan()
        let school = try #require(plan.schools.first { $0.schoolId == "10AA00" })
        #expect(school.distanceObstacle && !school.capacityObstacle && school.unmetLessons == 4)
        // The nearest is now G3 (estimated, beyond the limit), nearer than the measured 1200 m to G1.
        #expect(school.nearestGymM == CapacityFixture.estimate((52.0, 5.0), (52.0, 5.012)) && school.nearestGymEstimated)
        #expect(try fixture.connection.query("SELECT distance_m FROM school_nearest_gym(1.0, 45) WHERE school_id = '10AA00'").scalar(Int.self)
            == CapacityFixture.estimate((52.0, 5.0), (52.0, 5.012), factor: 1.0))
    }

    @Test func nearestGymAndDistanceObstaclesForEverySchool() throws {
        let fixture = try CapacityFixture()
        let plan = try fixture.plan()
        #expect(plan.schools.map(\.schoolId) == ["10AA00", "10BB00", "10CC00", "10EE00"])
        let nearest = Dictionary(uniqueKeysWithValues: plan.schools.map { ($0.schoolId, $0) })
        #expect(nearest["10AA00"]?.nearestGymM == CapacityFixture.estimate((52.0, 5.0), (52.0, 5.004)))
        #expect(nearest["10AA00"]?.nearestGymEstimated == true)
        #expect(nearest["10CC00"]?.nearestGymM == 700 && nearest["10CC00"]?.nearestGymEstimated == false)
        #expect(nearest["10CC00"]?.distanceObstacle == false)
        // 10EE00 has no classes: its distance obstacle is judged all the same and counts for GM0002.
        #expect(nearest["10EE00"]?.demandLessons == 0 && nearest["10EE00"]?.distanceObstacle == true)
        #expect(nearest["10EE00"]?.nearestGymM == CapacityFixture.estimate((51.0, 4.0), (52.0, 5.004)))
        let gm0002 = try #require(plan.municipalities.first { $0.code == "GM0002" })
        #expect(gm0002.distanceObstacle && gm0002.schoolsWithDistanceObstacle == 1 && !gm0002.capacityObstacle)
    }

    @Test func aSchoolWithNeitherCoordinatesNorMeasurementsHasNoNearestGym() throws {
        let fixture = try CapacityFixture()
        try fixture.connection.query("DELETE FROM distance")
        let school = try #require(try fixture.plan().schools.first { $0.schoolId == "10CC00" })
        #expect(school.nearestGymM == nil && !school.nearestGymEstimated && school.distanceObstacle)
    }
}
