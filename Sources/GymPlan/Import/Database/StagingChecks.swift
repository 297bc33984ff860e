import PostgresClient

/// The checks that need all rows at once, run set-based in SQL over the staging tables: duplicate
/// keys within the import, and references that exist neither in the database nor in the import.
struct StagingChecks {
    let connection: Connection
    let files: ImportFileIndex
    /// At most this many problems are fetched per check; the import is rejected either way.
    var limit = 1000

    /// Every key that occurs more than once among the staged rows of `target`.
    func duplicates(in target: TargetTable) throws -> [ImportProblem] {
        let keys = target.key.joined(separator: ", ")
        var conditions = target.key.map { "\($0) IS NOT NULL" }
        if let flag = target.authoritativeFlag { conditions.append(flag) }
        let sql = """
            WITH duplicated AS (
                SELECT \(keys) FROM \(target.staging) WHERE \(conditions.joined(separator: " AND "))
                GROUP BY \(keys) HAVING count(*) > 1 LIMIT \(limit))
            SELECT array_agg(s.file ORDER BY s.file, s.line)::text AS files, array_agg(s.line ORDER BY s.file, s.line)::text AS lines
            FROM \(target.staging) s JOIN duplicated d USING (\(keys))
            \(target.authoritativeFlag.map { "WHERE s.\($0)" } ?? "")
            GROUP BY \(target.key.map { "s.\($0)" }.joined(separator: ", "))
            """
        var problems: [ImportProblem] = []
        let column = target.key.count == 1 ? target.key[0] : target.key[target.key.count - 1]
        for row in try connection.query(sql).rows {
            let fileIndices = Self.integers(try row.decode("files", as: String.self))
            let lines = Self.integers(try row.decode("lines", as: String.self))
            let (firstFile, firstLine) = (fileIndices[0], lines[0])
            for (file, line) in zip(fileIndices, lines).dropFirst() {
                // The key as the file's header names it (a window's `from` is staged as `opens`).
                let what = target.key.map { files.column($0, target: target, file: file) }.joined(separator: ", ")
                let place = file == firstFile ? "line \(firstLine)" : "\(files.name(firstFile)):\(firstLine)"
                problems.append(ImportProblem(
                    file: files.name(file), line: line, column: files.column(column, target: target, file: file),
                    message: "duplicate \(target.noun): the same \(what) as \(place)"))
            }
        }
        return problems
    }

    /// Every staged reference of `reference` whose row exists neither in the database nor in the
    /// import. For `class` (replaced per school year and school) rows the import replaces do not count.
    func missing(_ reference: Reference) throws -> [ImportProblem] {
        let source = reference.from
        let target = reference.to
        let notNull = reference.columns.map { "s.\($0) IS NOT NULL" }.joined(separator: " AND ")
        let match = zip(reference.toColumns, reference.columns).map { "t.\($0) = s.\($1)" }.joined(separator: " AND ")
        var existing = "SELECT 1 FROM \(target.name) t WHERE \(match)"
        if let scope = target.replaceScope {
            let sameScope = scope.map { "r.\($0) = t.\($0)" }.joined(separator: " AND ")
            existing += " AND NOT EXISTS (SELECT 1 FROM \(target.staging) r WHERE \(sameScope))"
        }
        let shown = reference.columns.map { "s.\($0)::text" }.joined(separator: " || ', ' || ")
        let sql = """
            SELECT s.file, s.line, \(shown) AS shown FROM \(source.staging) s
            WHERE \(notNull)
              AND NOT EXISTS (SELECT 1 FROM \(target.staging) t WHERE \(match))
              AND NOT EXISTS (\(existing))
            ORDER BY s.file, s.line LIMIT \(limit)
            """
        return try connection.query(sql).rows.map { row in
            let file = try row.decode("file", as: Int.self)
            let value = try row.decode("shown", as: String.self)
            let what = reference.showsValue ? "\(target.noun) \(value)" : "this \(target.noun)"
            return ImportProblem(
                file: files.name(file), line: try row.decode("line", as: Int.self),
                column: files.column(reference.reportColumn, target: source, file: file),
                message: "\(what) exists neither in the database nor in this import")
        }
    }

    /// Every staged window of `target` (opening hours) that overlaps or touches an earlier-starting
    /// window of the same owner and weekday, reported at the later one's `from`. Windows with the
    /// same start are duplicate keys, and invalid windows (from not before to) are reported already.
    func windowClashes(in target: TargetTable) throws -> [ImportProblem] {
        guard let owner = target.windowOwner else { return [] }
        let ownerColumn = target.key[0]
        let sql = """
            SELECT b.file, b.line, a.file AS earlier_file, a.line AS earlier_line, b.\(ownerColumn)::text AS owner_id,
                   b.weekday::int AS weekday,
                   to_char(a.opens, 'HH24:MI') AS earlier_opens, to_char(a.closes, 'HH24:MI') AS earlier_closes,
                   to_char(b.opens, 'HH24:MI') AS opens, to_char(b.closes, 'HH24:MI') AS closes,
                   b.opens = a.closes AS touches
            FROM \(target.staging) a
            JOIN \(target.staging) b ON b.\(ownerColumn) = a.\(ownerColumn) AND b.weekday = a.weekday
                 AND b.opens > a.opens AND b.opens <= a.closes
            WHERE a.opens < a.closes AND b.opens < b.closes
            ORDER BY b.file, b.line, a.file, a.line LIMIT \(limit)
            """
        return try connection.query(sql).rows.map { row in
            let (file, earlierFile) = (try row.decode("file", as: Int.self), try row.decode("earlier_file", as: Int.self))
            let earlierLine = try row.decode("earlier_line", as: Int.self)
            let place = file == earlierFile ? "line \(earlierLine)" : "\(files.name(earlierFile)):\(earlierLine)"
            let (ownerId, weekday) = (try row.decode("owner_id", as: String.self), try row.decode("weekday", as: Int.self))
            let earlier = "\(try row.decode("earlier_opens", as: String.self))-\(try row.decode("earlier_closes", as: String.self))"
            let later = "\(try row.decode("opens", as: String.self))-\(try row.decode("closes", as: String.self))"
            let touches = try row.decode("touches", as: Bool.self)
            let message = touches
                ? "\(later) touches \(earlier) of \(place) (\(owner) \(ownerId), weekday \(weekday)): write them as one window"
                : "\(later) overlaps \(earlier) of \(place) (\(owner) \(ownerId), weekday \(weekday)): the windows of one \(owner) on one weekday must not overlap"
            return ImportProblem(
                file: files.name(file), line: try row.decode(1, as: Int.self),
                column: files.column("opens", target: target, file: file), message: message)
        }
    }

    /// Whether two stored windows of `target` (opening hours) of one owner and weekday overlap or
    /// touch, for a table whose windows were loaded directly, without lines (`windowClashes` finds
    /// those in staging). One pass in key order: when any two windows clash, some window clashes
    /// with the one just before it.
    static func windowsClash(in target: TargetTable, on connection: Connection) throws -> Bool {
        let owner = target.key[0]
        return try connection.query("""
            SELECT EXISTS (
                SELECT FROM (SELECT opens, lag(closes) OVER (PARTITION BY \(owner), weekday ORDER BY opens) AS before
                             FROM \(target.name)) w
                WHERE opens <= before)
            """).scalar(Bool.self)
    }

    /// Parses PostgreSQL's text form of an integer array, `{1,2,3}`.
    static func integers(_ text: String) -> [Int] {
        text.dropFirst().dropLast().split(separator: ",").compactMap { Int($0) }
    }
}
