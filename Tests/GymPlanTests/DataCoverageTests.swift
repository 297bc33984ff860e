import Foundation
import GymPlan
import Testing

@Suite("Data coverage in the export")
struct DataCoverageTests {
    @Test func municipalitiesCarryTheirDataAndTheSummaryCountsWhatIsMissing() throws {
        var inputs = ExportSamples.inputs()
        inputs.coverage = [
            "GM0363": MunicipalityData(gyms: 2, distances: 3, classes: 4, lessons: 7, teachers: 2, hasGymData: true),
            "GM0637": MunicipalityData(gyms: 0, distances: 0, classes: 0, lessons: 0, teachers: 1, hasGymData: false),
        ]
        let export = MinistryExport(inputs: inputs, generatedAt: Date(timeIntervalSince1970: 0))
        #expect(export.municipalities.map(\.data.hasGymData) == [true, false])
        #expect(export.municipalities[0].data.lessons == 7)
        #expect(export.summary.data == DataSummary(
            municipalitiesWithoutGymData: 1, municipalitiesWithoutClasses: 1, municipalitiesWithoutLessons: 1))
        // Contract fields are judged as before: a municipality without gym data keeps its obstacles.
        #expect(export.municipalities[1].obstacles == ExportSamples.export().municipalities[1].obstacles)
    }

    @Test func aMunicipalityWithoutCoverageHasEmptyCounts() {
        let export = ExportSamples.export()
        #expect(export.municipalities.allSatisfy { $0.data == MunicipalityData() })
        #expect(export.summary.data.municipalitiesWithoutGymData == export.municipalities.count)
    }

    @Test func jsonKeysAreSnakeCase() throws {
        let json = try JSONSerialization.jsonObject(with: ExportSamples.export().jsonData()) as? [String: Any]
        let summary = try #require(json?["summary"] as? [String: Any])
        let data = try #require(summary["data"] as? [String: Any])
        #expect(Set(data.keys) == ["municipalities_without_gym_data", "municipalities_without_classes", "municipalities_without_lessons"])
        let municipality = try #require((json?["municipalities"] as? [[String: Any]])?.first)
        let counts = try #require(municipality["data"] as? [String: Any])
        #expect(Set(counts.keys) == ["gyms", "distances", "classes", "lessons", "teachers", "gym_data"])
    }
}
