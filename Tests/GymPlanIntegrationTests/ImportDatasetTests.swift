import Foundation
import GymPlan
import Testing
import TestSupport

/// `dataset.csv`, the optional file in which a data set says where its data came from and whether
/// they are synthetic: imported like the other files, into the export and the report.
@Suite("gymplan import dataset.csv")
struct ImportDatasetTests {
    @Test func theSampleSaysItIsSyntheticAndTheExportCarriesIt() throws {
        let database = try ImportTestDatabase.freshDatabase()
        let imported = try GymPlanCLI.run(["import", Repository.sampleData], database: database)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("dataset.csv: 11 data set sources (11 inserted"), "\(imported.standardError)")
        let connection = try database.connect()
        #expect(try connection.count("dataset_source", "synthetic") == 9)
        #expect(try connection.count("dataset_source", "NOT synthetic AND data IN ('schools', 'municipalities')") == 2)
        let run = try GymPlanCLI.run(["export", "--school-year", "2021-2022"], database: database)
        let problems = try ExportTestFiles.schemaValidator().problems(in: Data(run.standardOutput.utf8))
        #expect(problems == [], "\(problems)")
        let export = try MinistryExport.decode(Data(run.standardOutput.utf8))
        #expect(export.dataset.synthetic && export.dataset.sources.count == 11)
        #expect(export.dataset.sources.first?.data == "all")
        #expect(export.dataset.sources.first { $0.data == "schools" }?.asOf == "2021-10-01")
        #expect(run.standardOutput.contains("\"synthetic\" : true"))
        // Again: nothing changes.
        #expect(try GymPlanCLI.run(["import", Repository.sampleData], database: database).standardError
            .contains("dataset.csv: 11 data set sources (0 inserted, 0 updated, 11 unchanged"))
        try database.drop()
    }

    /// The importer's list of kinds and the database's check are two lists: a kind the importer
    /// accepts but the database refuses would fail the import with a database error and no line.
    @Test func everyKindTheImporterAcceptsTheDatabaseStores() throws {
        let database = try ImportTestDatabase.freshDatabase()
        let temp = try ImportTempFolder()
        let rows = DatasetSource.describable.map { "\($0),made up for a test,yes" }
        try temp.write("dataset.csv", "data,source,synthetic\n" + rows.joined(separator: "\n") + "\n")
        let result = try GymPlanCLI.run(["import", temp.path], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(DatasetSource.describable.contains("gym-hours") && DatasetSource.describable.contains("sites"))
        #expect(try database.connect().count("dataset_source") == DatasetSource.describable.count)
        try database.drop()
    }

    @Test func aBadRowIsRejectedWithItsLineAndColumnAndNothingChanges() throws {
        let database = try ImportTestDatabase.freshDatabase()
        let temp = try ImportTempFolder()
        try temp.write("municipalities.csv", "code,name\nGM0001,A\n")
        try temp.write("dataset.csv", "data;source;synthetic;as_of\nall;made up;ja;2026-12-01\ngymz;x;yes;\ngyms;made up;maybe;\nschools;;no;1-10-2021\nschools;DUO;no;\n")
        let before = try database.connect().fingerprint()
        let result = try GymPlanCLI.run(["import", temp.path], database: database)
        #expect(result.status == 65)
        for problem in ["dataset.csv:3: data: \"gymz\" is not all or a kind of data", "dataset.csv:4: synthetic: \"maybe\" is not yes or no",
                        "dataset.csv:5: source: required", "dataset.csv:5: as_of:"] {
            #expect(result.standardError.contains(problem), "\(problem) in \(result.standardError)")
        }
        #expect(try database.connect().fingerprint() == before)
        #expect(try database.connect().count("municipality") == 0)
        try database.drop()
    }

    @Test func aFolderWithoutItIsFineAndAMisspeltHeaderIsNamed() throws {
        let database = try ImportTestDatabase.freshDatabase()
        let temp = try ImportTempFolder()
        try temp.write("municipalities.csv", "code,name\nGM0001,A\n")
        #expect(try GymPlanCLI.run(["import", temp.path], database: database).status == 0)
        #expect(try database.connect().count("dataset_source") == 0)
        try temp.write("dataset.csv", "data,sourse,synthetic\nall,x,no\n")
        let result = try GymPlanCLI.run(["import", temp.path], database: database)
        #expect(result.status == 65)
        #expect(result.standardError.contains("dataset.csv:1: source: required column is missing (found 'sourse')"), "\(result.standardError)")
        try database.drop()
    }
}
