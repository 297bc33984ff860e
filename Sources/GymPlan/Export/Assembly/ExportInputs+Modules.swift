// How the results of the goals, capacity and grants modules become export inputs.

extension ExportInputs.Goals {
    init(_ status: SchoolGoalStatus) {
        self.init(
            inScopeClasses: status.inScopeClasses, meetsLessonsGoal: status.meetsLessonsGoal,
            meetsQualifiedGoal: status.meetsQualifiedGoal, reasons: status.reasons,
            lessons: status.lessons, lessonsByQualifiedTeacher: status.lessonsByQualifiedTeacher)
    }
}

extension ExportInputs.SchoolCapacity {
    init(_ school: SchoolCapacity) {
        self.init(
            demandLessons: school.demandLessons, unmetLessons: school.unmetLessons,
            distanceObstacle: school.distanceObstacle, capacityObstacle: school.capacityObstacle,
            nearestGymM: school.nearestGymM, nearestGymEstimated: school.nearestGymM == nil ? nil : school.nearestGymEstimated)
    }
}

extension ExportInputs.MunicipalityCapacity {
    init(_ municipality: MunicipalityCapacity) {
        self.init(
            demandLessons: municipality.demandLessons, supplyLessons: municipality.supplyLessons,
            unmetLessons: municipality.unmetLessons, capacityObstacle: municipality.capacityObstacle,
            distanceObstacle: municipality.distanceObstacle, shortageHallHours: municipality.shortageHallHours)
    }
}
