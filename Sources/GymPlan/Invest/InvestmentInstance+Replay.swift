extension InvestmentInstance {
    /// Section 3's instance with a plan's changes applied, as `capacity --what-if` would: longer hours
    /// set a gym's hours, a new gym joins with its site's pairs, a bus makes its pair within reach.
    func replaying(_ changes: [InvestmentChange]) -> CapacityInstance {
        var replayed = capacity
        let gymIndex = capacity.gymIndex()
        let schoolIndex = capacity.schoolIndex()
        let siteIndex = Dictionary(uniqueKeysWithValues: sites.enumerated().map { ($1.id, $0) })
        for change in changes {
            switch change {
            case .longerHours(let longer):
                replayed.gyms[gymIndex[longer.gymId]!].hundredthHours = Int((longer.hoursPerWeek * 100).rounded())
            case .bus(let bus):
                let pair = busPairs.first { capacity.schools[$0.school].id == bus.schoolId && capacity.gyms[$0.gym].id == bus.gymId }
                replayed.addBusPair(school: schoolIndex[bus.schoolId]!, gym: gymIndex[bus.gymId]!, distanceM: pair?.distanceM ?? bus.distanceM)
            case .newGym(let gym):
                let site = siteIndex[gym.siteId]!
                let data = sites[site]
                replayed.gyms.append(CapacityInstance.Gym(
                    id: WhatIfChange.newGymId(data.name), municipalityCode: data.municipalityCode, halls: data.halls,
                    hundredthHours: data.hundredthHours))
                for pair in sitePairs where pair.site == site {
                    replayed.pairs.append(CapacityInstance.Pair(school: pair.school, gym: replayed.gyms.count - 1, distanceM: pair.distanceM))
                }
            }
        }
        replayed.pairs.sort { ($0.school, $0.gym) < ($1.school, $1.gym) }
        return replayed
    }
}
