/// The capacity problem of one school year: schools with the classes that need slots, gyms with their
/// halls and hours, and the school-gym pairs within the distance limit (data contract, section 3).
struct CapacityInstance: Sendable {
    struct School: Sendable {
        var id: String
        var municipalityCode: String
        /// In-scope classes (grades include any of 3..8) in the school year.
        var classes: Int
        /// Distance to the nearest gym offering a slot, at any distance; nil when unknown.
        var nearestGymM: Int?
        var nearestGymEstimated: Bool
    }

    struct Gym: Sendable {
        var id: String
        var municipalityCode: String
        var halls: Int
        /// Hours a week per hall, in hundredths (the schema keeps two decimals).
        var hundredthHours: Int

        /// Lesson slots a week: halls x floor(hours x 60 / lesson minutes), in exact integers.
        func slots(lessonMinutes: Int) -> Int {
            max(0, halls) * (max(0, hundredthHours) * 60 / (lessonMinutes * 100))
        }
    }

    /// A school and a gym within the distance limit (indices into `schools` and `gyms`).
    struct Pair: Sendable, Hashable {
        var school: Int
        var gym: Int
        var distanceM: Int
    }

    var schools: [School]
    var gyms: [Gym]
    var pairs: [Pair]
    /// Slots each in-scope class needs (`min_lessons`).
    var lessonsPerClass: Int
    var lessonMinutes: Int
    var maxDistanceM: Int
    /// Pairs made within reach by a bus (`--what-if bus:`), at whatever distance.
    var pairsByBus: Set<Pair> = []

    func demand(of school: Int) -> Int { schools[school].classes * lessonsPerClass }
    func slots(of gym: Int) -> Int { gyms[gym].slots(lessonMinutes: lessonMinutes) }

    /// The index of each school and gym by id.
    func schoolIndex() -> [String: Int] {
        Dictionary(uniqueKeysWithValues: schools.enumerated().map { ($1.id, $0) })
    }

    func gymIndex() -> [String: Int] {
        Dictionary(uniqueKeysWithValues: gyms.enumerated().map { ($1.id, $0) })
    }

    /// Pairs in a fixed order (school, then gym), without those beyond `maxDistanceM` (bus pairs stay).
    mutating func normalizePairs() {
        pairs = pairs.filter { $0.distanceM <= maxDistanceM || pairsByBus.contains($0) }
        pairs.sort { ($0.school, $0.gym) < ($1.school, $1.gym) }
    }
}
