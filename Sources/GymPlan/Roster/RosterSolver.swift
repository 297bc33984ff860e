/// Makes the weekly gym roster of section 6 from a ``RosterProblem`` (pure: no database).
public enum RosterSolver {
    /// The roster: optimal without specialists (most lessons, then least walking); with specialists,
    /// the R5-free optimum repaired by ``RosterSpecialistRepair``'s local search, and the bound of
    /// ``RosterSpecialistBound`` (at most that optimum) as the upper bound.
    public static func solve(_ problem: RosterProblem) throws -> Roster {
        try problem.validate()
        let clock = ContinuousClock()
        let start = clock.now
        let context = RosterContext(problem)
        let components = RosterFlowSolver.components(context)
        var placements: [RosterPlacement] = []
        for component in components {
            placements += try RosterFlowSolver.solve(context, schools: component.schools, gyms: component.gyms)
        }
        var upperBound = placements.count
        let flowDone = clock.now
        var repair = RosterSpecialistRepair(context: context, placements: placements)
        if repair.hasSpecialists {
            repair.run(components: components)
            upperBound = try RosterSpecialistBound.upperBound(
                context, components: components, groups: repair.componentGroups(components), placements: placements,
                specialistOfClass: repair.board.specialistOfClass, specialists: repair.board.ofSpecialist.count)
        }
        let repairDone = clock.now
        let board = repair.board
        let lessons = RosterHalls.number(board.placements, context: context)
        let unscheduled = RosterReasons.unscheduled(board)
        let classes = context.classesOfSchool.reduce(0) { $0 + $1.count }
        let summary = RosterSummary(
            classes: classes, lessonsRequired: classes * context.minLessons, lessonsScheduled: lessons.count,
            lessonsUpperBound: upperBound, classesFullyScheduled: classes - unscheduled.count,
            walkingMetres: lessons.reduce(0) { $0 + $1.distanceM })
        return Roster(
            lessons: lessons, unscheduled: unscheduled, summary: summary,
            classUpperBounds: problem.classes.indices.map(context.lessonBound),
            flowSeconds: (flowDone - start).seconds, specialistSeconds: (repairDone - flowDone).seconds,
            totalSeconds: (clock.now - start).seconds)
    }
}

/// Hall numbers for placements.
enum RosterHalls {
    /// Numbers the halls slot by slot, each slot's lessons going to the least-loaded halls (lowest
    /// number first): loads never differ by more than one, so no hall exceeds ceil(lessons / halls),
    /// which is within its weekly lessons as the gym's total is (R2). Sorted by gym id, weekday, start, hall.
    static func number(_ placements: [RosterPlacement], context: RosterContext) -> [RosterLesson] {
        let problem = context.problem
        let grid = context.grid
        var loads = problem.gyms.map { [Int](repeating: 0, count: max($0.halls, 0)) }
        var lessons: [RosterLesson] = []
        lessons.reserveCapacity(placements.count)
        let bySlot = Dictionary(grouping: placements, by: \.slot)
        for slot in bySlot.keys.sorted() {
            let gym = Int(grid.gym[slot])
            let inSlot = bySlot[slot]!.sorted { $0.classIndex < $1.classIndex }
            let halls = loads[gym].indices.sorted { (loads[gym][$0], $0) < (loads[gym][$1], $1) }
            for (placement, hall) in zip(inSlot, halls) {
                loads[gym][hall] += 1
                let schoolClass = problem.classes[placement.classIndex]
                lessons.append(
                    RosterLesson(
                        gym: gym, gymId: problem.gyms[gym].id, hall: hall + 1, weekday: Int(grid.weekday[slot]),
                        start: Int(grid.start[slot]), end: grid.end(slot), classIndex: placement.classIndex,
                        schoolId: problem.schools[schoolClass.school].id, classId: schoolClass.id,
                        distanceM: placement.distanceM, walkingMinutes: placement.walkingMinutes))
            }
        }
        lessons.sort { ($0.gymId, $0.weekday, $0.start, $0.hall) < ($1.gymId, $1.weekday, $1.start, $1.hall) }
        return lessons
    }
}

/// The reasons of the classes short of `min_lessons`.
enum RosterReasons {
    static func unscheduled(_ board: RosterBoard) -> [UnscheduledClass] {
        let context = board.context
        let problem = context.problem
        var result: [UnscheduledClass] = []
        for (school, classes) in context.classesOfSchool.enumerated() {
            for classIndex in classes where board.ofClass[classIndex].count < context.minLessons {
                result.append(
                    UnscheduledClass(
                        classIndex: classIndex, schoolId: problem.schools[school].id,
                        classId: problem.classes[classIndex].id,
                        missingLessons: context.minLessons - board.ofClass[classIndex].count,
                        reason: reason(classIndex, school: school, board: board)))
            }
        }
        result.sort { ($0.schoolId, $0.classId) < ($1.schoolId, $1.classId) }
        return result
    }

    private static func reason(_ classIndex: Int, school: Int, board: RosterBoard) -> UnscheduledReason {
        let context = board.context
        let options = context.options[school]
        func names(_ options: [RosterContext.Option]) -> [String] {
            options.map { context.problem.gyms[$0.gym].name }
        }
        guard !options.isEmpty else { return .noGymWithinReach(maxDistanceM: context.problem.parameters.maxDistanceM) }
        let walkable = options.filter { !$0.runs.isEmpty }
        guard !walkable.isEmpty else { return .noTimeToWalk(gyms: names(options)) }
        if board.specialistOfClass[classIndex] >= 0 {
            let grid = context.grid
            let roomOnAFreeDay = walkable.contains { option in
                option.runs.contains { run in
                    run.contains { board.hasRoom($0) && board.isFree(classIndex, weekday: Int(grid.weekday[$0])) }
                }
            }
            if roomOnAFreeDay { return .specialistWeekFull }
        }
        return .gymsFull(gyms: names(walkable))
    }
}
