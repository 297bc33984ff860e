import MinCostFlow

/// The min-cost flow network of one connected component of the school-gym graph, without R5.
///
/// school (supply: classes x `min_lessons`) -> school-day (capacity: classes, so each class has at most
/// one lesson a day, R3) -> school-day-window -> for each gym within reach, the run of that day's slots
/// the school can walk to in that window (R4), at the pair's distance per lesson -> a segment tree over
/// the gym-day's slots (so a run costs O(log slots) arcs, not one per slot) -> slot (capacity: halls, R2)
/// -> gym week (capacity: halls x weekly lessons per hall, R2) -> sink. An "unplaced" arc from each
/// school to the sink costs more than any set of placements, so the optimum places the most lessons,
/// then walks the least metres.
///
/// The classes of a school are interchangeable for R1-R4, so they share one school node: a flow of at
/// most `classes` a day and `classes x min_lessons` in all always splits into classes with at most
/// `min_lessons` lessons on different days (``RosterFlowSolver`` deals them round-robin).
///
/// With `specialists` (for the upper bound of ``RosterSpecialistBound``) a school's node supplies only
/// its classes without a specialist; each specialist has a node of their own supplying all their
/// classes' lessons -> specialist-day (capacity: the most lessons they can give that day, R5) ->
/// school-day of their classes at each school (capacity: those classes) -> the school's windows that
/// day. That is a relaxation: it does not keep each school's share of a specialist's lessons within
/// its classes x `min_lessons`.
struct RosterFlowNetwork {
    /// A run arc: a school's lessons at one gym entering the slot tree at `treeNode`.
    struct RunArc {
        var arc: Int
        var school: Int
        var option: Int
        var treeNode: Int
    }

    private(set) var network = FlowNetwork()
    private(set) var runArcs: [RunArc] = []
    /// For each node of a slot tree: its slot when it is a leaf, else its two child arcs and nodes.
    private var leafSlot: [Int: Int] = [:]
    private var children: [Int: [(arc: Int, node: Int)]] = [:]
    private var treeRoots: [Int: Int] = [:]

    init(context: RosterContext, schools: [Int], gyms: [Int], specialists: RosterSpecialistBound.Caps? = nil) {
        let grid = context.grid
        let supply = schools.reduce(0) { $0 + context.classesOfSchool[$1].count * context.minLessons }
        let big = Int64(max(supply, 1))
        let sink = network.addNode(supply: -Int64(supply))
        // The gyms: week node, slots, and a segment tree over each day's slots.
        for gym in gyms {
            let week = network.addNode()
            let halls = Int64(context.problem.gyms[gym].halls)
            network.addArc(from: week, to: sink, capacity: Int64(context.weeklyCapacity[gym]), cost: 0)
            for day in WeeklyWindows.weekdays {
                let slots = grid.slots(gym: gym, weekday: day)
                guard !slots.isEmpty else { continue }
                treeRoots[slots.lowerBound] = buildTree(slots, week: week, halls: halls, big: big)
            }
        }
        var longest = 1
        for school in schools {
            for option in context.options[school] { longest = max(longest, option.distanceM) }
        }
        let unplacedCost = Int64(supply) * Int64(longest) + 1
        var specialistNodes: [Int: Int] = [:], specialistDayNodes: [Int: Int] = [:]
        for school in schools {
            let classes = Int64(context.classesOfSchool[school].count)
            var ofSpecialist: [Int: Int64] = [:]
            if let specialists {
                for classIndex in context.classesOfSchool[school] where specialists.specialistOfClass[classIndex] >= 0 {
                    ofSpecialist[specialists.specialistOfClass[classIndex], default: 0] += 1
                }
            }
            let plain = classes - ofSpecialist.values.reduce(0, +)
            let node = network.addNode(supply: plain * Int64(context.minLessons))
            network.addArc(from: node, to: sink, capacity: plain * Int64(context.minLessons), cost: unplacedCost)
            var windowNodes: [Int: Int] = [:]  // by weekday * 24 * 60 + window start
            var dayNodes: [Int: Int] = [:]
            let windows = context.problem.schools[school].windows
            for (optionIndex, option) in context.options[school].enumerated() {
                for run in option.runs {
                    let day = Int(grid.weekday[run.lowerBound])
                    let start = Int(grid.start[run.lowerBound]) - option.walkingMinutes
                    guard let window = windows.windows(on: day).first(where: { $0.from <= start && start < $0.to }) else {
                        continue
                    }
                    let key = day * 24 * 60 + window.from
                    let windowNode: Int
                    if let existing = windowNodes[key] {
                        windowNode = existing
                    } else {
                        let dayNode: Int
                        if let existing = dayNodes[day] {
                            dayNode = existing
                        } else {
                            dayNode = network.addNode()
                            network.addArc(from: node, to: dayNode, capacity: plain, cost: 0)
                            dayNodes[day] = dayNode
                        }
                        windowNode = network.addNode()
                        network.addArc(from: dayNode, to: windowNode, capacity: plain, cost: 0)
                        windowNodes[key] = windowNode
                    }
                    let daySlots = grid.slots(gym: option.gym, weekday: day)
                    for treeNode in cover(run, root: treeRoots[daySlots.lowerBound]!, range: daySlots) {
                        let arc = network.addArc(
                            from: windowNode, to: treeNode, capacity: classes, cost: Int64(option.distanceM))
                        runArcs.append(RunArc(arc: arc, school: school, option: optionIndex, treeNode: treeNode))
                    }
                }
            }
            guard let specialists else { continue }
            for (specialist, count) in ofSpecialist.sorted(by: { $0.key < $1.key }) {
                let supply = count * Int64(context.minLessons)
                let specialistNode: Int
                if let existing = specialistNodes[specialist] {
                    specialistNode = existing
                    network.setSupply(network.supplies[existing] + supply, of: existing)
                } else {
                    specialistNode = network.addNode(supply: supply)
                    specialistNodes[specialist] = specialistNode
                }
                network.addArc(from: specialistNode, to: sink, capacity: supply, cost: unplacedCost)
                let windowsByDay = Dictionary(grouping: windowNodes, by: { $0.key / (24 * 60) })
                for (day, windows) in windowsByDay.sorted(by: { $0.key < $1.key }) {
                    let dayKey = specialist * 8 + day
                    let specialistDay: Int
                    if let existing = specialistDayNodes[dayKey] {
                        specialistDay = existing
                    } else {
                        specialistDay = network.addNode()
                        network.addArc(
                            from: specialistNode, to: specialistDay, capacity: Int64(specialists.dayCap(specialist, day)), cost: 0)
                        specialistDayNodes[dayKey] = specialistDay
                    }
                    let schoolDay = network.addNode()
                    network.addArc(from: specialistDay, to: schoolDay, capacity: count, cost: 0)
                    for window in windows.sorted(by: { $0.key < $1.key }) {
                        network.addArc(from: schoolDay, to: window.value, capacity: count, cost: 0)
                    }
                }
            }
        }
    }

    /// Builds the tree over `slots` and returns its root; leaves are the slot nodes.
    private mutating func buildTree(_ slots: Range<Int>, week: Int, halls: Int64, big: Int64) -> Int {
        let node = network.addNode()
        if slots.count == 1 {
            leafSlot[node] = slots.lowerBound
            network.addArc(from: node, to: week, capacity: halls, cost: 0)
            return node
        }
        let middle = slots.lowerBound + slots.count / 2
        let left = buildTree(slots.lowerBound..<middle, week: week, halls: halls, big: big)
        let right = buildTree(middle..<slots.upperBound, week: week, halls: halls, big: big)
        children[node] = [
            (network.addArc(from: node, to: left, capacity: big, cost: 0), left),
            (network.addArc(from: node, to: right, capacity: big, cost: 0), right),
        ]
        return node
    }

    /// The fewest tree nodes whose slots together are `run` (a subrange of the tree's `range`).
    private func cover(_ run: Range<Int>, root: Int, range: Range<Int>) -> [Int] {
        if run == range { return [root] }
        guard let pair = children[root] else { return [] }
        let middle = range.lowerBound + range.count / 2
        var nodes: [Int] = []
        let left = range.lowerBound..<middle
        let right = middle..<range.upperBound
        if run.lowerBound < middle {
            nodes += cover(run.clamped(to: left), root: pair[0].node, range: left)
        }
        if run.upperBound > middle {
            nodes += cover(run.clamped(to: right), root: pair[1].node, range: right)
        }
        return nodes
    }

    /// Splits an optimal flow into lessons: for each school, the slots its lessons take and the option
    /// (gym) of each. Follows each unit of a run arc down the slot tree to a leaf with flow left.
    func lessons(flows: [Int64]) -> [(school: Int, option: Int, slot: Int)] {
        var remaining: [Int: Int64] = [:]
        for list in children.values {
            for child in list where flows[child.arc] > 0 { remaining[child.arc] = flows[child.arc] }
        }
        var result: [(school: Int, option: Int, slot: Int)] = []
        for run in runArcs {
            var units = flows[run.arc]
            while units > 0 {
                var node = run.treeNode
                while leafSlot[node] == nil {
                    let next = children[node]!.first { remaining[$0.arc, default: 0] > 0 }!
                    remaining[next.arc]! -= 1
                    node = next.node
                }
                result.append((run.school, run.option, leafSlot[node]!))
                units -= 1
            }
        }
        return result
    }
}
