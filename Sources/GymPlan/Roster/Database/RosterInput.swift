import Foundation

/// The speeds of section 6 that turn distances into minutes, beside section 3's rule parameters.
public struct RosterSpeeds: Sendable, Hashable {
    /// A class's walking speed (`walk_m_per_min`).
    public var walkMetresPerMinute: Double
    /// A PE teacher's speed between two gyms (`teacher_m_per_min`).
    public var teacherMetresPerMinute: Double

    public init(walkMetresPerMinute: Double = 60, teacherMetresPerMinute: Double = 250) {
        self.walkMetresPerMinute = walkMetresPerMinute
        self.teacherMetresPerMinute = teacherMetresPerMinute
    }
}

/// A roster problem read from the database, with what the output needs beside it: each school's
/// municipality (for `--municipality`) and the year's timetable (for `--check`).
public struct RosterInput: Sendable {
    public var year: SchoolYear
    public var parameters: PlanningParameters
    public var speeds: RosterSpeeds
    public var problem: RosterProblem
    /// By school index: the school's municipality code.
    public var schoolMunicipalities: [String]
    /// The year's imported lessons, every class; empty unless read for the check.
    public var timetable: [TimetableLesson]
    /// How many gyms and schools have their own windows; the others have the defaults.
    public var hours: HoursCoverage
}

/// Section 6's teacher travel time: ceil(round-half-up(haversine x detour factor) / speed), on the
/// sphere of section 3.
enum TeacherTravel {
    /// The contract's 6,371,008.8 m as PostGIS has it, (2a + b) / 3 of WGS84, so that rounding
    /// half up agrees with `ST_Distance(a, b, false)` also at the half metre.
    static let earthRadiusM = 6_371_008.771_415

    static func minutes(
        from a: (latitude: Double, longitude: Double), to b: (latitude: Double, longitude: Double),
        detourFactor: Double, metresPerMinute: Double
    ) -> Int {
        let metres = (sphereDistance(a, b) * detourFactor + 0.5).rounded(.down)
        return Int((metres / metresPerMinute).rounded(.up))
    }

    /// The haversine distance in metres.
    static func sphereDistance(_ a: (latitude: Double, longitude: Double), _ b: (latitude: Double, longitude: Double)) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians, dLon = (b.longitude - a.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusM * asin(min(1, h.squareRoot()))
    }

    /// Travel times between the problem's gyms, computed when asked (a national table would be millions of pairs).
    static func times(gyms: [RosterGym], detourFactor: Double, metresPerMinute: Double) -> TeacherTravelTimes {
        let points: [(latitude: Double, longitude: Double)?] = gyms.map { gym in
            guard let latitude = gym.latitude, let longitude = gym.longitude else { return nil }
            return (latitude, longitude)
        }
        return TeacherTravelTimes { first, second in
            guard let a = points[first], let b = points[second] else { return nil }
            return minutes(from: a, to: b, detourFactor: detourFactor, metresPerMinute: metresPerMinute)
        }
    }
}
