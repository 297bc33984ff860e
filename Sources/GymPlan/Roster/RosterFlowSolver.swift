import MinCostFlow

/// A lesson of a class in a slot, before halls are numbered.
struct RosterPlacement: Sendable, Hashable {
    var classIndex: Int
    var gym: Int
    var slot: Int
    var distanceM: Int
    var walkingMinutes: Int
}

/// The optimal roster without R5: one min-cost flow per connected component of the school-gym graph.
enum RosterFlowSolver {
    /// The schools and gyms of each connected component that has lessons to place.
    static func components(_ context: RosterContext) -> [(schools: [Int], gyms: [Int])] {
        let schoolCount = context.problem.schools.count
        var sets = DisjointSets(count: schoolCount + context.problem.gyms.count)
        var active = [Bool](repeating: false, count: schoolCount)
        for school in 0..<schoolCount where !context.classesOfSchool[school].isEmpty {
            for option in context.options[school] where !option.runs.isEmpty {
                active[school] = true
                sets.union(school, schoolCount + option.gym)
            }
        }
        var indexOfRoot: [Int: Int] = [:]
        var result: [(schools: [Int], gyms: [Int])] = []
        for school in 0..<schoolCount where active[school] {
            let key = sets.root(school)
            if indexOfRoot[key] == nil {
                indexOfRoot[key] = result.count
                result.append(([], []))
            }
            result[indexOfRoot[key]!].schools.append(school)
        }
        for gym in context.problem.gyms.indices {
            if let index = indexOfRoot[sets.root(schoolCount + gym)] { result[index].gyms.append(gym) }
        }
        return result
    }

    /// The placements of one component: the most lessons, then the least walking, dealt to classes.
    static func solve(_ context: RosterContext, schools: [Int], gyms: [Int]) throws -> [RosterPlacement] {
        let built = RosterFlowNetwork(context: context, schools: schools, gyms: gyms)
        guard let solution = try NetworkSimplex().solve(built.network).solution else {
            throw RosterError.noOptimum
        }
        var bySchool: [Int: [(option: Int, slot: Int)]] = [:]
        for lesson in built.lessons(flows: solution.flows) {
            bySchool[lesson.school, default: []].append((lesson.option, lesson.slot))
        }
        var placements: [RosterPlacement] = []
        for school in schools {
            guard let lessons = bySchool[school] else { continue }
            let byDay = lessons.sorted {
                (context.grid.weekday[$0.slot], $0.slot) < (context.grid.weekday[$1.slot], $1.slot)
            }
            placements += deal(byDay, school: school, context: context)
        }
        return placements
    }

    /// Deals a school's lessons, sorted by day, to its classes round-robin: lesson p to class p mod n.
    /// As no day has more lessons than classes, a class's lessons are n apart and so on different days.
    static func deal(_ lessons: [(option: Int, slot: Int)], school: Int, context: RosterContext) -> [RosterPlacement] {
        let classes = context.classesOfSchool[school]
        return lessons.enumerated().map { position, lesson in
            let option = context.options[school][lesson.option]
            return RosterPlacement(
                classIndex: classes[position % classes.count], gym: option.gym, slot: lesson.slot,
                distanceM: option.distanceM, walkingMinutes: option.walkingMinutes)
        }
    }
}

/// Why a roster could not be made.
public enum RosterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The flow network has no optimum (cannot happen: every lesson can stay unplaced).
    case noOptimum
    /// A parameter or a reference of the problem is out of range (the caller's error).
    case invalidProblem(String)

    public var description: String {
        switch self {
        case .noOptimum: "internal error: the roster network has no optimal flow"
        case .invalidProblem(let what): "invalid roster problem: \(what)"
        }
    }
}

extension RosterProblem {
    /// Throws when a parameter is out of range or a class or pair refers to a school or gym that is not there.
    func validate() throws(RosterError) {
        let parameters = self.parameters
        guard (1...24 * 60).contains(parameters.lessonMinutes) else {
            throw .invalidProblem("lesson_minutes \(parameters.lessonMinutes) is not 1..1440")
        }
        guard parameters.minLessons >= 0, parameters.maxDistanceM >= 0 else {
            throw .invalidProblem("min_lessons and max_distance_m must not be negative")
        }
        if let bad = classes.first(where: { !schools.indices.contains($0.school) }) {
            throw .invalidProblem("class \(bad.id) refers to school number \(bad.school)")
        }
        if let bad = pairs.first(where: { !schools.indices.contains($0.school) || !gyms.indices.contains($0.gym) }) {
            throw .invalidProblem("a distance refers to school number \(bad.school) and gym number \(bad.gym)")
        }
        if let bad = pairs.first(where: { $0.distanceM < 0 || $0.walkingMinutes < 0 }) {
            throw .invalidProblem("a distance or walking time of school number \(bad.school) is negative")
        }
        if let bad = gyms.first(where: { $0.halls < 0 }) {
            throw .invalidProblem("gym \(bad.id) has \(bad.halls) halls")
        }
    }
}
