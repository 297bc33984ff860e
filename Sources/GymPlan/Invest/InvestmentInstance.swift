/// The investment problem of one school year: section 3's capacity instance (schools, gyms, pairs
/// within reach) and the candidate changes of section 7: bus pairs and new-gym sites. Pure values.
struct InvestmentInstance: Sendable {
    /// A candidate site for a new gym.
    struct Site: Sendable, Hashable {
        var id: String
        var name: String
        var municipalityCode: String
        var latitude: Double
        var longitude: Double
        var halls: Int
        /// Hours a week per hall, in hundredths.
        var hundredthHours: Int
        var costEur: Double

        /// Lesson slots a week once built.
        func slots(lessonMinutes: Int) -> Int {
            CapacityInstance.Gym(id: id, municipalityCode: municipalityCode, halls: halls, hundredthHours: hundredthHours)
                .slots(lessonMinutes: lessonMinutes)
        }
    }

    /// A school and a site within `max_distance_m` (indices into `capacity.schools` and `sites`).
    struct SitePair: Sendable, Hashable {
        var school: Int
        var site: Int
        var distanceM: Int
    }

    /// Schools, existing gyms and the pairs within reach, as section 3's planner sees them.
    var capacity: CapacityInstance
    /// School-gym pairs farther than `max_distance_m` but within `bus_max_distance_m`.
    var busPairs: [CapacityInstance.Pair]
    var sites: [Site]
    var sitePairs: [SitePair]
    var parameters: InvestmentParameters

    var lessonMinutes: Int { capacity.lessonMinutes }

    /// Slots per hall at a gym now: floor(hours x 60 / lesson minutes).
    func slotsPerHall(ofGym gym: Int) -> Int {
        max(0, capacity.gyms[gym].hundredthHours) * 60 / (lessonMinutes * 100)
    }

    /// The most slots per hall any hall may have: floor(`max_hours_per_week` x 60 / lesson minutes).
    var maxSlotsPerHall: Int { max(0, parameters.maxHundredthHours) * 60 / (lessonMinutes * 100) }

    /// The largest k of a longer-hours change at a gym (0 for a gym at or above the cap, or without halls).
    func maxExtraSlotsPerHall(ofGym gym: Int) -> Int {
        capacity.gyms[gym].halls > 0 ? max(0, maxSlotsPerHall - slotsPerHall(ofGym: gym)) : 0
    }

    /// The gym's hours per hall with k more slots per hall, in hundredths, rounded up.
    func hundredthHours(ofGym gym: Int, extraSlotsPerHall k: Int) -> Int {
        let minutes = (slotsPerHall(ofGym: gym) + k) * lessonMinutes * 100
        return (minutes + 59) / 60
    }

    /// Bus pairs within `bus_max_distance_m` only, farther than `max_distance_m`, in a fixed order.
    mutating func normalizeCandidates() {
        let reach = capacity.maxDistanceM
        busPairs = busPairs.filter { $0.distanceM > reach && $0.distanceM <= parameters.busMaxDistanceM }
        busPairs.sort { ($0.school, $0.gym) < ($1.school, $1.gym) }
        sitePairs = sitePairs.filter { $0.distanceM <= reach }
        sitePairs.sort { ($0.school, $0.site) < ($1.school, $1.site) }
    }
}
