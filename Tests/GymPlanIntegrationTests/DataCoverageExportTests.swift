import Foundation
import GymPlan
import PostgresClient
import Testing
import TestSupport

/// The export's `data` blocks: what is on record, counted in the database.
@Suite("export data coverage")
struct DataCoverageExportTests {
    @Test func contractFixturesCountWhatIsOnRecordPerMunicipality() throws {
        let database = try ExportCommandTests.database()
        let result = try GymPlanCLI.run(["export", "--school-year", "2019-2020"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let data = Data(result.standardOutput.utf8)
        #expect(try ExportTestFiles.schemaValidator().problems(in: data) == [])
        let export = try MinistryExport.decode(data)
        let byCode = Dictionary(uniqueKeysWithValues: export.municipalities.map { ($0.code, $0.data) })
        // Groningen: one school without coordinates, no gym, no distance.
        #expect(byCode["GM0014"]?.hasGymData == false)
        #expect(byCode["GM0014"]?.gyms == 0 && byCode["GM0014"]?.distances == 0)
        #expect(byCode["GM0363"]?.hasGymData == true)
        #expect(byCode["GM0363"]?.gyms == 2 && byCode["GM0363"]?.distances == 2)
        #expect(byCode["GM0599"]?.gyms == 1 && byCode["GM0599"]?.distances == 1)
        #expect(export.summary.data.municipalitiesWithoutGymData == 1)
        try database.drop()
    }

    @Test(.enabled(if: ImportPublicFilesTests.available, "shared/data not found"))
    func onlyDuoAndCbsFilesMeanNoGymDataAnywhere() throws {
        let database = try TestCluster.shared().makeDatabase(label: "coverage")
        let connection = try database.connect()
        let shared = ImportPublicFilesTests.shared
        _ = try Importer(connection: connection).importFiles(at: [
            shared + "/duo/03-alle-vestigingen-bo-2021-10-01.csv", shared + "/cbs/gemeenten-alfabetisch-2021.csv",
        ])
        let result = try GymPlanCLI.run(["export", "--school-year", "2021-2022"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let data = Data(result.standardOutput.utf8)
        #expect(try ExportTestFiles.schemaValidator().problems(in: data) == [])
        #expect(ExportTestFiles.pythonSchemaProblems(data) ?? "" == "")
        let export = try MinistryExport.decode(data)
        #expect(export.municipalities.count == 352)
        #expect(export.municipalities.allSatisfy { !$0.data.hasGymData && $0.data.gyms == 0 && $0.data.classes == 0 })
        #expect(export.summary.data == DataSummary(
            municipalitiesWithoutGymData: 352, municipalitiesWithoutClasses: 352, municipalitiesWithoutLessons: 352))
        // The contract's fields stay as section 5 defines them.
        #expect(export.summary.schools == 6215 && export.summary.schoolsWithoutData == 6215)
        #expect(export.schools.allSatisfy { $0.meetsLessonsGoal == nil && $0.meetsQualifiedGoal == nil && $0.nearestGymM == nil })
        #expect(export.summary.municipalitiesWithDistanceObstacle == 352)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        for key in ["schools", "schools_meeting_lessons_goal", "schools_meeting_qualified_goal", "schools_without_data",
                    "municipalities_with_capacity_obstacle", "municipalities_with_distance_obstacle"] {
            #expect(summary[key] is Int, "\(key)")
        }
        try database.drop()
    }
}

/// The lines on standard error that name what is missing for the year asked.
@Suite("missing data lines")
struct MissingDataLineTests {
    @Test func commandsNameTheDataMissingForTheYear() throws {
        let database = try ExportCommandTests.database()
        for command in ["flags", "capacity", "export"] {
            let result = try GymPlanCLI.run([command, "--school-year", "2018-2019"], database: database)
            #expect(result.status == 0, "\(command): \(result.standardError)")
            let lines = result.standardError.split(separator: "\n").map(String.init)
            #expect(lines.contains("no gyms on record in 1 of 3 municipalities: distance and capacity cannot be judged there"), "\(command)")
            #expect(lines.contains("no classes on record for 2018-2019: the year on record is 2019-2020"), "\(command)")
            #expect(lines.contains("no lessons on record for 2018-2019: the year on record is 2019-2020"), "\(command)")
        }
        let export = try GymPlanCLI.run(["export", "--school-year", "2018-2019"], database: database)
        // The JSON keeps section 5's obstacle fields where there is no gym data, and says so.
        #expect(export.standardError.contains("gymplan: the JSON still gives section 5's obstacle fields there"), "\(export.standardError)")
        let folder = try ExportTestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = try GymPlanCLI.run(["export", "--school-year", "2018-2019", "--format", "csv", "--output", folder], database: database)
        #expect(csv.status == 0 && csv.standardError.contains("gymplan: the CSV still gives"), "\(csv.standardError)")
        let table = try String(contentsOfFile: folder + "/municipalities.csv", encoding: .utf8).split(separator: "\r\n")
        #expect(table.first?.hasSuffix(",grants_completed,gym_data") == true, "\(table.first ?? "")")
        #expect(table.dropFirst().filter { $0.hasSuffix(",false") }.count == 1, "\(table)")
        #expect(table.dropFirst().filter { $0.hasSuffix(",true") }.count == 2, "\(table)")
        let report = try GymPlanCLI.run(["export", "--school-year", "2018-2019", "--format", "html", "--output", folder + "/r.html"], database: database)
        #expect(report.status == 0 && !report.standardError.contains("still gives"), "\(report.standardError)")
        let document = try MinistryExport.decode(Data(export.standardOutput.utf8))
        #expect(document.schools.allSatisfy { $0.meetsLessonsGoal == nil && $0.meetsQualifiedGoal == nil })
        let trend = try GymPlanCLI.run(["trend", "--from", "2018-2019", "--to", "2018-2019"], database: database)
        #expect(!trend.standardError.contains("no gyms"))
        #expect(trend.standardError.contains("no classes on record for 2018-2019"))
        let year = try GymPlanCLI.run(["flags", "--school-year", "2019-2020"], database: database)
        #expect(!year.standardError.contains("no classes") && !year.standardError.contains("no teachers"))
        try database.drop()
    }
}
