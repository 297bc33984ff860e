/// Makes the R5-free optimum keep R5, then wins back lessons.
///
/// The method, per connected component that has specialist classes:
/// 1. Untangle: for each specialist, while two of their lessons clash (overlap, or too little travel
///    time between gyms on one day), take the lesson with the most clashes (then the longest walk) and
///    first try to swap it with a lesson of a class without a specialist of the same school (a swap
///    keeps R1-R4 of both classes when neither gets a second lesson on one day); if no swap removes the
///    clash, drop the lesson.
/// 2. Win back: for every class of a touched component that is short of `min_lessons`, insert the
///    nearest lesson that keeps R1-R5; failing that (a specialist class only), eject a lesson from a
///    full slot the class could take and move the ejected lesson to another slot its own class can
///    take, or move one of the specialist's own lessons that blocks the slot to another slot that
///    fits the specialist. Passes repeat while they win lessons.
/// Every step keeps R1-R5, so the result is a valid roster; the R5-free optimum bounds it from above.
struct RosterSpecialistRepair {
    private(set) var board: RosterBoard
    private let context: RosterContext

    init(context: RosterContext, placements: [RosterPlacement]) {
        self.context = context
        board = RosterBoard(context: context, placements: placements)
    }

    /// Whether any in-scope class has a specialist.
    var hasSpecialists: Bool { !board.ofSpecialist.isEmpty }

    mutating func run(components: [(schools: [Int], gyms: [Int])]) {
        for specialist in board.ofSpecialist.indices { untangle(specialist) }
        var touched: [Int] = []
        for component in components {
            let hasSpecialist = component.schools.contains { school in
                context.classesOfSchool[school].contains { board.specialistOfClass[$0] >= 0 }
            }
            if hasSpecialist { touched += component.schools.flatMap { context.classesOfSchool[$0] } }
        }
        // Specialist classes first: their lessons are the hardest to place.
        touched.sort { (board.specialistOfClass[$0] < 0 ? 1 : 0, $0) < (board.specialistOfClass[$1] < 0 ? 1 : 0, $1) }
        for _ in 0..<4 {
            var won = false
            for classIndex in touched {
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

    private mutating func untangle(_ specialist: Int) {
        while true {
            let counts = clashes(specialist)
            guard let worst = counts.max(by: { a, b in
                (a.value, board.pool[a.key]!.distanceM, -a.key) < (b.value, board.pool[b.key]!.distanceM, -b.key)
            }) else { return }
            if !swapWithPlainClass(worst.key) { board.remove(worst.key) }
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
        for occupant in board.inSlot[slot] {
            let ejected = board.pool[occupant]!
            guard ejected.classIndex != classIndex else { continue }
            board.remove(occupant)
            guard board.canTake(classIndex, slot: slot) else {
                board.add(ejected)
                continue
            }
            let placed = board.add(board.placement(classIndex, slot: slot, option: option))
            if let moved = board.bestSlot(for: ejected.classIndex) {
                board.add(board.placement(ejected.classIndex, slot: moved.slot, option: moved.option))
                return true
            }
            board.remove(placed)
            board.add(ejected)
        }
        return false
    }

    /// Frees `slot` for the class's specialist by moving the one lesson of theirs that clashes with it.
    private mutating func moveBlockingLesson(_ classIndex: Int, slot: Int, option: RosterContext.Option) -> Bool {
        let specialist = board.specialistOfClass[classIndex]
        let blocking = board.ofSpecialist[specialist].filter { !board.compatible(board.pool[$0]!.slot, slot) }
        guard blocking.count == 1, let lesson = board.pool[blocking[0]], lesson.classIndex != classIndex else {
            return false
        }
        board.remove(blocking[0])
        guard board.canTake(classIndex, slot: slot) else {
            board.add(lesson)
            return false
        }
        let placed = board.add(board.placement(classIndex, slot: slot, option: option))
        if let moved = board.bestSlot(for: lesson.classIndex) {
            board.add(board.placement(lesson.classIndex, slot: moved.slot, option: moved.option))
            return true
        }
        board.remove(placed)
        board.add(lesson)
        return false
    }
}
