import Foundation
@testable import GymPlan
import PostgresClient
import TestSupport
import Testing

/// What the planner knows after a bulk load: the row counts, recorded by the index builds, without
/// an ANALYZE of the import's own for a table that was empty.
@Suite struct ImportStatisticsTests {
    @Test func aBulkLoadIntoAnEmptyTableLeavesThePlannerItsRowCount() throws {
        let classes = (1 ... 2500).map { "2019-2020,00AP00,c\($0),3,20" }.joined(separator: "\n")
        let folder = try ImportPipelineTests.folder(ImportPipelineTests.contract.merging([
            "classes.csv": "school_year,school_id,class_id,grades,pupils\n" + classes + "\n",
        ]) { $1 })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = try TestCluster.shared().makeDatabase(label: "statistics")
        defer { try? database.drop() }
        let connection = try database.connect()
        _ = try Importer(connection: connection).importFiles(at: [folder])
        #expect(try connection.query("SELECT reltuples::bigint FROM pg_class WHERE oid = 'class'::regclass").scalar(Int.self) == 2500)
        #expect(try connection.query("""
            SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND NOT convalidated
            """).scalar(Int.self) == 0)
        #expect(try connection.query("""
            SELECT count(*) FROM pg_constraint WHERE conrelid = 'class'::regclass
            """).scalar(Int.self) == 5)
    }
}
