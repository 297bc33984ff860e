import MinCostFlow

/// An upper bound on the lessons of a roster with specialists, usually far below the optimum without
/// R5 (a specialist with 20 classes cannot give 40 lessons in a 37-slot week): the flow of
/// ``RosterFlowNetwork`` in which each specialist gives, on each weekday, at most the most lessons one
/// person can give that day in the slots their classes can walk to (a longest chain of slots each of
/// which can follow the one before: no overlap, time to cycle between gyms, R5). That network drops
/// one rule: a specialist's lessons are limited to `min_lessons` for each of their classes together,
/// not class by class. Every roster keeping R1-R5 is still a flow of it, so its maximum bounds them
/// all; so does the optimum without R5, and the bound is the smaller of the two.
enum RosterSpecialistBound {
    /// The specialists of the classes and their lessons a day at most.
    struct Caps {
        let specialistOfClass: [Int]
        /// By specialist * 5 + weekday - 1.
        let dayCaps: [Int]

        func dayCap(_ specialist: Int, _ weekday: Int) -> Int { dayCaps[specialist * 5 + weekday - 1] }

        init(context: RosterContext, specialistOfClass: [Int], specialists: Int) {
            self.specialistOfClass = specialistOfClass
            var slotsOfSpecialist = [Set<Int>](repeating: [], count: specialists)
            var schoolsOfSpecialist = [Set<Int>](repeating: [], count: specialists)
            for (classIndex, specialist) in specialistOfClass.enumerated() where specialist >= 0 {
                schoolsOfSpecialist[specialist].insert(context.problem.classes[classIndex].school)
            }
            for specialist in 0..<specialists {
                for school in schoolsOfSpecialist[specialist] {
                    for option in context.options[school] {
                        for run in option.runs { slotsOfSpecialist[specialist].formUnion(run) }
                    }
                }
            }
            let grid = context.grid
            var caps = [Int](repeating: 0, count: specialists * 5)
            for specialist in 0..<specialists {
                let byDay = Dictionary(grouping: slotsOfSpecialist[specialist], by: { Int(grid.weekday[$0]) })
                for (day, slots) in byDay {
                    caps[specialist * 5 + day - 1] = Self.longestChain(slots.sorted { (grid.start[$0], $0) < (grid.start[$1], $1) }, context)
                }
            }
            dayCaps = caps
        }

        /// The most slots of one day, in time order, of which each next one can follow the one before
        /// for one teacher (no overlap, time to cycle between gyms).
        static func longestChain(_ slots: [Int], _ context: RosterContext) -> Int {
            var best = [Int](repeating: 1, count: slots.count)
            for later in slots.indices {
                for earlier in 0..<later where best[earlier] + 1 > best[later] && context.specialistCanTeach(slots[earlier], slots[later]) {
                    best[later] = best[earlier] + 1
                }
            }
            return best.max() ?? 0
        }
    }

    /// The bound of the whole problem: for each group of components that specialists tie together
    /// (`groups`, component indices), the optimum without R5 (`placements` of the group's schools), or
    /// the maximum of the capped flow where the group has a specialist and that is smaller.
    static func upperBound(
        _ context: RosterContext, components: [(schools: [Int], gyms: [Int])], groups: [[Int]],
        placements: [RosterPlacement], specialistOfClass: [Int], specialists: Int
    ) throws -> Int {
        let caps = Caps(context: context, specialistOfClass: specialistOfClass, specialists: specialists)
        var lessonsOfSchool = [Int](repeating: 0, count: context.problem.schools.count)
        for placement in placements { lessonsOfSchool[context.problem.classes[placement.classIndex].school] += 1 }
        var bound = 0
        for group in groups {
            let schools = group.flatMap { components[$0].schools }
            let hasSpecialist = schools.contains { school in context.classesOfSchool[school].contains { specialistOfClass[$0] >= 0 } }
            let withoutR5 = schools.reduce(0) { $0 + lessonsOfSchool[$1] }
            guard hasSpecialist else {
                bound += withoutR5
                continue
            }
            let built = RosterFlowNetwork(
                context: context, schools: schools, gyms: group.flatMap { components[$0].gyms }, specialists: caps)
            guard let solution = try NetworkSimplex().solve(built.network).solution else { throw RosterError.noOptimum }
            bound += min(withoutR5, built.runArcs.reduce(0) { $0 + Int(solution.flows[$1.arc]) })
        }
        return bound
    }
}

extension RosterContext {
    /// Whether one specialist can teach in both slots (R5): no overlap, and on one weekday at two gyms
    /// at least the travel time between the end of the earlier and the start of the later.
    func specialistCanTeach(_ first: Int, _ second: Int) -> Bool {
        guard grid.weekday[first] == grid.weekday[second] else { return true }
        let (a, b) = grid.start[first] <= grid.start[second] ? (first, second) : (second, first)
        let gap = Int(grid.start[b]) - grid.end(a)
        guard gap >= 0 else { return false }
        let (gymA, gymB) = (Int(grid.gym[a]), Int(grid.gym[b]))
        guard gymA != gymB else { return true }
        guard let travel = problem.teacherTravel.minutes(from: gymA, to: gymB) else { return false }
        return gap >= travel
    }
}
