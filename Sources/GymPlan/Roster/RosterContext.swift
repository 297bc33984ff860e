/// A ``RosterProblem`` prepared for solving: the slot grid, each school's in-scope classes, and for each
/// school the gyms within reach with the runs of slots its classes can walk to (R1, R4).
struct RosterContext: Sendable {
    /// A gym within reach of a school and the slot runs usable from it, one run per day and school window.
    struct Option: Sendable {
        var gym: Int
        var distanceM: Int
        var walkingMinutes: Int
        var runs: [Range<Int>]
    }

    let problem: RosterProblem
    let grid: RosterSlotGrid
    /// In-scope classes by school.
    let classesOfSchool: [[Int]]
    /// Gyms within `max_distance_m` of each school that give any lessons (weekly lessons and at least
    /// one slot), with the runs usable from the school (possibly none), nearest first.
    let options: [[Option]]
    /// Lessons a week each gym gives in all (halls x weekly lessons per hall).
    let weeklyCapacity: [Int]

    init(_ problem: RosterProblem) {
        self.problem = problem
        let lessonMinutes = problem.parameters.lessonMinutes
        let grid = RosterSlotGrid(gyms: problem.gyms, lessonMinutes: lessonMinutes)
        self.grid = grid
        var classesOfSchool = [[Int]](repeating: [], count: problem.schools.count)
        for (index, schoolClass) in problem.classes.enumerated() where schoolClass.inScope {
            classesOfSchool[schoolClass.school].append(index)
        }
        self.classesOfSchool = classesOfSchool
        let weeklyCapacity = problem.gyms.map { max(0, $0.halls) * $0.weeklyLessonsPerHall(lessonMinutes: lessonMinutes) }
        self.weeklyCapacity = weeklyCapacity
        var options = [[Option]](repeating: [], count: problem.schools.count)
        var seen = Set<Int>()
        for pair in problem.pairs
        where pair.distanceM <= problem.parameters.maxDistanceM && weeklyCapacity[pair.gym] > 0
            && (1...5).contains(where: { !grid.slots(gym: pair.gym, weekday: $0).isEmpty })
            && seen.insert(pair.school * problem.gyms.count + pair.gym).inserted
        {
            let windows = problem.schools[pair.school].windows
            var runs: [Range<Int>] = []
            for day in WeeklyWindows.weekdays {
                for window in windows.windows(on: day) {
                    let run = grid.usable(gym: pair.gym, weekday: day, window: window, walk: pair.walkingMinutes)
                    if !run.isEmpty { runs.append(run) }
                }
            }
            options[pair.school].append(
                Option(gym: pair.gym, distanceM: pair.distanceM, walkingMinutes: pair.walkingMinutes, runs: runs))
        }
        for school in options.indices {
            options[school].sort { ($0.distanceM, $0.gym) < ($1.distanceM, $1.gym) }
        }
        self.options = options
    }

    var minLessons: Int { problem.parameters.minLessons }

    /// The most lessons a class could have in any roster on its own: `min_lessons`, or fewer when fewer
    /// weekdays have a slot its school can walk to. 0 for a class out of scope.
    func lessonBound(_ classIndex: Int) -> Int {
        let schoolClass = problem.classes[classIndex]
        guard schoolClass.inScope else { return 0 }
        var days = Set<Int8>()
        for option in options[schoolClass.school] {
            for run in option.runs { days.insert(grid.weekday[run.lowerBound]) }
        }
        return min(minLessons, days.count)
    }
}
