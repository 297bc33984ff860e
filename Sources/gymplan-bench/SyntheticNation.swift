import Foundation
import SeededRandom

/// Schools and gyms at random points of a 300 x 200 km box, most of them clustered in towns of very
/// different sizes, like the Netherlands' schools and gyms: a stand-in for the real data in benchmarks.
struct SyntheticNation {
    struct School {
        var x: Double
        var y: Double
        /// In-scope classes, 6 to 9.
        var classes: Int
    }

    struct Gym {
        var x: Double
        var y: Double
        /// Lesson slots a week: 1 to 3 halls of floor(20 to 40 hours x 60 / 45) slots.
        var slots: Int
    }

    static let width = 300_000.0
    static let height = 200_000.0

    var schools: [School]
    var gyms: [Gym]

    /// A nation of `schoolCount` schools and `gymCount` gyms, the same for the same seed.
    init(schools schoolCount: Int, gyms gymCount: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let towns = Self.towns(count: max(1, (schoolCount + gymCount) / 30), random: &random)
        let totalWeight = towns.reduce(0) { $0 + $1.weight }
        schools = (0..<schoolCount).map { _ in
            let (x, y) = Self.place(in: towns, totalWeight: totalWeight, random: &random)
            return School(x: x, y: y, classes: random.int(in: 6...9))
        }
        gyms = (0..<gymCount).map { _ in
            let (x, y) = Self.place(in: towns, totalWeight: totalWeight, random: &random)
            let halls = random.int(in: 1...3)
            let hours = random.int(in: 20...40)
            return Gym(x: x, y: y, slots: halls * (hours * 60 / 45))
        }
    }

    /// The (school, gym) pairs at most `radius` metres apart, by school then gym, with their distance
    /// in whole metres (rounded half up).
    func pairs(within radius: Double) -> [(school: Int, gym: Int, metres: Int64)] {
        let cellSize = max(radius, 500)
        let columns = Int(Self.width / cellSize) + 1
        let rows = Int(Self.height / cellSize) + 1
        var cells = [[Int]](repeating: [], count: columns * rows)
        for (index, gym) in gyms.enumerated() {
            cells[Int(gym.y / cellSize) * columns + Int(gym.x / cellSize)].append(index)
        }
        var pairs: [(school: Int, gym: Int, metres: Int64)] = []
        for (schoolIndex, school) in schools.enumerated() {
            let column = Int(school.x / cellSize)
            let row = Int(school.y / cellSize)
            var near: [(gym: Int, metres: Int64)] = []
            for r in max(0, row - 1)...min(rows - 1, row + 1) {
                for c in max(0, column - 1)...min(columns - 1, column + 1) {
                    for gymIndex in cells[r * columns + c] {
                        let gym = gyms[gymIndex]
                        let distance = ((gym.x - school.x) * (gym.x - school.x) + (gym.y - school.y) * (gym.y - school.y)).squareRoot()
                        if distance <= radius {
                            near.append((gymIndex, Int64((distance + 0.5).rounded(.down))))
                        }
                    }
                }
            }
            near.sort { $0.gym < $1.gym }
            pairs += near.map { (schoolIndex, $0.gym, $0.metres) }
        }
        return pairs
    }

    private struct Town {
        var x: Double
        var y: Double
        var weight: Double
        /// The standard deviation of the distance of its schools and gyms from the centre, in metres.
        var spread: Double
    }

    /// Town centres spread over the box, with heavy-tailed sizes (a few cities, many villages).
    private static func towns(count: Int, random: inout SplitMix64) -> [Town] {
        (0..<count).map { _ in
            let weight = min(pow(1 - random.unit(), -1.2), 60)
            return Town(x: random.unit() * width, y: random.unit() * height, weight: weight, spread: 1100 * weight.squareRoot())
        }
    }

    /// A point in a town chosen by weight, or (one in ten) anywhere in the countryside.
    private static func place(in towns: [Town], totalWeight: Double, random: inout SplitMix64) -> (Double, Double) {
        if random.int(in: 0...9) == 0 {
            return (random.unit() * width, random.unit() * height)
        }
        var pick = random.unit() * totalWeight
        var town = towns[towns.count - 1]
        for candidate in towns {
            pick -= candidate.weight
            if pick < 0 {
                town = candidate
                break
            }
        }
        let x = town.x + random.normal() * town.spread
        let y = town.y + random.normal() * town.spread
        return (min(max(x, 0), width - 1), min(max(y, 0), height - 1))
    }
}
