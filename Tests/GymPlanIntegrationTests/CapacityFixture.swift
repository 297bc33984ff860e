import Foundation
import GymPlan
import PostgresClient
import TestSupport

/// A small data set for the capacity tests, imported into a fresh database.
///
/// GM0001: schools 10AA00 (52.0, 5.0; classes 3, 4/5 in scope, 1/2 not) and 10BB00 (52.0, 5.01; one class);
/// gym G1 at (52.0, 5.004) with 2 slots. GM0003: gym G3 at (52.0, 5.012) with 1 slot, gym G0 at 10AA00's
/// spot with 0 slots. 10AA00 reaches only G1; 10BB00 reaches G1 and G3. GM0002: school 10CC00 without
/// coordinates (measured 700 m to G1), 10EE00 far from every gym, both without classes.
struct CapacityFixture {
    let database: TestDatabase
    let connection: Connection
    let folder: ImportTempFolder

    static let year = SchoolYear(firstYear: 2019)

    init(extraDistances: [String] = [], gyms: [String] = []) throws {
        database = try TestCluster.shared().makeDatabase(label: "capacity")
        connection = try database.connect()
        folder = try ImportTempFolder()
        try folder.write("municipalities.csv", "code,name\nGM0001,Een\nGM0002,Twee\nGM0003,Drie\n")
        try folder.write("schools.csv", """
            school_id,name,municipality_code,latitude,longitude
            10AA00,A,GM0001,52.0,5.0
            10BB00,B,GM0001,52.0,5.01
            10CC00,C,GM0002,,
            10EE00,E,GM0002,51.0,4.0

            """)
        try folder.write("gyms.csv", (["""
            gym_id,name,municipality_code,latitude,longitude,halls,hours_per_week
            G1,Gym 1,GM0001,52.0,5.004,1,1.5
            G3,Gym 3,GM0003,52.0,5.012,1,0.75
            G0,Gym 0,GM0003,52.0,5.0,1,0.5
            """] + gyms).joined(separator: "\n") + "\n")
        try folder.write("distances.csv", (["school_id,gym_id,distance_m", "10CC00,G1,700"] + extraDistances).joined(separator: "\n") + "\n")
        try folder.write("classes.csv", """
            school_year,school_id,class_id,grades
            2019-2020,10AA00,1,1/2
            2019-2020,10AA00,2,3
            2019-2020,10AA00,3,4/5
            2019-2020,10BB00,6,6/7/8

            """)
        _ = try Importer(connection: connection).importFiles(at: [folder.path])
    }

    func plan(_ options: CapacityOptions = .init(), parameters: PlanningParameters = .init()) throws -> CapacityPlan {
        try CapacityPlanner.plan(connection, year: Self.year, parameters: parameters, options: options)
    }

    /// The contract's estimate: haversine on a sphere of radius 6,371,008.8 m x factor, rounded half up.
    static func estimate(_ a: (Double, Double), _ b: (Double, Double), factor: Double = 1.3) -> Int {
        let radians = Double.pi / 180
        let dLat = (b.0 - a.0) * radians
        let dLon = (b.1 - a.1) * radians
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.0 * radians) * cos(b.0 * radians) * sin(dLon / 2) * sin(dLon / 2)
        let metres = 2 * 6_371_008.8 * asin(min(1, h.squareRoot()))
        return Int((metres * factor + 0.5).rounded(.down))
    }
}
