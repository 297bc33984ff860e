extension RosterDocument.Summary {
    static let empty = Self(
        classes: 0, lessonsRequired: 0, lessonsScheduled: 0, lessonsUpperBound: 0, classesFullyScheduled: 0,
        walkingDistanceM: 0)

    /// The summary of the whole roster.
    init(_ summary: RosterSummary) {
        self.init(
            classes: summary.classes, lessonsRequired: summary.lessonsRequired, lessonsScheduled: summary.lessonsScheduled,
            lessonsUpperBound: summary.lessonsUpperBound, classesFullyScheduled: summary.classesFullyScheduled,
            walkingDistanceM: summary.walkingMetres)
    }

    /// Each municipality's summary by code, as `roster --municipality` gives it, in one pass over the
    /// roster: its schools' in-scope classes, their lessons, walks and bounds (the sum of the classes'
    /// own bounds, at least the lessons given). Municipalities without in-scope classes are absent.
    static func byMunicipality(input: RosterInput, roster: Roster) -> [String: Self] {
        let problem = input.problem
        func code(_ classIndex: Int) -> String { input.schoolMunicipalities[problem.classes[classIndex].school] }
        var result: [String: Self] = [:]
        for (index, schoolClass) in problem.classes.enumerated() where schoolClass.inScope {
            let key = code(index)
            result[key, default: .empty].classes += 1
            result[key]!.lessonsRequired += problem.parameters.minLessons
            result[key]!.classesFullyScheduled += 1
            result[key]!.lessonsUpperBound += roster.classUpperBounds[index]
        }
        for lesson in roster.lessons {
            let key = code(lesson.classIndex)
            result[key]?.lessonsScheduled += 1
            result[key]?.walkingDistanceM += lesson.distanceM
        }
        for unscheduled in roster.unscheduled { result[code(unscheduled.classIndex)]?.classesFullyScheduled -= 1 }
        for key in result.keys { result[key]!.lessonsUpperBound = max(result[key]!.lessonsUpperBound, result[key]!.lessonsScheduled) }
        return result
    }
}
