import Foundation
import GymPlan
import PostgresClient
import Testing
import TestSupport

/// `gymplan export` on a real database loaded with the contract fixtures.
@Suite("gymplan export")
struct ExportCommandTests {
    static let teacherIds = ["T-001", "T-002", "T-003", "T-004"]

    /// A fresh database with the contract fixtures imported.
    static func database() throws -> TestDatabase {
        let database = try TestCluster.shared().makeDatabase(label: "export")
        let connection = try database.connect()
        _ = try Importer(connection: connection).importFiles(at: [ExportTestFiles.fixture("import/contract")])
        return database
    }

    @Test func jsonOnStandardOutputValidatesAndHasNoPersonalData() throws {
        let database = try Self.database()
        let result = try GymPlanCLI.run(["export", "--school-year", "2019-2020"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let data = Data(result.standardOutput.utf8)
        #expect(try ExportTestFiles.schemaValidator().problems(in: data) == [])
        #expect(ExportTestFiles.pythonSchemaProblems(data) ?? "" == "")
        for id in Self.teacherIds {
            #expect(!result.standardOutput.contains(id))
        }
        let export = try MinistryExport.decode(data)
        #expect(export.schools.map(\.schoolId) == ["00AP00", "01BQ00", "02CR00", "03DS01"])
        #expect(export.municipalities.map(\.code) == ["GM0014", "GM0363", "GM0599"])
        #expect(export.parameters.referenceDate == "2019-10-01")
        #expect(export.summary.schools == 4)
        let amsterdam = try #require(export.municipalities.first { $0.code == "GM0363" })
        #expect(amsterdam.name == "Amsterdam" && amsterdam.province == "Noord-Holland")
        #expect(amsterdam.schools == 2)
        let groningen = try #require(export.schools.first { $0.schoolId == "03DS01" })
        #expect(groningen.meetsLessonsGoal == nil && groningen.nearestGymM == nil && groningen.latitude == nil)
        try database.drop()
    }

    @Test func sameDataGivesSameBytesApartFromGeneratedAt() throws {
        let database = try Self.database()
        let first = try GymPlanCLI.run(["export", "--school-year", "2019-2020"], database: database)
        let second = try GymPlanCLI.run(["export", "--school-year", "2019-2020"], database: database)
        #expect(first.status == 0 && second.status == 0)
        #expect(ExportDocument.withoutGeneratedAt(first.standardOutput) == ExportDocument.withoutGeneratedAt(second.standardOutput))
        #expect(first.standardOutput.contains("\"generated_at\" : \""))
        try database.drop()
    }

    @Test func ruleOptionsReachTheDocumentAndFilesAreWritten() throws {
        let database = try Self.database()
        let folder = try ExportTestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = folder + "/export.json"
        let result = try GymPlanCLI.run(
            ["export", "--school-year", "2019/2020", "--output", json, "--max-distance-m", "750", "--reference-date", "2020-01-15"],
            database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("wrote \(json)"))
        let data = try Data(contentsOf: URL(fileURLWithPath: json))
        #expect(try ExportTestFiles.schemaValidator().problems(in: data) == [])
        let export = try MinistryExport.decode(data)
        #expect(export.parameters.maxDistanceM == 750)
        #expect(export.parameters.referenceDate == "2020-01-15")
        try database.drop()
    }

    @Test func csvTablesInDutchLocale() throws {
        let database = try Self.database()
        let folder = try ExportTestFiles.temporaryFolder() + "/tables"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try GymPlanCLI.run(
            ["export", "--school-year", "2019-2020", "--format", "csv", "--locale", "nl", "--output", folder], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        // A byte-order mark first, so that Excel reads the accents as UTF-8.
        let schoolBytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/schools.csv")))
        let municipalityBytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/municipalities.csv")))
        #expect(schoolBytes.prefix(3) == [0xEF, 0xBB, 0xBF] && municipalityBytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let schools = String(decoding: schoolBytes.dropFirst(3), as: UTF8.self)
        let municipalities = String(decoding: municipalityBytes.dropFirst(3), as: UTF8.self)
        #expect(schools.hasPrefix("school_id;name;municipality_code;"))
        #expect(schools.contains("\r\n01BQ00;\"CBS \"\"De Ark\"\", locatie Noord\";GM0363;") || schools.contains("\r\n01BQ00;CBS \"\"De Ark\"\""))
        #expect(schools.contains(";52,373100;4,892200;file;"))
        #expect(municipalities.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4)
        for id in Self.teacherIds {
            #expect(!schools.contains(id) && !municipalities.contains(id))
        }
        // --lang nl: Dutch column names and booleans, the same cells otherwise.
        let dutchFolder = folder + "-nl"
        defer { try? FileManager.default.removeItem(atPath: dutchFolder) }
        let dutch = try GymPlanCLI.run(
            ["export", "--school-year", "2019-2020", "--format", "csv", "--locale", "nl", "--lang", "nl", "--output", dutchFolder],
            database: database)
        #expect(dutch.status == 0, "\(dutch.standardError)")
        let dutchSchools = String(decoding: [UInt8](try Data(contentsOf: URL(fileURLWithPath: dutchFolder + "/schools.csv"))).dropFirst(3), as: UTF8.self)
        #expect(dutchSchools.hasPrefix("vestiging;naam;gemeentecode;groepen_3_tot_8;voldoet_aan_lessendoel;"))
        #expect(dutchSchools.contains(";ja;") || dutchSchools.contains(";nee;"))
        #expect(!dutchSchools.contains(";true;") && !dutchSchools.contains(";false;"))
        #expect(dutchSchools.components(separatedBy: "\r\n").count == schools.components(separatedBy: "\r\n").count)
        try database.drop()
    }

    @Test func htmlReportIsOneSelfContainedFile() throws {
        let database = try Self.database()
        let folder = try ExportTestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/report.html"
        let result = try GymPlanCLI.run(
            ["export", "--school-year", "2019-2020", "--format", "html", "--output", file, "--boundaries", folder + "/none.geojson"],
            database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        // Unreadable --boundaries: the report falls back to the borders that ship with gymplan.
        #expect(html.components(separatedBy: "<path class=\"municipality\"").count - 1 >= 1)
        #expect(result.standardError.contains("cannot read borders from"))
        try database.drop()
    }

    @Test func csvAndHtmlNeedAnOutput() throws {
        let result = try GymPlanCLI.run(["export", "--school-year", "2019-2020", "--format", "csv"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--format csv needs --output"))
        let locale = try GymPlanCLI.run(["export", "--school-year", "2019-2020", "--locale", "de"])
        #expect(locale.status == 64)
    }
}

/// Paths, the schema and a second opinion on it for the export tests.
enum ExportTestFiles {
    static var schemaPath: String { Repository.exportSchema.path }

    static func fixture(_ relative: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures/" + relative
    }

    static func schemaValidator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: Data(contentsOf: URL(fileURLWithPath: schemaPath)))
    }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "gymplan-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The problems Python's `jsonschema` finds, "" for none, or nil when it is not installed.
    static func pythonSchemaProblems(_ document: Data) -> String? {
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                sys.exit(3)
            schema = json.load(open(sys.argv[1]))
            errors = sorted(e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)))
            print("\\n".join(errors), end="")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaPath]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        input.fileHandleForWriting.write(document)
        try? input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? text : (process.terminationStatus == 3 ? nil : "python3 failed: \(text)")
    }
}
