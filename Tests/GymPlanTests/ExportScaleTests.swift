import Foundation
import GymPlan
import Testing

@Suite("Export at national scale")
struct ExportScaleTests {
    /// 6,500 schools in 350 municipalities, as many as the Netherlands has, with every status.
    static func nationalInputs() -> ExportInputs {
        var inputs = ExportInputs(schoolYear: SchoolYear(firstYear: 2021))
        for index in 0..<350 {
            let code = "GM" + String(1000 + index)
            inputs.municipalities.append(.init(code: code, name: "Gemeente \(index)", province: "Provincie \(index % 12)"))
            inputs.municipalityCapacity.append(.init(code: code, demandLessons: 200, supplyLessons: 180, unmetLessons: 20,
                                                     capacityObstacle: index % 20 == 0, shortageHallHours: 15))
            inputs.grants[code] = .init(applied: index % 3, awarded: index % 5)
        }
        for index in 0..<6_500 {
            let id = String(format: "%02dAA%02d", index / 100, index % 100)
            let code = "GM" + String(1000 + index % 350)
            inputs.schools.append(.init(schoolId: id, name: "School \(index)", municipalityCode: code,
                                        latitude: 50.8 + Double(index % 97) * 0.028, longitude: 3.4 + Double(index % 89) * 0.042,
                                        locationSource: .file))
            let lessons = index % 7 != 0
            inputs.goals.append(.init(schoolId: id, name: "School \(index)", municipalityCode: code, inScopeClasses: 6,
                                      meetsLessonsGoal: lessons, meetsQualifiedGoal: index % 3 == 0,
                                      reasons: lessons ? [] : ["class 5: 1 lesson, 45 minutes a week"], lessons: 12, lessonsByQualifiedTeacher: 8))
            inputs.schoolCapacity.append(.init(schoolId: id, municipalityCode: code, demandLessons: 12, unmetLessons: index % 50 == 0 ? 2 : 0,
                                               distanceObstacle: index % 61 == 0, capacityObstacle: index % 50 == 0,
                                               nearestGymM: 300 + index % 900, nearestGymEstimated: index % 2 == 0))
        }
        return inputs
    }

    @Test func assemblesRendersAndValidatesAtNationalScale() throws {
        let export = MinistryExport(inputs: Self.nationalInputs(), generatedAt: Date())
        let json = try export.jsonData()
        let csv = ExportCSV(dutch: true).files(export)
        let html = ExportReport(export: export).html()
        #expect(export.schools.count == 6_500 && export.municipalities.count == 350)
        #expect(csv[1].content.count > 500_000)
        // The national map is a choropleth: no 6,500 dots, at most 12 close-ups of schools.
        #expect(html.components(separatedBy: "<circle class=\"school\"").count - 1 == 0)
        #expect(html.contains("id=\"map\""))
        #expect(try ExportSamples.schemaValidator().problems(in: json) == [])
        // How fast it is, is measured by `make bench` (scripts/bench/commands-bench.sh), not here:
        // a timed test flakes on a shared machine.
    }
}
