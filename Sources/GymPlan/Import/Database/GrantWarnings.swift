import PostgresClient

/// Teachers who, after the import, have more than one grant `applied` or `awarded` at once: a
/// warning, not an error (data contract, section 2). Grant ids are shown, teacher ids never.
enum GrantWarnings {
    static func find(on connection: Connection, files: ImportFileIndex) throws -> [ImportProblem] {
        let rows = try connection.query("""
            WITH open_grants AS (
                SELECT teacher_id, grant_id, file, line FROM \(TargetTable.grant.staging)
                WHERE status = ANY($1::text[]) AND teacher_id IS NOT NULL
                UNION ALL
                SELECT g.teacher_id, g.grant_id, NULL, NULL FROM grant_application g
                WHERE g.status = ANY($1::text[])
                  AND NOT EXISTS (SELECT 1 FROM \(TargetTable.grant.staging) i WHERE i.grant_id = g.grant_id)
            )
            SELECT max(file) AS file, max(line) FILTER (WHERE file IS NOT NULL) AS line,
                   string_agg(grant_id, ', ' ORDER BY grant_id) AS grants, count(*) AS n
            FROM open_grants GROUP BY teacher_id
            HAVING count(*) > 1 AND count(file) > 0
            ORDER BY 1, 2 LIMIT 1000
            """, [GrantStatus.open.map(\.rawValue)]).rows
        return try rows.map { row in
            let file = try row.decode("file", as: Int.self)
            let count = try row.decode("n", as: Int.self)
            return ImportProblem(
                file: files.name(file), line: try row.decode("line", as: Int.self),
                column: files.column("teacher_id", target: .grant, file: file),
                message: "this teacher has \(count) grants applied or awarded at once (\(try row.decode("grants", as: String.self)))")
        }
    }
}
