import PostgresClient

extension CapacityInstance {
    /// Applies one what-if change (`maxDistance` is applied by reading with that limit).
    mutating func apply(_ change: WhatIfChange, connection: Connection, parameters: PlanningParameters) throws {
        switch change {
        case .addHalls(let id, let halls):
            let gym = try index(ofGym: id)
            guard gyms[gym].halls + halls <= CapacityPlanError.maximumHalls else {
                throw CapacityPlanError.tooManyHalls(gymId: id, halls: gyms[gym].halls, adding: halls)
            }
            gyms[gym].halls = max(0, gyms[gym].halls + halls)
        case .hours(let id, let hours):
            gyms[try index(ofGym: id)].hundredthHours = Int((hours * 100).rounded())
        case .newGym(let name, let latitude, let longitude, let halls, let hours, let code):
            let distances = try Self.distances(connection, toLatitude: latitude, longitude: longitude, parameters: parameters)
            addGym(Gym(id: WhatIfChange.newGymId(name), municipalityCode: code, halls: halls,
                       hundredthHours: Int((hours * 100).rounded())), distances: distances)
        case .maxDistance:
            break
        case .bus(let schoolId, let gymId):
            guard let school = schools.firstIndex(where: { $0.id == schoolId }) else { throw CapacityPlanError.unknownSchool(schoolId) }
            let gym = try index(ofGym: gymId)
            addBusPair(school: school, gym: gym, distanceM: try Self.distance(connection, school: schoolId, gym: gymId, parameters: parameters))
        }
    }

    /// Makes a school-gym pair within reach whatever its distance (a bus takes the class there), so
    /// that normalising keeps it. A pair already within reach stays as it is.
    mutating func addBusPair(school: Int, gym: Int, distanceM: Int) {
        guard !pairs.contains(where: { $0.school == school && $0.gym == gym }) else { return }
        let pair = Pair(school: school, gym: gym, distanceM: distanceM)
        pairs.append(pair)
        pairsByBus.insert(pair)
        pairs.sort { ($0.school, $0.gym) < ($1.school, $1.gym) }
    }

    /// Section 3's distance of one pair at any range: measured, else estimated.
    static func distance(_ connection: Connection, school: String, gym: String, parameters: PlanningParameters) throws -> Int {
        let rows = try connection.query("""
            SELECT coalesce(d.distance_m, estimated_distance_m(s.location, g.location, $3::float8)) AS distance_m
            FROM school s JOIN gym g ON g.gym_id = $2
            LEFT JOIN distance d ON d.school_id = s.school_id AND d.gym_id = g.gym_id
            WHERE s.school_id = $1
            """, [school, gym, parameters.detourFactor])
        guard let metres = try rows.rows.first?.decode("distance_m", as: Int?.self) else {
            throw CapacityPlanError.unknownBusDistance(schoolId: school, gymId: gym)
        }
        return metres
    }

    /// Adds a gym with estimated distances to schools (by school id) and updates their nearest gym.
    mutating func addGym(_ gym: Gym, distances: [(school: String, distanceM: Int)]) {
        gyms.append(gym)
        let gymIndex = gyms.count - 1
        let schoolIndex = schoolIndex()
        let offersSlots = gym.slots(lessonMinutes: lessonMinutes) > 0
        for (id, metres) in distances {
            guard let school = schoolIndex[id] else { continue }
            pairs.append(Pair(school: school, gym: gymIndex, distanceM: metres))
            if offersSlots, metres < schools[school].nearestGymM ?? .max {
                schools[school].nearestGymM = metres
                schools[school].nearestGymEstimated = true
            }
        }
        normalizePairs()
    }

    private func index(ofGym id: String) throws -> Int {
        guard let index = gyms.firstIndex(where: { $0.id == id }) else { throw CapacityPlanError.unknownGym(id) }
        return index
    }
}
