import MinCostFlow

/// Turns an optimal flow of a ``CapacityNetwork`` into schools', municipalities' and groups' figures.
struct CapacityResults {
    var instance: CapacityInstance
    var network: CapacityNetwork
    var flows: [Int64]

    func unmet(of school: Int) -> Int {
        network.unplacedArcs[school].map { Int(flows[$0]) } ?? 0
    }

    /// Schools with at least one gym offering a slot within the limit.
    func reachesSlotGym() -> [Bool] {
        var reaches = [Bool](repeating: false, count: instance.schools.count)
        for pair in instance.pairs where instance.slots(of: pair.gym) > 0 {
            reaches[pair.school] = true
        }
        return reaches
    }

    func plan(year: SchoolYear, parameters: PlanningParameters, options: CapacityOptions, networkCost: Int64) -> CapacityPlan {
        var assigned = [[Int: (lessons: Int, distanceM: Int)]](repeating: [:], count: instance.schools.count)
        var totalCost: Int64 = 0
        for placement in network.placements where flows[placement.arc] > 0 {
            let flow = Int(flows[placement.arc])
            assigned[placement.school][placement.gym, default: (0, placement.distanceM)].lessons += flow
            totalCost += Int64(flow) * Int64(placement.distanceM)
        }
        let reaches = reachesSlotGym()
        var schools: [SchoolCapacity] = []
        schools.reserveCapacity(instance.schools.count)
        for (index, school) in instance.schools.enumerated() {
            let unmet = unmet(of: index)
            let assignments = assigned[index]
                .map { GymAssignment(gymId: instance.gyms[$0.key].id, lessons: $0.value.lessons, distanceM: $0.value.distanceM) }
                .sorted { $0.gymId < $1.gymId }
            schools.append(SchoolCapacity(
                schoolId: school.id, municipalityCode: school.municipalityCode, demandLessons: instance.demand(of: index),
                unmetLessons: unmet, distanceObstacle: !reaches[index], capacityObstacle: reaches[index] && unmet > 0,
                nearestGymM: school.nearestGymM, nearestGymEstimated: school.nearestGymM != nil && school.nearestGymEstimated,
                assignments: assignments))
        }
        let demand = schools.reduce(0) { $0 + $1.demandLessons }
        let unmet = schools.reduce(0) { $0 + $1.unmetLessons }
        let groups = CapacityExplanation(results: self, schools: schools).groups(lessonMinutes: parameters.lessonMinutes)
        return CapacityPlan(
            schoolYear: year, parameters: parameters, separateDays: options.separateDays, whatIf: options.whatIf,
            schools: schools, municipalities: municipalities(schools, lessonMinutes: parameters.lessonMinutes),
            demandLessons: demand, placedLessons: demand - unmet, unmetLessons: unmet, totalCost: totalCost,
            networkCost: networkCost, competingGroups: groups, network: network.network)
    }

    func municipalities(_ schools: [SchoolCapacity], lessonMinutes: Int) -> [MunicipalityCapacity] {
        var byCode: [String: MunicipalityCapacity] = [:]
        func empty(_ code: String) -> MunicipalityCapacity {
            MunicipalityCapacity(code: code, demandLessons: 0, supplyLessons: 0, unmetLessons: 0, schoolsWithDistanceObstacle: 0,
                                 capacityObstacle: false, distanceObstacle: false, shortageHallHours: 0)
        }
        for school in schools {
            var entry = byCode[school.municipalityCode] ?? empty(school.municipalityCode)
            entry.demandLessons += school.demandLessons
            entry.unmetLessons += school.unmetLessons
            entry.schoolsWithDistanceObstacle += school.distanceObstacle ? 1 : 0
            entry.distanceObstacle = entry.distanceObstacle || school.distanceObstacle
            entry.capacityObstacle = entry.capacityObstacle || school.capacityObstacle
            if school.capacityObstacle {
                entry.shortageHallHours += Double(school.unmetLessons * lessonMinutes) / 60
            }
            byCode[school.municipalityCode] = entry
        }
        for (index, gym) in instance.gyms.enumerated() {
            byCode[gym.municipalityCode, default: empty(gym.municipalityCode)].supplyLessons += instance.slots(of: index)
        }
        return byCode.values.sorted { $0.code < $1.code }
    }
}
