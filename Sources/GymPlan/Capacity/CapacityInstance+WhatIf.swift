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
        }
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
