import Foundation
import GymPlan
import PostgresClient
import TestSupport
import Testing

/// A database holding data at every earlier migration upgrades to the latest schema with
/// `gymplan db migrate`, keeps every row, and then gives exactly the same schema, table contents
/// and command outputs as a database created at the latest schema with the same data. New
/// migrations are covered as they are added.
@Suite struct MigrationUpgradeTests {
    /// The commands whose outputs must not change; the export's `generated_at` line is left out.
    static let commands: [[String]] = [
        ["flags", "--school-year", "2021-2022", "--format", "json"],
        ["capacity", "--school-year", "2021-2022", "--format", "json"],
        ["grants", "--format", "json"],
        ["grants", "--projection", "--school-year", "2021-2022", "--format", "json"],
        ["export", "--school-year", "2021-2022"],
    ]

    /// `applied`: the migrations the old database has (1 ..< all of them).
    @Test(arguments: try GymPlanMigrations.all().indices.dropFirst())
    func aDatabaseWithDataAtAnEarlierMigrationUpgradesToTheSameResults(applied: Int) throws {
        let all = try GymPlanMigrations.all()
        // The reference: the sample data in a database created at the latest schema.
        let reference = try TestCluster.shared().makeDatabase(label: "upgraderef")
        let imported = try GymPlanCLI.run(["import", Repository.sampleData], database: reference)
        try #require(imported.status == 0, "\(imported.standardError)")

        // The same data in a database at migration `applied`, loaded into the tables it has then.
        let old = try TestCluster.shared().makeEmptyDatabase(label: "upgrade\(applied)")
        var tablesThen: [String] = []
        var heldBack: [String] = []
        do {
            let connection = try old.connect()
            try Migrator(migrations: Array(all.prefix(applied))).migrate(connection)
            #expect(try Migrator(migrations: all).recorded(connection).count == applied)
            let tables = try Self.dataTables(connection)
            tablesThen = tables
            try #require(!tables.isEmpty)
            tablesThen = tables
            var data = try Self.pgDump(reference, ["--data-only", "--rows-per-insert=500"]
                + tables.filter { $0 != "dataset_source" }.map { "--table=public.\($0)" })
            if tables.contains("dataset_source") {
                // One row per statement, so that the rows of kinds the old check refuses can be held back.
                let rows = try Self.pgDump(reference, ["--data-only", "--inserts", "--table=public.dataset_source"])
                    .split(separator: "\n").map(String.init)
                let later = all[applied...].contains { $0.version == Self.datasetKindsMigration } ? Self.laterDatasetKinds : []
                heldBack = rows.filter { line in later.contains { line.hasPrefix("INSERT INTO public.dataset_source VALUES ('\($0)'") } }
                #expect(heldBack.count == later.count, "the sample describes \(later)")
                data += "\n" + rows.filter { !heldBack.contains($0) }.joined(separator: "\n")
            }
            // (The dump empties the session's search_path: the connection is not used after it.)
            try connection.execute(script: "BEGIN;\n" + data + "\nCOMMIT;")
        }

        let migrate = try GymPlanCLI.run(["db", "migrate"], database: old)
        #expect(migrate.status == 0, "\(migrate.standardError)")
        let pending = all.dropFirst(applied).map { String($0.version) }.joined(separator: ", ")
        #expect(migrate.standardError.contains("applied migrations \(pending)"), "\(migrate.standardError)")
        #expect(try Migrator(migrations: all).isUpToDate(old.connect()), "upgrade from migration \(applied)")
        do {
            // The tables later migrations add (opening hours, sites, the data set's description) are empty after the upgrade: their
            // rows are imported then, as a user would.
            let connection = try old.connect()
            let loaded = Set(try Self.dataTables(connection)).subtracting(tablesThen)
            if !loaded.isEmpty {
                let data = try Self.pgDump(reference, ["--data-only", "--rows-per-insert=500"] + loaded.sorted().map { "--table=public.\($0)" })
                try connection.execute(script: "BEGIN;\n" + data + "\nCOMMIT;")
            }
            if !heldBack.isEmpty { try connection.execute(script: "BEGIN;\n" + heldBack.joined(separator: "\n") + "\nCOMMIT;") }
        }

        #expect(try Self.pgDump(old, ["--schema-only"]) == Self.pgDump(reference, ["--schema-only"]),
                "schema after upgrading from migration \(applied)")
        let expected = try Self.contents(reference)
        #expect(try Self.contents(old) == expected, "rows after upgrading from migration \(applied)")
        for command in Self.commands {
            let before = try GymPlanCLI.run(command, database: reference)
            let after = try GymPlanCLI.run(command, database: old)
            #expect(before.status == 0 && !before.standardOutput.isEmpty, "\(command): \(before.standardError)")
            #expect(after.status == before.status, "\(command) after upgrading from migration \(applied): \(after.standardError)")
            #expect(ExportDocument.withoutGeneratedAt(after.standardOutput) == ExportDocument.withoutGeneratedAt(before.standardOutput),
                    "\(command) after upgrading from migration \(applied)")
        }
        try old.drop()
        try reference.drop()
    }

    /// The migration that let `dataset.csv` describe the opening hours and the sites, and those kinds:
    /// a database from before it cannot hold such rows, so they are imported after the upgrade.
    static let datasetKindsMigration = 8
    static let laterDatasetKinds = ["gym-hours", "school-hours"]

    /// The tables of schema public that hold gymplan's data: not the migrations' bookkeeping, not
    /// those of extensions (PostGIS's spatial_ref_sys).
    static func dataTables(_ connection: Connection) throws -> [String] {
        try connection.query("""
            SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_migrations'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY 1
            """).rows.map { try $0.decode(0, as: String.self) }
    }

    /// Per data table: its row count and a checksum of its rows.
    static func contents(_ database: TestDatabase) throws -> [String: String] {
        let connection = try database.connect()
        var contents: [String: String] = [:]
        for table in try dataTables(connection) {
            let name = try connection.quoteIdentifier(table)
            contents[table] = try connection.query(
                "SELECT count(*) || ' rows ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM \(name) t"
            ).scalar(String.self)
        }
        return contents
    }

    /// `pg_dump OPTIONS` of the database as SQL, without psql's meta-commands (`\restrict`), which
    /// the server does not understand and which hold a random key.
    static func pgDump(_ database: TestDatabase, _ options: [String]) throws -> String {
        let cluster = try TestCluster.shared().cluster
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cluster.binaries.path("pg_dump"))
        process.arguments = ["-h", cluster.socketDirectory, "-p", String(EmbeddedCluster.port),
                             "-U", cluster.superuser, "-d", database.name, "--no-password"] + options
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        let output = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("pg_dump-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardOutput = output
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? errorHandle.close() }
        process.standardError = errorHandle
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        try #require(process.terminationStatus == 0, "pg_dump \(options): \(message)")
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("\\") }.joined(separator: "\n")
    }
}
