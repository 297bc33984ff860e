/// What a roster problem allows, for tools that hand the problem to another solver (the benchmark's
/// conversion to FET): every slot of every gym, the lessons each gym gives a week, and for each
/// school the gyms within reach with the slots its classes can walk to (R1, R4).
public struct RosterReach: Sendable {
    public struct Slot: Sendable, Hashable {
        public var gym: Int
        public var weekday: Int
        public var start: Int
    }

    /// A gym within reach of a school and the slots (indices into `slots`) its classes can walk to.
    public struct Option: Sendable {
        public var gym: Int
        public var distanceM: Int
        public var walkingMinutes: Int
        public var slots: [Int]
    }

    public let slots: [Slot]
    /// By gym: halls x weekly lessons per hall.
    public let weeklyCapacity: [Int]
    /// By school, nearest first.
    public let options: [[Option]]
    /// By school: its in-scope classes (indices into the problem's classes).
    public let classesOfSchool: [[Int]]

    public init(_ problem: RosterProblem) {
        let context = RosterContext(problem)
        let grid = context.grid
        slots = (0..<grid.count).map { Slot(gym: Int(grid.gym[$0]), weekday: Int(grid.weekday[$0]), start: Int(grid.start[$0])) }
        weeklyCapacity = context.weeklyCapacity
        options = context.options.map { list in
            list.map { Option(gym: $0.gym, distanceM: $0.distanceM, walkingMinutes: $0.walkingMinutes, slots: $0.runs.flatMap { Array($0) }) }
        }
        classesOfSchool = context.classesOfSchool
    }
}
