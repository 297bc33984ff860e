/// Makes the R5-free optimum keep R5, then wins back lessons.
///
/// The method, per group of connected components that specialists tie together:
/// 1. Untangle: for each specialist, while two of their lessons clash (overlap, or too little travel
///    time between gyms on one day), take the lesson with the most clashes (then the longest walk) and
///    first try to swap it with a lesson of a class without a specialist of the same school (a swap
///    keeps R1-R4 of both classes when neither gets a second lesson on one day); if no swap removes the
///    clash, drop the lesson.
/// 2. Win back: for every class of the group short of `min_lessons`, specialist classes first, insert
///    the nearest lesson that keeps R1-R5; failing that (a specialist class only), eject a lesson from
///    a full slot the class could take and move it to another slot its own class can take, or move the
///    one lesson of the specialist that blocks a free slot to another slot. Passes repeat while they
///    win lessons.
/// 3. Restart: while the group has fewer lessons than its R5-free optimum, start again from that
///    optimum (up to 8 times, 3 for groups of more than 300 classes), alternately untangling with
///    random ties and dropping all specialist lessons to re-insert them, with the classes in a
///    shuffled order; keep the best (most lessons, then least walking).
/// Every step keeps R1-R5, so the result is a valid roster; the R5-free optimum bounds it from above.
struct RosterSpecialistRepair {
    private(set) var board: RosterBoard
    private let context: RosterContext
    private var random = RepairRandom(state: 14)

    init(context: RosterContext, placements: [RosterPlacement]) {
        self.context = context
        board = RosterBoard(context: context, placements: placements)
    }

    /// Whether any in-scope class has a specialist.
    var hasSpecialists: Bool { !board.ofSpecialist.isEmpty }

    mutating func run(components: [(schools: [Int], gyms: [Int])]) {
        for group in groups(components) {
            let specialists = Set(group.map { board.specialistOfClass[$0] }.filter { $0 >= 0 }).sorted()
            guard !specialists.isEmpty else { continue }
            let original = placements(of: group)
            let attempts = group.count <= 300 ? 8 : 3
            var best: (lessons: Int, metres: Int, placements: [RosterPlacement])?
            for attempt in 0..<attempts {
                if attempt > 0 { reset(group, to: original) }
                if attempt % 2 == 1 {
                    for classIndex in group where board.specialistOfClass[classIndex] >= 0 {
                        for lesson in board.ofClass[classIndex] { board.remove(lesson) }
                    }
                } else {
                    for specialist in specialists { untangle(specialist, randomly: attempt > 0) }
                }
                winBack(group, randomly: attempt > 0)
                let current = placements(of: group)
                let metres = current.reduce(0) { $0 + $1.distanceM }
                if best == nil || current.count > best!.lessons || (current.count == best!.lessons && metres < best!.metres) {
                    best = (current.count, metres, current)
                }
                if current.count == original.count { break }
            }
            reset(group, to: best!.placements)
        }
    }

    /// The in-scope classes of each group of components that specialists tie together (R5 couples
    /// the components a specialist teaches in).
    private func groups(_ components: [(schools: [Int], gyms: [Int])]) -> [[Int]] {
        componentGroups(components).map { group in
            group.flatMap { components[$0].schools.flatMap { context.classesOfSchool[$0] } }
        }
    }

    /// The groups of components (their indices) that specialists tie together, in a fixed order.
    func componentGroups(_ components: [(schools: [Int], gyms: [Int])]) -> [[Int]] {
        var sets = DisjointSets(count: components.count)
        var componentOfSpecialist: [Int: Int] = [:]
        for (index, component) in components.enumerated() {
            for school in component.schools {
                for classIndex in context.classesOfSchool[school] where board.specialistOfClass[classIndex] >= 0 {
                    let specialist = board.specialistOfClass[classIndex]
                    if let other = componentOfSpecialist[specialist] {
                        sets.union(index, other)
                    } else {
                        componentOfSpecialist[specialist] = index
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in components.indices { groups[sets.root(index), default: []].append(index) }
        return groups.keys.sorted().map { groups[$0]! }
    }

    private func placements(of classes: [Int]) -> [RosterPlacement] {
        classes.flatMap { board.ofClass[$0].map { board.pool[$0]! } }
    }

    private mutating func reset(_ classes: [Int], to placements: [RosterPlacement]) {
        for classIndex in classes {
            for lesson in board.ofClass[classIndex] { board.remove(lesson) }
        }
        for placement in placements { board.add(placement) }
    }

    /// Win-back passes over the group's classes short of lessons, specialist classes first (their
    /// lessons are the hardest to place), in a shuffled order when `randomly`.
    private mutating func winBack(_ group: [Int], randomly: Bool) {
        var order = group.filter { board.ofClass[$0].count < context.minLessons }
        if randomly { order.shuffle(using: &random) }
        order = order.filter { board.specialistOfClass[$0] >= 0 } + order.filter { board.specialistOfClass[$0] < 0 }
        for _ in 0..<4 {
            var won = false
            for classIndex in order {
                while board.ofClass[classIndex].count < context.minLessons, winBack(classIndex) { won = true }
            }
            if !won { break }
        }
    }

    /// The clashes of each lesson of a specialist with their other lessons.
    private func clashes(_ specialist: Int) -> [Int: Int] {
        let lessons = board.ofSpecialist[specialist]
        var counts: [Int: Int] = [:]
        for (position, first) in lessons.enumerated() {
            for second in lessons[(position + 1)...]
            where !board.compatible(board.pool[first]!.slot, board.pool[second]!.slot) {
                counts[first, default: 0] += 1
                counts[second, default: 0] += 1
            }
        }
        return counts
    }

    /// Drops or swaps away the specialist's lessons until none clash: the one with the most clashes
    /// first, then the longest walk (or, `randomly`, any of those with the most clashes).
    private mutating func untangle(_ specialist: Int, randomly: Bool) {
        while true {
            let counts = clashes(specialist)
            let worst: Int?
            if randomly, let most = counts.values.max() {
                worst = counts.filter { $0.value == most }.keys.sorted().randomElement(using: &random)
            } else {
                worst = counts.max { a, b in
                    (a.value, board.pool[a.key]!.distanceM, -a.key) < (b.value, board.pool[b.key]!.distanceM, -b.key)
                }?.key
            }
            guard let worst else { return }
            if !swapWithPlainClass(worst) { board.remove(worst) }
        }
    }

    /// Swaps the lesson's slot with a lesson of a class of the same school without a specialist, where
    /// that ends the lesson's clashes.
    private mutating func swapWithPlainClass(_ lesson: Int) -> Bool {
        let mine = board.pool[lesson]!
        let school = context.problem.classes[mine.classIndex].school
        let grid = context.grid
        for other in context.classesOfSchool[school] where other != mine.classIndex && board.specialistOfClass[other] < 0 {
            for theirs in board.ofClass[other] {
                let their = board.pool[theirs]!
                guard board.specialistFits(mine.classIndex, slot: their.slot, ignoring: lesson),
                    board.isFree(mine.classIndex, weekday: Int(grid.weekday[their.slot]), ignoring: lesson),
                    board.isFree(other, weekday: Int(grid.weekday[mine.slot]), ignoring: theirs)
                else { continue }
                board.remove(lesson)
                board.remove(theirs)
                var swappedMine = their
                swappedMine.classIndex = mine.classIndex
                var swappedTheirs = mine
                swappedTheirs.classIndex = other
                board.add(swappedMine)
                board.add(swappedTheirs)
                return true
            }
        }
        return false
    }

    /// Gives the class one more lesson; false when no move found one.
    private mutating func winBack(_ classIndex: Int) -> Bool {
        if let best = board.bestSlot(for: classIndex) {
            board.add(board.placement(classIndex, slot: best.slot, option: best.option))
            return true
        }
        guard board.specialistOfClass[classIndex] >= 0 else { return false }
        let school = context.problem.classes[classIndex].school
        let grid = context.grid
        for option in context.options[school] {
            for run in option.runs {
                for slot in run where board.isFree(classIndex, weekday: Int(grid.weekday[slot])) {
                    if board.specialistFits(classIndex, slot: slot) {
                        if ejectAndPlace(classIndex, slot: slot, option: option) { return true }
                    } else if board.hasRoom(slot), moveBlockingLesson(classIndex, slot: slot, option: option) {
                        return true
                    }
                }
            }
        }
        return false
    }

    /// Takes a full slot for the class by moving one of its lessons to another slot its class can take.
    private mutating func ejectAndPlace(_ classIndex: Int, slot: Int, option: RosterContext.Option) -> Bool {
        for occupant in board.inSlot[slot] where board.pool[occupant]!.classIndex != classIndex {
            if displace(occupant, for: classIndex, slot: slot, option: option) { return true }
        }
        return false
    }

    /// Frees `slot` for the class's specialist by moving the one lesson of theirs that clashes with it.
    private mutating func moveBlockingLesson(_ classIndex: Int, slot: Int, option: RosterContext.Option) -> Bool {
        let specialist = board.specialistOfClass[classIndex]
        let blocking = board.ofSpecialist[specialist].filter { !board.compatible(board.pool[$0]!.slot, slot) }
        guard blocking.count == 1, board.pool[blocking[0]]!.classIndex != classIndex else { return false }
        return displace(blocking[0], for: classIndex, slot: slot, option: option)
    }

    /// Moves lesson `moving` to the best other slot its class can take so that the class gets `slot`;
    /// leaves the board as it was when either cannot be done.
    private mutating func displace(_ moving: Int, for classIndex: Int, slot: Int, option: RosterContext.Option) -> Bool {
        let lesson = board.pool[moving]!
        board.remove(moving)
        if board.canTake(classIndex, slot: slot) {
            let placed = board.add(board.placement(classIndex, slot: slot, option: option))
            if let moved = board.bestSlot(for: lesson.classIndex) {
                board.add(board.placement(lesson.classIndex, slot: moved.slot, option: moved.option))
                return true
            }
            board.remove(placed)
        }
        board.add(lesson)
        return false
    }
}

/// SplitMix64 for the repair's shuffles: reproducible runs without a dependency.
struct RepairRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
