@testable import GymPlan
import PostgresClient
import TestSupport
import Testing

/// The import takes its target tables' columns from the migrated schema (`TargetSchema`); what it
/// knows of them besides (keys, references, write order, layouts) must agree with `SQL/`.
@Suite struct ImportTargetSchemaTests {
    static let layouts = ContractLayouts.all
        + [PublicFileLayouts.duoSchools, PublicFileLayouts.cbsMunicipalities, PublicFileLayouts.pc4Areas]

    @Test func everyColumnOfEveryTargetIsFilledByALayoutAndEveryLayoutColumnIsOneOfItsTable() throws {
        let database = try TestCluster.shared().makeDatabase(label: "targets")
        defer { try? database.drop() }
        let connection = try database.connect()
        let schema = try TargetSchema.read(TargetTable.writeOrder, on: connection)
        for target in TargetTable.writeOrder {
            let columns = Set(schema.columnNames(of: target))
            #expect(!columns.isEmpty, "\(target.name) is not a table of the schema")
            let outputs = Self.layouts.flatMap(\.outputs).filter { $0.target == target }
            let filled = Set(outputs.flatMap { $0.columns.map(\.staging) + $0.derived.map(\.name) })
            let stagingOnly = Set(target.stagingOnlyColumns.map(\.name))
            #expect(columns.subtracting(filled).isEmpty, "\(target.name): no layout fills \(columns.subtracting(filled).sorted())")
            #expect(filled.subtracting(columns).subtracting(stagingOnly).isEmpty,
                    "\(target.name): layouts fill columns the table lacks: \(filled.subtracting(columns).subtracting(stagingOnly).sorted())")
            #expect(stagingOnly.isDisjoint(with: columns), "\(target.name): a staging-only column is a column of the table")
        }
    }

    @Test func columnTypesComeFromTheSchemaWithDomainsAsTheirBaseType() throws {
        let database = try TestCluster.shared().makeDatabase(label: "targets")
        defer { try? database.drop() }
        let connection = try database.connect()
        let schema = try TargetSchema.read([.schoolClass, .gym], on: connection)
        #expect(schema.columns(of: .schoolClass).map { "\($0.name) \($0.type)" } == [
            "school_year text COLLATE \"C\"", "school_id text COLLATE \"C\"", "class_id text COLLATE \"C\"",
            "grades smallint[]", "pupils integer",
        ])
        // The generated geography is not written by the import.
        #expect(!schema.columnNames(of: .gym).contains("location"))
        #expect(schema.columns(of: .gym).first { $0.name == "hours_per_week" }?.type == "numeric(6,2)")
    }

    @Test func naturalKeysAreThePrimaryKeys() throws {
        let database = try TestCluster.shared().makeDatabase(label: "targets")
        defer { try? database.drop() }
        let connection = try database.connect()
        for target in TargetTable.writeOrder {
            let key = try connection.query("""
                SELECT a.attname FROM pg_index i
                CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.position
                """, [target.name]).rows.map { try $0.decode(0, as: String.self) }
            #expect(key == target.key, "\(target.name)")
        }
    }

    /// Every foreign key between target tables is a `Reference` the checks report, and points at a
    /// table written earlier.
    @Test func referencesAreTheForeignKeysAndPointAtTablesWrittenEarlier() throws {
        let database = try TestCluster.shared().makeDatabase(label: "targets")
        defer { try? database.drop() }
        let connection = try database.connect()
        let names = TargetTable.writeOrder.map(\.name)
        let foreignKeys = try connection.query("""
            SELECT (SELECT relname::text FROM pg_class WHERE oid = c.conrelid), (SELECT relname::text FROM pg_class WHERE oid = c.confrelid),
                   (SELECT string_agg(a.attname, ',' ORDER BY k.position) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
                   (SELECT string_agg(a.attname, ',' ORDER BY k.position) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[]) AND c.confrelid = ANY($1::regclass[])
            """, [names]).rows.map {
                "\(try $0.decode(0, as: String.self))(\(try $0.decode(2, as: String.self))) -> "
                    + "\(try $0.decode(1, as: String.self))(\(try $0.decode(3, as: String.self)))"
            }
        let references = Reference.all.map {
            "\($0.from.name)(\($0.columns.joined(separator: ","))) -> \($0.to.name)(\($0.toColumns.joined(separator: ",")))"
        }
        #expect(foreignKeys.sorted() == references.sorted())
        for reference in Reference.all {
            #expect(names.firstIndex(of: reference.to.name)! < names.firstIndex(of: reference.from.name)!,
                    "\(reference.from.name) is written before \(reference.to.name)")
        }
    }
}
