@testable import GymPlan

extension RosterOracles {
    /// Most lessons, then least walking, over the explicit network of section 6 (one node per class, per
    /// class and weekday, per gym slot, per gym), by successive shortest paths with a queue-based
    /// Bellman-Ford: an independent min-cost max-flow. R5 is left out.
    static func explicitFlow(_ problem: RosterProblem) -> (lessons: Int, metres: Int) {
        var graph = OracleResidualGraph()
        let source = graph.node()
        let sink = graph.node()
        var slotNodes: [[Int]: Int] = [:]
        var gymNodes: [Int: Int] = [:]
        let length = problem.parameters.lessonMinutes
        for (classIndex, schoolClass) in problem.classes.enumerated() where schoolClass.inScope {
            let classNode = graph.node()
            graph.arc(source, classNode, capacity: problem.parameters.minLessons, cost: 0)
            var dayNodes: [Int: Int] = [:]
            for choice in choices(problem, school: schoolClass.school) {
                let dayNode = dayNodes[choice.weekday] ?? {
                    let node = graph.node()
                    graph.arc(classNode, node, capacity: 1, cost: 0)
                    dayNodes[choice.weekday] = node
                    return node
                }()
                let key = [choice.gym, choice.weekday, choice.start]
                let slotNode = slotNodes[key] ?? {
                    let node = graph.node()
                    let gymNode = gymNodes[choice.gym] ?? {
                        let gymNode = graph.node()
                        let gym = problem.gyms[choice.gym]
                        graph.arc(gymNode, sink, capacity: gym.halls * gym.weeklyLessonsPerHall(lessonMinutes: length), cost: 0)
                        gymNodes[choice.gym] = gymNode
                        return gymNode
                    }()
                    graph.arc(node, gymNode, capacity: problem.gyms[choice.gym].halls, cost: 0)
                    slotNodes[key] = node
                    return node
                }()
                graph.arc(dayNode, slotNode, capacity: 1, cost: choice.distanceM)
            }
            _ = classIndex
        }
        return graph.minCostMaxFlow(source, sink)
    }

    /// The best roster under R1-R5 by trying every assignment of lessons to classes (tiny instances):
    /// most lessons, then least walking.
    static func enumerate(_ problem: RosterProblem) -> (lessons: Int, metres: Int) {
        let length = problem.parameters.lessonMinutes
        let lessonsEach = problem.parameters.minLessons
        let classes = problem.classes.indices.filter { problem.classes[$0].inScope }
        let options = classes.map { choices(problem, school: problem.classes[$0].school) }
        var inSlot: [Choice: Int] = [:]
        var inGym: [Int: Int] = [:]
        var ofTeacher: [TeacherKey: [Choice]] = [:]
        var best = (lessons: -1, metres: 0)
        var lessons = 0
        var metres = 0

        func fits(_ choice: Choice, classIndex: Int, taken: [Choice]) -> Bool {
            let gym = problem.gyms[choice.gym]
            guard !taken.contains(where: { $0.weekday == choice.weekday }),
                inSlot[Choice(gym: choice.gym, weekday: choice.weekday, start: choice.start, distanceM: 0), default: 0] < gym.halls,
                inGym[choice.gym, default: 0] < gym.halls * gym.weeklyLessonsPerHall(lessonMinutes: length)
            else { return false }
            guard let teacher = problem.classes[classIndex].specialist else { return true }
            return ofTeacher[teacher, default: []].allSatisfy {
                teacherCanGive(($0.gym, $0.weekday, $0.start), (choice.gym, choice.weekday, choice.start), problem: problem)
            }
        }

        func place(_ position: Int, from first: Int, taken: [Choice]) {
            let bound = lessons + (lessonsEach - taken.count) + (classes.count - position - 1) * lessonsEach
            if bound < best.lessons || (bound == best.lessons && metres >= best.metres) { return }
            if taken.count == lessonsEach || first == options[position].count {
                next(position + 1)
                return
            }
            let choice = options[position][first]
            let classIndex = classes[position]
            if fits(choice, classIndex: classIndex, taken: taken) {
                let key = Choice(gym: choice.gym, weekday: choice.weekday, start: choice.start, distanceM: 0)
                inSlot[key, default: 0] += 1
                inGym[choice.gym, default: 0] += 1
                if let teacher = problem.classes[classIndex].specialist { ofTeacher[teacher, default: []].append(choice) }
                lessons += 1
                metres += choice.distanceM
                place(position, from: first + 1, taken: taken + [choice])
                lessons -= 1
                metres -= choice.distanceM
                if let teacher = problem.classes[classIndex].specialist { ofTeacher[teacher]!.removeLast() }
                inGym[choice.gym]! -= 1
                inSlot[key]! -= 1
            }
            place(position, from: first + 1, taken: taken)
        }

        func next(_ position: Int) {
            if position == classes.count {
                if lessons > best.lessons || (lessons == best.lessons && metres < best.metres) { best = (lessons, metres) }
                return
            }
            place(position, from: 0, taken: [])
        }

        next(0)
        return best
    }
}

/// A residual graph with integer capacities and costs for ``RosterOracles/explicitFlow(_:)``.
struct OracleResidualGraph {
    private var head: [[Int]] = []
    private var target: [Int] = []
    private var capacity: [Int] = []
    private var cost: [Int] = []

    mutating func node() -> Int {
        head.append([])
        return head.count - 1
    }

    mutating func arc(_ from: Int, _ to: Int, capacity: Int, cost: Int) {
        head[from].append(target.count)
        target.append(to)
        self.capacity.append(capacity)
        self.cost.append(cost)
        head[to].append(target.count)
        target.append(from)
        self.capacity.append(0)
        self.cost.append(-cost)
    }

    /// The maximum flow of least cost, augmenting along cheapest paths one at a time.
    mutating func minCostMaxFlow(_ source: Int, _ sink: Int) -> (lessons: Int, metres: Int) {
        var flow = 0
        var total = 0
        while true {
            var distance = [Int](repeating: .max, count: head.count)
            var via = [Int](repeating: -1, count: head.count)
            var queued = [Bool](repeating: false, count: head.count)
            var queue = [source]
            distance[source] = 0
            queued[source] = true
            var index = 0
            while index < queue.count {
                let node = queue[index]
                index += 1
                queued[node] = false
                for arc in head[node] where capacity[arc] > 0 && distance[node] + cost[arc] < distance[target[arc]] {
                    distance[target[arc]] = distance[node] + cost[arc]
                    via[target[arc]] = arc
                    if !queued[target[arc]] {
                        queued[target[arc]] = true
                        queue.append(target[arc])
                    }
                }
            }
            guard distance[sink] != .max else { return (flow, total) }
            var bottleneck = Int.max
            var node = sink
            while node != source {
                bottleneck = min(bottleneck, capacity[via[node]])
                node = target[via[node] ^ 1]
            }
            node = sink
            while node != source {
                capacity[via[node]] -= bottleneck
                capacity[via[node] ^ 1] += bottleneck
                node = target[via[node] ^ 1]
            }
            flow += bottleneck
            total += bottleneck * distance[sink]
        }
    }
}
