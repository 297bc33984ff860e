/// The lessons of a roster in the making, indexed by class, slot, gym and specialist, with the checks
/// of R2, R3 and R5 for one more lesson.
struct RosterBoard {
    let context: RosterContext
    private(set) var pool: [RosterPlacement?] = []
    private(set) var ofClass: [[Int]]
    private(set) var inSlot: [[Int]]
    private(set) var gymWeek: [Int]
    /// Specialists numbered 0..<count; -1 for a class without one.
    let specialistOfClass: [Int]
    private(set) var ofSpecialist: [[Int]]
    private(set) var count = 0

    init(context: RosterContext, placements: [RosterPlacement]) {
        self.context = context
        ofClass = Array(repeating: [], count: context.problem.classes.count)
        inSlot = Array(repeating: [], count: context.grid.count)
        gymWeek = Array(repeating: 0, count: context.problem.gyms.count)
        var numbers: [TeacherKey: Int] = [:]
        specialistOfClass = context.problem.classes.map { schoolClass in
            guard schoolClass.inScope, let key = schoolClass.specialist else { return -1 }
            if let number = numbers[key] { return number }
            numbers[key] = numbers.count
            return numbers.count - 1
        }
        ofSpecialist = Array(repeating: [], count: numbers.count)
        for placement in placements { add(placement) }
    }

    var placements: [RosterPlacement] { pool.compactMap { $0 } }

    @discardableResult
    mutating func add(_ placement: RosterPlacement) -> Int {
        let index = pool.count
        pool.append(placement)
        ofClass[placement.classIndex].append(index)
        inSlot[placement.slot].append(index)
        gymWeek[placement.gym] += 1
        let specialist = specialistOfClass[placement.classIndex]
        if specialist >= 0 { ofSpecialist[specialist].append(index) }
        count += 1
        return index
    }

    mutating func remove(_ index: Int) {
        guard let placement = pool[index] else { return }
        pool[index] = nil
        ofClass[placement.classIndex].removeAll { $0 == index }
        inSlot[placement.slot].removeAll { $0 == index }
        gymWeek[placement.gym] -= 1
        let specialist = specialistOfClass[placement.classIndex]
        if specialist >= 0 { ofSpecialist[specialist].removeAll { $0 == index } }
        count -= 1
    }

    /// R2: the slot has a free hall and its gym a lesson left this week.
    func hasRoom(_ slot: Int) -> Bool {
        let gym = Int(context.grid.gym[slot])
        return inSlot[slot].count < context.problem.gyms[gym].halls && gymWeek[gym] < context.weeklyCapacity[gym]
    }

    /// R3: the class has no lesson on `weekday` (but for `ignoring`).
    func isFree(_ classIndex: Int, weekday: Int, ignoring: Int? = nil) -> Bool {
        !ofClass[classIndex].contains { $0 != ignoring && Int(context.grid.weekday[pool[$0]!.slot]) == weekday }
    }

    /// R5: the class's specialist (if any) can teach in `slot` at `gym` besides their other lessons
    /// (but for `ignoring`).
    func specialistFits(_ classIndex: Int, slot: Int, ignoring: Int? = nil) -> Bool {
        let specialist = specialistOfClass[classIndex]
        guard specialist >= 0 else { return true }
        return ofSpecialist[specialist].allSatisfy { $0 == ignoring || compatible(pool[$0]!.slot, slot) }
    }

    /// Whether one specialist can teach in both slots (R5).
    func compatible(_ first: Int, _ second: Int) -> Bool { context.specialistCanTeach(first, second) }

    /// Whether the class can take one more lesson in `slot` (R2, R3, R5; R1 and R4 are the caller's).
    func canTake(_ classIndex: Int, slot: Int) -> Bool {
        hasRoom(slot) && isFree(classIndex, weekday: Int(context.grid.weekday[slot]))
            && specialistFits(classIndex, slot: slot)
    }

    /// The nearest slot (then the earliest) where the class can take a lesson now, with its option.
    func bestSlot(for classIndex: Int) -> (slot: Int, option: RosterContext.Option)? {
        let school = context.problem.classes[classIndex].school
        for option in context.options[school] {
            for run in option.runs {
                for slot in run where canTake(classIndex, slot: slot) { return (slot, option) }
            }
        }
        return nil
    }

    func placement(_ classIndex: Int, slot: Int, option: RosterContext.Option) -> RosterPlacement {
        RosterPlacement(
            classIndex: classIndex, gym: option.gym, slot: slot, distanceM: option.distanceM,
            walkingMinutes: option.walkingMinutes)
    }
}
