@testable import GymPlan

/// Random roster problems for the tests, reproducible from a seed.
struct RosterRandomInstances {
    private var generator: RepairRandom

    init(seed: UInt64) {
        generator = RepairRandom(state: seed)
    }

    mutating func next() -> UInt64 { generator.next() }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    /// A tiny problem for enumeration: a few short gym windows on two weekdays, two to four classes;
    /// `crowded`: three gyms and one specialist for nearly every class, so R5 binds more often.
    mutating func tiny(specialists: Bool, crowded: Bool = false) -> RosterProblem {
        let gyms = (0..<(crowded ? 3 : int(1...2))).map { index in
            var rows: [DayWindow] = []
            for weekday in 1...2 where chance(85) {
                let from = 9 * 60 + 45 * int(0...2)
                rows.append(DayWindow(weekday: weekday, from: from, to: from + 45 * int(1...3) + int(0...20)))
            }
            return RosterGym(
                id: "G\(index)", halls: int(1...2), hundredthHoursPerWeek: [75, 150, 300, 1500][int(0...3)],
                windows: try! WeeklyWindows(validating: rows))
        }
        let schools = (0..<int(1...2)).map { index in
            RosterSchool(
                id: "S\(index)",
                windows: chance(50)
                    ? .schoolDefault
                    : try! WeeklyWindows(validating: [1, 2].map { DayWindow(weekday: $0, from: 8 * 60 + 30, to: 11 * 60 + int(0...60)) }))
        }
        let teacherKeys = [TeacherKey("t1"), TeacherKey("t2")]
        let classes = (0..<int(2...4)).map { index in
            RosterClass(
                school: int(0...(schools.count - 1)), id: "c\(index)", inScope: chance(92),
                specialist: specialists && chance(crowded ? 90 : 75) ? teacherKeys[crowded ? 0 : int(0...1)] : nil)
        }
        var pairs: [RosterPair] = []
        for school in schools.indices {
            for gym in gyms.indices where chance(85) {
                pairs.append(RosterPair(school: school, gym: gym, distanceM: 50 * int(1...22), walkingMinutes: int(0...20)))
            }
        }
        let travel = (0..<3).map { _ in chance(crowded ? 80 : 70) ? int(0...30) : nil }
        return RosterProblem(
            schools: schools, gyms: gyms, classes: classes, pairs: pairs,
            parameters: RosterParameters(minLessons: int(1...2)),
            teacherTravel: TeacherTravelTimes { a, b in travel[(a + b) % 3] })
    }

    /// A municipality-sized problem: default or custom windows, classes of several schools sharing gyms.
    mutating func medium(specialists: Bool = false) -> RosterProblem {
        let gyms = (0..<int(2...5)).map { index in
            RosterGym(
                id: "G\(index)", halls: int(1...3), hundredthHoursPerWeek: 100 * int(2...30),
                windows: chance(60) ? .gymDefault : customWindows(first: 8 * 60 + 30, last: 17 * 60))
        }
        let schools = (0..<int(2...6)).map { index in
            RosterSchool(id: "S\(index)", windows: chance(50) ? .schoolDefault : customWindows(first: 8 * 60, last: 15 * 60 + 30))
        }
        let teachers = (0..<3).map { TeacherKey("t\($0)") }
        var classes: [RosterClass] = []
        for school in schools.indices {
            for index in 0..<int(1...8) {
                classes.append(
                    RosterClass(
                        school: school, id: "c\(index)", inScope: chance(90),
                        specialist: specialists && chance(30) ? teachers[int(0...2)] : nil))
            }
        }
        var pairs: [RosterPair] = []
        for school in schools.indices {
            for gym in gyms.indices where chance(60) {
                pairs.append(RosterPair(school: school, gym: gym, distanceM: 10 * int(1...120), walkingMinutes: int(0...25)))
            }
        }
        return RosterProblem(
            schools: schools, gyms: gyms, classes: classes, pairs: pairs,
            teacherTravel: TeacherTravelTimes { a, b in (a + b) % 4 == 0 ? nil : 5 * ((a * 7 + b * 3) % 5) })
    }

    /// One or two windows on each weekday with a chance, inside first..<last.
    private mutating func customWindows(first: Int, last: Int) -> WeeklyWindows {
        var rows: [DayWindow] = []
        for weekday in 1...5 where chance(85) {
            let from = first + 15 * int(0...4)
            let to = from + 30 * int(2...8)
            rows.append(DayWindow(weekday: weekday, from: from, to: to))
            if chance(50) {
                let next = to + 15 * int(1...6)
                if next + 45 < last { rows.append(DayWindow(weekday: weekday, from: next, to: min(last, next + 45 * int(1...5)))) }
            }
        }
        return try! WeeklyWindows(validating: rows)
    }
}
