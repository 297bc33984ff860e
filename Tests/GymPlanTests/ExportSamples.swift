import Foundation
import GymPlan
import TestSupport

/// Hand-built export inputs and the schema, shared by the export unit tests.
enum ExportSamples {
    static let generatedAt = Date(timeIntervalSince1970: 1_795_608_000)  // 2026-11-25T12:00:00Z

    static func schemaValidator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: Data(contentsOf: Repository.exportSchema))
    }

    /// Two municipalities with schools (given out of order), one without; a school of each status.
    static func inputs() -> ExportInputs {
        var inputs = ExportInputs(schoolYear: SchoolYear(firstYear: 2019))
        inputs.municipalities = [
            .init(code: "GM0637", name: "Zoetermeer", province: "Zuid-Holland"),
            .init(code: "GM0363", name: "Amsterdam", province: "Noord-Holland"),
            .init(code: "GM0014", name: "Groningen", province: nil),
        ]
        inputs.schools = [
            .init(schoolId: "11BB00", name: "De \"Regenboog\", Zoetermeer", municipalityCode: "GM0637",
                  latitude: 52.06, longitude: 4.49, locationSource: .file),
            .init(schoolId: "00AP00", name: "Het Anker", municipalityCode: "GM0363", latitude: 52.37, longitude: 4.89, locationSource: .pc4),
            .init(schoolId: "05CC01", name: "Zonder Klassen", municipalityCode: "GM0363"),
            .init(schoolId: "02DD00", name: "Ver Weg", municipalityCode: "GM0637", latitude: 52.05, longitude: 4.52, locationSource: .file),
        ]
        inputs.goals = [
            .init(schoolId: "00AP00", name: "Het Anker", municipalityCode: "GM0363", inScopeClasses: 2,
                  meetsLessonsGoal: true, meetsQualifiedGoal: true, lessons: 4, lessonsByQualifiedTeacher: 4),
            .init(schoolId: "11BB00", name: "De \"Regenboog\", Zoetermeer", municipalityCode: "GM0637", inScopeClasses: 3,
                  meetsLessonsGoal: false, meetsQualifiedGoal: false,
                  reasons: ["class 5b: 1 lesson, 45 minutes", "class 6: a lesson without a qualified teacher"],
                  lessons: 5, lessonsByQualifiedTeacher: 2),
            .init(schoolId: "02DD00", name: "Ver Weg", municipalityCode: "GM0637", inScopeClasses: 1,
                  meetsLessonsGoal: true, meetsQualifiedGoal: false,
                  reasons: ["class 3/4: a lesson without a teacher"], lessons: 2, lessonsByQualifiedTeacher: 1),
            .init(schoolId: "05CC01", name: "Zonder Klassen", municipalityCode: "GM0363", inScopeClasses: 0,
                  meetsLessonsGoal: nil, meetsQualifiedGoal: nil, reasons: ["no classes in groups 3 to 8"],
                  lessons: 0, lessonsByQualifiedTeacher: 0),
        ]
        inputs.schoolCapacity = [
            .init(schoolId: "00AP00", municipalityCode: "GM0363", demandLessons: 4, nearestGymM: 420, nearestGymEstimated: false),
            .init(schoolId: "11BB00", municipalityCode: "GM0637", demandLessons: 6, unmetLessons: 2, capacityObstacle: true,
                  nearestGymM: 650, nearestGymEstimated: true),
            .init(schoolId: "02DD00", municipalityCode: "GM0637", demandLessons: 2, unmetLessons: 2, distanceObstacle: true,
                  nearestGymM: 2400, nearestGymEstimated: true),
        ]
        inputs.municipalityCapacity = [
            .init(code: "GM0637", demandLessons: 8, supplyLessons: 4, unmetLessons: 4, capacityObstacle: true, distanceObstacle: true,
                  shortageHallHours: 4.0 * 45 / 60),
            .init(code: "GM0363", demandLessons: 4, supplyLessons: 40),
        ]
        inputs.grants = ["GM0637": .init(applied: 1, awarded: 2, completed: 1)]
        inputs.grantsByYear = [
            .init(schoolYear: "2020-2021", counts: .init(applied: 3)),
            .init(schoolYear: "2019-2020", counts: .init(awarded: 2, rejected: 1, completed: 4)),
        ]
        return inputs
    }

    /// The inputs with gym data, classes and lessons on record in both municipalities.
    static func coveredInputs() -> ExportInputs {
        var inputs = inputs()
        inputs.coverage = [
            "GM0637": MunicipalityData(gyms: 1, distances: 2, classes: 4, lessons: 7, teachers: 3, hasGymData: true),
            "GM0363": MunicipalityData(gyms: 2, classes: 2, lessons: 4, teachers: 2, hasGymData: true),
        ]
        return inputs
    }

    /// The export of `coveredInputs()`, as the report shows a complete data set.
    static func coveredExport() -> MinistryExport {
        MinistryExport(inputs: coveredInputs(), generatedAt: generatedAt)
    }

    static func export() -> MinistryExport {
        MinistryExport(inputs: inputs(), generatedAt: generatedAt)
    }
}
