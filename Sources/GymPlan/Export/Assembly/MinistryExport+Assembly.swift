import Foundation

extension MinistryExport {
    /// Assembles the document from gathered inputs: every school sorted by school_id, every
    /// municipality with at least one school sorted by code. A pure function of its inputs and
    /// `generatedAt`.
    public init(inputs: ExportInputs, generatedAt: Date) {
        let goals = Dictionary(inputs.goals.map { ($0.schoolId, $0) }, uniquingKeysWith: { first, _ in first })
        let capacities = Dictionary(inputs.schoolCapacity.map { ($0.schoolId, $0) }, uniquingKeysWith: { first, _ in first })
        let schools = inputs.schools.sorted { $0.schoolId < $1.schoolId }.map {
            Self.school($0, goals: goals[$0.schoolId], capacity: capacities[$0.schoolId])
        }
        let municipalityCapacities = Dictionary(
            inputs.municipalityCapacity.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let byMunicipality = Dictionary(grouping: schools, by: \.municipalityCode)
        let known = Dictionary(inputs.municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let municipalities = byMunicipality.keys.sorted().map { code in
            Self.municipality(
                known[code] ?? ExportInputs.Municipality(code: code, name: code), schools: byMunicipality[code] ?? [],
                capacity: municipalityCapacities[code], grants: inputs.grants[code],
                data: inputs.coverage[code] ?? MunicipalityData())
        }
        var parameters = inputs.parameters
        parameters.referenceDate = parameters.referenceDate(for: inputs.schoolYear)
        self.init(
            schoolYear: inputs.schoolYear.description,
            generatedAt: Self.timestamp(generatedAt),
            parameters: parameters,
            summary: Self.summary(schools: schools, municipalities: municipalities),
            municipalities: municipalities,
            schools: schools,
            grantsByYear: inputs.grantsByYear.sorted { $0.schoolYear < $1.schoolYear },
            dataset: inputs.dataset,
            gyms: inputs.gyms.sorted { $0.gymId < $1.gymId },
            shortageGroups: inputs.competingGroups.filter { $0.unmetLessons > 0 }.map(ShortageGroup.init)
                .sorted {
                $0.unmetLessons != $1.unmetLessons ? $0.unmetLessons > $1.unmetLessons : $0.schoolIds.lexicographicallyPrecedes($1.schoolIds)
            })
    }

    /// UTC, ISO 8601, whole seconds: `2026-11-25T12:00:00Z`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// A school with its goals and capacity figures, when the modules have them.
    static func school(_ school: ExportInputs.School, goals: SchoolGoalStatus?, capacity: SchoolCapacity?) -> School {
        var status = goals ?? SchoolGoalStatus(
            schoolId: school.schoolId, name: school.name, municipalityCode: school.municipalityCode,
            inScopeClasses: 0, meetsLessonsGoal: nil, meetsQualifiedGoal: nil, lessons: 0, lessonsByQualifiedTeacher: 0)
        // The school list names the school, whatever the goal module read.
        (status.schoolId, status.name, status.municipalityCode) = (school.schoolId, school.name, school.municipalityCode)
        return School(goals: status, situation: School.Situation(
            distanceObstacle: capacity?.distanceObstacle ?? false, capacityObstacle: capacity?.capacityObstacle ?? false,
            nearestGymM: capacity?.nearestGymM,
            // Whether the distance is an estimate is unknown without a distance.
            nearestGymEstimated: capacity?.nearestGymM == nil ? nil : capacity?.nearestGymEstimated,
            demandLessons: capacity?.demandLessons ?? 0, unmetLessons: capacity?.unmetLessons ?? 0,
            latitude: school.latitude, longitude: school.longitude, locationSource: school.locationSource))
    }

    static func municipality(
        _ info: ExportInputs.Municipality, schools: [School],
        capacity: MunicipalityCapacity?, grants: GrantStatusCounts?, data: MunicipalityData = MunicipalityData()
    ) -> Municipality {
        let distanceSchools = schools.count(where: { $0.distanceObstacle })
        let capacitySchools = schools.count(where: { $0.capacityObstacle })
        var obstacles: [Obstacle] = []
        if capacity?.capacityObstacle == true || capacitySchools > 0 { obstacles.append(.capacity) }
        if capacity?.distanceObstacle == true || distanceSchools > 0 { obstacles.append(.distance) }
        let lessons = schools.reduce(0) { $0 + $1.lessons }
        let qualified = schools.reduce(0) { $0 + $1.lessonsByQualifiedTeacher }
        return Municipality(
            code: info.code, name: info.name, province: info.province, schools: schools.count,
            schoolsMeetingLessonsGoal: schools.count(where: { $0.meetsLessonsGoal == true }),
            schoolsMeetingQualifiedGoal: schools.count(where: { $0.meetsQualifiedGoal == true }),
            schoolsWithoutData: schools.count(where: { $0.meetsLessonsGoal == nil && $0.meetsQualifiedGoal == nil }),
            obstacles: obstacles.sorted(),
            // Without the planner's figures, the schools' own sums.
            capacity: Capacity(
                demandLessons: capacity?.demandLessons ?? schools.reduce(0) { $0 + $1.demandLessons },
                supplyLessons: capacity?.supplyLessons ?? 0,
                unmetLessons: capacity?.unmetLessons ?? schools.reduce(0) { $0 + $1.unmetLessons },
                shortageHallHours: rounded(capacity?.shortageHallHours ?? 0, 2)),
            schoolsWithDistanceObstacle: distanceSchools, schoolsWithCapacityObstacle: capacitySchools,
            grants: grants ?? GrantStatusCounts(),
            lessons: lessons, lessonsByQualifiedTeacher: qualified,
            qualifiedLessonShare: lessons > 0 ? rounded(Double(qualified) / Double(lessons), 4) : nil,
            data: data)
    }

    static func summary(schools: [School], municipalities: [Municipality]) -> Summary {
        Summary(
            schools: schools.count,
            schoolsMeetingLessonsGoal: schools.count(where: { $0.meetsLessonsGoal == true }),
            schoolsMeetingQualifiedGoal: schools.count(where: { $0.meetsQualifiedGoal == true }),
            schoolsMeetingBothGoals: schools.count(where: { $0.meetsLessonsGoal == true && $0.meetsQualifiedGoal == true }),
            schoolsWithoutData: schools.count(where: { $0.meetsLessonsGoal == nil && $0.meetsQualifiedGoal == nil }),
            schoolsWithDistanceObstacle: schools.count(where: { $0.distanceObstacle }),
            schoolsWithCapacityObstacle: schools.count(where: { $0.capacityObstacle }),
            municipalities: municipalities.count,
            municipalitiesWithCapacityObstacle: municipalities.count(where: { $0.obstacles.contains(.capacity) }),
            municipalitiesWithDistanceObstacle: municipalities.count(where: { $0.obstacles.contains(.distance) }),
            demandLessons: schools.reduce(0) { $0 + $1.demandLessons },
            unmetLessons: schools.reduce(0) { $0 + $1.unmetLessons },
            data: DataSummary(municipalities.map(\.data)))
    }

    /// Rounds half away from zero to `digits` decimals, so numbers print the same every run.
    static func rounded(_ value: Double, _ digits: Int) -> Double {
        guard value.isFinite else { return 0 }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
