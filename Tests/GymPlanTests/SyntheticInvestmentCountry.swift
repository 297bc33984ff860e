import SeededRandom
@testable import GymPlan

/// A synthetic country for the investment plan: schools and gyms around towns of heavy-tailed sizes in
/// a 300 x 200 km box cut into 340 municipalities; distances are the straight line x 1.3.
struct SyntheticInvestmentCountry {
    var seed: UInt64
    var schoolCount = 6000
    var gymCount = 5000
    var busMaxDistanceM = 5000

    private struct Point {
        var x: Double
        var y: Double
    }

    func instance() throws -> InvestmentInstance {
        var random = SplitMix64(seed: seed)
        let centres = (0..<360).map { _ in
            (Point(x: random.unit() * 300_000, y: random.unit() * 200_000), min(150, 1 / max(0.0005, 1 - random.unit())))
        }
        let weight = centres.reduce(0) { $0 + $1.1 }
        func point() -> Point {
            if random.chance(8) { return Point(x: random.unit() * 300_000, y: random.unit() * 200_000) }
            var pick = random.unit() * weight
            let town = centres.first { pick -= $0.1; return pick < 0 } ?? centres[centres.count - 1]
            let spread = 600 * town.1.squareRoot()
            return Point(x: min(299_999, max(0, town.0.x + random.normal() * spread)),
                         y: min(199_999, max(0, town.0.y + random.normal() * spread)))
        }
        func municipality(_ p: Point) -> String {
            let code = Int(p.y / (200_000 / 17)) * 20 + Int(p.x / 15_000) + 1
            return "GM" + String(repeating: "0", count: 4 - String(code).count) + String(code)
        }
        let schoolPoints = (0..<schoolCount).map { _ in point() }
        // Most gyms stand next to a school, the others anywhere in town.
        let gymPoints = (0..<gymCount).map { _ -> Point in
            guard random.chance(85) else { return point() }
            let school = schoolPoints[random.int(in: 0...(schoolCount - 1))]
            return Point(x: min(299_999, max(0, school.x + random.normal() * 250)), y: min(199_999, max(0, school.y + random.normal() * 250)))
        }
        let schools = schoolPoints.enumerated().map { index, p in
            CapacityInstance.School(id: "S\(index)", municipalityCode: municipality(p), classes: random.int(in: 6...9),
                                    nearestGymM: nil, nearestGymEstimated: false)
        }
        let gyms = gymPoints.enumerated().map { index, p in
            CapacityInstance.Gym(id: "G\(index)", municipalityCode: municipality(p), halls: [1, 1, 1, 2, 2, 3][random.int(in: 0...5)],
                                 hundredthHours: random.int(in: 10...30) * 100)
        }
        var parameters = InvestmentParameters()
        parameters.timeLimitSeconds = 5
        parameters.busMaxDistanceM = busMaxDistanceM
        let reach = 1000
        var capacity = CapacityInstance(schools: schools, gyms: gyms, pairs: [], lessonsPerClass: 2, lessonMinutes: 45, maxDistanceM: reach)
        var busPairs: [CapacityInstance.Pair] = []
        for (school, gym, metres) in Self.near(schoolPoints, gymPoints, within: max(reach, busMaxDistanceM)) {
            let pair = CapacityInstance.Pair(school: school, gym: gym, distanceM: metres)
            if metres <= reach { capacity.pairs.append(pair) } else { busPairs.append(pair) }
        }
        capacity.normalizePairs()
        // Sites: every school of a municipality with unmet lessons or a distance obstacle (section 7's default).
        let base = try CapacityTestInstances.solve(capacity)
        let short = Set(base.schools.filter { $0.unmetLessons > 0 || $0.distanceObstacle }.map(\.municipalityCode))
        let siteSchools = schools.indices.filter { short.contains(schools[$0].municipalityCode) }
        let sites = siteSchools.map { school in
            InvestmentInstance.Site(id: schools[school].id, name: schools[school].id, municipalityCode: schools[school].municipalityCode,
                                    latitude: 50.75 + schoolPoints[school].y / 111_000, longitude: 3.36 + schoolPoints[school].x / 70_000,
                                    halls: 1, hundredthHours: parameters.maxHundredthHours, costEur: parameters.newGymCostEur)
        }
        let sitePairs = Self.near(schoolPoints, siteSchools.map { schoolPoints[$0] }, within: reach).map {
            InvestmentInstance.SitePair(school: $0.0, site: $0.1, distanceM: $0.2)
        }
        var instance = InvestmentInstance(capacity: capacity, busPairs: busPairs, sites: sites, sitePairs: sitePairs, parameters: parameters)
        instance.normalizeCandidates()
        return instance
    }

    /// Pairs (a, b, metres) with the straight line x 1.3, rounded half up, at most `limit` metres.
    private static func near(_ from: [Point], _ to: [Point], within limit: Int) -> [(Int, Int, Int)] {
        let cell = Double(limit) / 1.3
        var grid: [Int: [Int]] = [:]
        func key(_ column: Int, _ row: Int) -> Int { row * 100_000 + column }
        for (index, p) in to.enumerated() { grid[key(Int(p.x / cell), Int(p.y / cell)), default: []].append(index) }
        var pairs: [(Int, Int, Int)] = []
        for (index, p) in from.enumerated() {
            let (column, row) = (Int(p.x / cell), Int(p.y / cell))
            for r in (row - 1)...(row + 1) {
                for c in (column - 1)...(column + 1) {
                    for other in grid[key(c, r)] ?? [] {
                        let q = to[other]
                        let metres = Int((((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot() * 1.3).rounded(.toNearestOrAwayFromZero))
                        if metres <= limit { pairs.append((index, other, metres)) }
                    }
                }
            }
        }
        return pairs
    }
}
