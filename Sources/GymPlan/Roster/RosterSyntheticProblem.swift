import Foundation

/// A synthetic roster problem of national size for benchmarks: towns of Zipf-like sizes on a
/// 200 x 300 km plane, schools and gyms spread over each town, route distances of 1.3 x the straight
/// line (pairs up to 1.5 km kept, so some lie beyond the limit), walking at 60 m a minute, specialists
/// riding between gyms at 250 m a minute. Some schools have a continuous day, some gyms are shared with
/// secondary schools in the afternoon or on whole days.
public enum RosterSyntheticProblem {
    /// About `schools` schools with 4-16 in-scope classes, 0.83 gyms a school with 1-3 halls, and a
    /// specialist for about 13 classes in about `specialistShare` percent of groups of up to three
    /// neighbouring schools.
    public static func make(
        schools schoolCount: Int = 6000, specialistShare: Int = 0, using random: inout some RandomNumberGenerator
    ) -> RosterProblem {
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        func chance(_ percent: Int) -> Bool { int(0...99) < percent }
        let townCount = max(1, schoolCount / 15)
        var weights = (1...townCount).map { 1.0 / Double($0).squareRoot() }
        let total = weights.reduce(0, +)
        weights = weights.map { $0 / total }
        var schools: [RosterSchool] = []
        var schoolPoints: [(x: Double, y: Double)] = []
        var gyms: [RosterGym] = []
        var gymPoints: [(x: Double, y: Double)] = []
        var townOfSchool: [Int] = []
        let continuous = try! WeeklyWindows(validating: [1, 2, 4, 5].map { DayWindow(weekday: $0, from: 510, to: 855) }
            + [DayWindow(weekday: 3, from: 510, to: 750)])
        let mornings = try! WeeklyWindows(validating: (1...5).map { DayWindow(weekday: $0, from: 510, to: 735) })
        let sharedDays = try! WeeklyWindows(validating: [1, 3, 5].flatMap {
            [DayWindow(weekday: $0, from: 510, to: 735), DayWindow(weekday: $0, from: 780, to: 915)]
        })
        for (town, weight) in weights.enumerated() {
            let size = max(1, Int((weight * Double(schoolCount)).rounded()))
            let center = (x: Double(int(0...200_000)), y: Double(int(0...300_000)))
            let radius = 250 * Double(size).squareRoot()
            func point() -> (x: Double, y: Double) {
                let angle = Double(int(0...359)) * .pi / 180
                let distance = radius * (Double(int(0...1000)) / 1000).squareRoot()
                return (center.x + distance * cos(angle), center.y + distance * sin(angle))
            }
            for _ in 0..<size {
                schools.append(RosterSchool(id: "S\(schools.count)", windows: chance(20) ? continuous : .schoolDefault))
                schoolPoints.append(point())
                townOfSchool.append(town)
            }
            for _ in 0..<max(1, size * 83 / 100) {
                let halls = chance(60) ? 1 : chance(75) ? 2 : 3
                let windows: WeeklyWindows = chance(85) ? .gymDefault : chance(50) ? mornings : sharedDays
                gyms.append(
                    RosterGym(id: "G\(gyms.count)", halls: halls, hundredthHoursPerWeek: 100 * int(10...40), windows: windows))
                gymPoints.append(point())
            }
        }
        // Pairs within 1.5 km of route, found through a grid of 1.2 km cells.
        let cell = 1200.0
        var buckets: [[Int]: [Int]] = [:]
        for (gym, point) in gymPoints.enumerated() {
            buckets[[Int(point.x / cell), Int(point.y / cell)], default: []].append(gym)
        }
        var pairs: [RosterPair] = []
        for (school, point) in schoolPoints.enumerated() {
            let (cx, cy) = (Int(point.x / cell), Int(point.y / cell))
            for dx in -1...1 {
                for dy in -1...1 {
                    for gym in buckets[[cx + dx, cy + dy]] ?? [] {
                        let straight = ((point.x - gymPoints[gym].x) * (point.x - gymPoints[gym].x)
                            + (point.y - gymPoints[gym].y) * (point.y - gymPoints[gym].y)).squareRoot()
                        let route = Int((straight * 1.3).rounded())
                        guard route <= 1500 else { continue }
                        pairs.append(RosterPair(school: school, gym: gym, distanceM: route, walkingMinutes: (route + 59) / 60))
                    }
                }
            }
        }
        var classes: [RosterClass] = []
        var groupStart = 0
        while groupStart < schools.count {
            var group = [groupStart]
            while group.count < int(1...3), group.last! + 1 < schools.count,
                townOfSchool[group.last! + 1] == townOfSchool[groupStart]
            {
                group.append(group.last! + 1)
            }
            let specialist = chance(specialistShare) ? TeacherKey("T\(groupStart)") : nil
            var taught = 0
            for school in group {
                for index in 0..<int(4...16) {
                    let teaches = specialist != nil && taught < 13 && chance(60)
                    if teaches { taught += 1 }
                    classes.append(RosterClass(school: school, id: "c\(index)", specialist: teaches ? specialist : nil))
                }
            }
            groupStart = group.last! + 1
        }
        let points = gymPoints
        let travel = TeacherTravelTimes { a, b in
            let straight = ((points[a].x - points[b].x) * (points[a].x - points[b].x)
                + (points[a].y - points[b].y) * (points[a].y - points[b].y)).squareRoot()
            return (Int((straight * 1.3).rounded()) + 249) / 250
        }
        return RosterProblem(schools: schools, gyms: gyms, classes: classes, pairs: pairs, teacherTravel: travel)
    }
}
