import Foundation
import GymPlan
import Testing

@Suite("Export document assembly")
struct ExportDocumentTests {
    @Test func fixedFieldsAndResolvedParameters() throws {
        let export = ExportSamples.export()
        #expect(export.schemaVersion == "1")
        #expect(export.schoolYear == "2019-2020")
        #expect(export.generatedAt == "2026-11-25T12:00:00Z")
        #expect(export.parameters.referenceDate == "2019-10-01")
        #expect(export.parameters.detourFactor == 1.3)
        var inputs = ExportSamples.inputs()
        inputs.parameters.referenceDate = "2020-01-15"
        #expect(MinistryExport(inputs: inputs, generatedAt: Date()).parameters.referenceDate == "2020-01-15")
    }

    @Test func schoolsAndMunicipalitiesAreSortedAndComplete() {
        let export = ExportSamples.export()
        #expect(export.schools.map(\.schoolId) == ["00AP00", "02DD00", "05CC01", "11BB00"])
        // Groningen has no school, so it is not listed.
        #expect(export.municipalities.map(\.code) == ["GM0363", "GM0637"])
        #expect(export.municipalities[1].obstacles == [.capacity, .distance])
        #expect(export.municipalities[0].obstacles == [])
    }

    @Test func municipalityCounts() throws {
        let zoetermeer = try #require(ExportSamples.export().municipalities.first { $0.code == "GM0637" })
        #expect(zoetermeer.name == "Zoetermeer")
        #expect(zoetermeer.province == "Zuid-Holland")
        #expect(zoetermeer.schools == 2)
        #expect(zoetermeer.schoolsMeetingLessonsGoal == 1)
        #expect(zoetermeer.schoolsMeetingQualifiedGoal == 0)
        #expect(zoetermeer.schoolsWithoutData == 0)
        #expect(zoetermeer.schoolsWithDistanceObstacle == 1)
        #expect(zoetermeer.schoolsWithCapacityObstacle == 1)
        #expect(zoetermeer.capacity.supplyLessons == 4)
        #expect(zoetermeer.capacity.shortageHallHours == 3)
        #expect(zoetermeer.grants.awarded == 2)
        #expect(zoetermeer.lessons == 7)
        #expect(zoetermeer.qualifiedLessonShare == 0.4286)
        let amsterdam = try #require(ExportSamples.export().municipalities.first { $0.code == "GM0363" })
        #expect(amsterdam.schoolsWithoutData == 1)
        #expect(amsterdam.grants == ExportInputs.GrantCounts())
    }

    @Test func summary() {
        let summary = ExportSamples.export().summary
        #expect(summary.schools == 4)
        #expect(summary.schoolsMeetingLessonsGoal == 2)
        #expect(summary.schoolsMeetingQualifiedGoal == 1)
        #expect(summary.schoolsMeetingBothGoals == 1)
        #expect(summary.schoolsWithoutData == 1)
        #expect(summary.municipalitiesWithCapacityObstacle == 1)
        #expect(summary.municipalitiesWithDistanceObstacle == 1)
        #expect(summary.unmetLessons == 4)
    }

    @Test func nullsAreWrittenNotOmitted() throws {
        let json = try #require(String(data: ExportSamples.export().jsonData(), encoding: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let schools = try #require(object["schools"] as? [[String: Any]])
        let noData = try #require(schools.first { $0["school_id"] as? String == "05CC01" })
        for key in ["meets_lessons_goal", "meets_qualified_goal", "nearest_gym_m", "latitude"] {
            #expect(noData[key] is NSNull, "\(key)")
        }
        let municipalities = try #require(object["municipalities"] as? [[String: Any]])
        #expect(municipalities.allSatisfy { $0["province"] != nil })
        #expect(json.contains("\"reasons\" : [\n\n      ]") || json.contains("\"reasons\" : []"))
    }

    @Test func sameInputsGiveSameBytes() throws {
        let first = try ExportSamples.export().jsonData()
        var inputs = ExportSamples.inputs()
        inputs.schools.reverse()
        inputs.municipalities.reverse()
        let second = try MinistryExport(inputs: inputs, generatedAt: ExportSamples.generatedAt).jsonData()
        #expect(first == second)
    }

    @Test func roundTripsAndValidates() throws {
        let data = try ExportSamples.export().jsonData()
        #expect(try MinistryExport.decode(data) == ExportSamples.export())
        #expect(try ExportSamples.schemaValidator().problems(in: data) == [])
    }

    @Test func emptyDatabaseGivesAValidDocument() throws {
        let export = MinistryExport(inputs: ExportInputs(schoolYear: SchoolYear(firstYear: 2020)), generatedAt: Date())
        #expect(export.schools.isEmpty && export.municipalities.isEmpty)
        #expect(try ExportSamples.schemaValidator().problems(in: export.jsonData()) == [])
    }

    @Test func goalsAndObstaclesAreSeparateEncodings() {
        let schools = ExportSamples.export().schools
        let goals = Dictionary(uniqueKeysWithValues: schools.map { ($0.schoolId, $0.goalStatus) })
        #expect(goals == ["00AP00": .meetsBoth, "02DD00": .missesQualified, "05CC01": .noData, "11BB00": .missesBoth])
        let rings = Dictionary(uniqueKeysWithValues: schools.map { ($0.schoolId, $0.obstacleRing(hasGymData: true)) })
        #expect(rings == ["00AP00": .none, "02DD00": .distance, "05CC01": .none, "11BB00": .none])
        #expect(schools.allSatisfy { $0.obstacleRing(hasGymData: false) == .noGymData })
    }
}
