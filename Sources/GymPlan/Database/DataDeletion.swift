import PostgresClient

/// Deletes one kind of data, or one school year's, in one transaction, and says what went.
///
/// The schema's foreign keys take dependent rows along (a class's lessons, a gym's distances) and
/// clear references (a lesson's teacher). What a deletion would take along of other kinds is
/// refused unless `cascade` is given; a deletion that is refused or fails changes nothing.
public enum DataDeletion {
    /// What one deletion changed.
    public struct Report: Sendable, Equatable {
        /// Rows removed per kind, the kind asked for first, then what went with it.
        public var removed: [(kind: DataKind, count: Int)]
        /// References cleared in rows that stay ("12 lessons no longer name a teacher").
        public var cleared: [String]

        public static func == (lhs: Report, rhs: Report) -> Bool {
            lhs.removed.map(\.kind) == rhs.removed.map(\.kind) && lhs.removed.map(\.count) == rhs.removed.map(\.count)
                && lhs.cleared == rhs.cleared
        }

        /// One line per change: `deleted 3 classes of 2021-2022`, `deleted 7 lessons with them`.
        public func lines(scope: String) -> [String] {
            guard let first = removed.first, removed.contains(where: { $0.count > 0 }) || !cleared.isEmpty else {
                return ["nothing to delete" + scope]
            }
            var lines = ["deleted \(first.kind.counted(first.count))\(scope)"]
            lines += removed.dropFirst().filter { $0.count > 0 }.map { "deleted \($0.kind.counted($0.count)) with them" }
            return lines + cleared
        }
    }

    /// Refused: the deletion would take along rows of other kinds, and `cascade` was not given.
    public struct WouldCascade: Error, Sendable, CustomStringConvertible {
        public var kind: DataKind
        public var count: Int
        public var dependents: [(kind: DataKind, count: Int)]

        public var description: String {
            let list = dependents.map { $0.kind.counted($0.count) }.joined(separator: ", ")
            return "deleting \(kind.counted(count)) would also delete \(list): nothing was deleted;"
                + " add --cascade to delete them too"
        }
    }

    /// References that a deletion clears instead of removing the row: (table, column, the words
    /// for one such row and for more).
    static let clearedReferences: [(table: String, column: String, one: String, more: String)] = [
        ("lesson", "teacher_id", "lesson no longer names its teacher", "lessons no longer name their teacher"),
        ("lesson", "gym_id", "lesson no longer names its gym", "lessons no longer name their gym"),
        ("teacher", "school_id", "teacher no longer has a main school", "teachers no longer have a main school"),
    ]

    /// Deletes every row of `kind` (of `year` when given), or, without a kind, the classes and
    /// lessons of `year`.
    public static func delete(
        _ kind: DataKind?, year: SchoolYear?, cascade: Bool, on connection: Connection
    ) throws -> Report {
        precondition(kind != nil || year != nil, "a kind or a school year")
        return try connection.transaction {
            // Not while an import writes: it would find half of what it refers to gone.
            try connection.advisoryTransactionLock(Importer.lockKey)
            let before = try counts(connection)
            let cleared = try referenceCounts(connection)
            let asked = kind ?? .classes
            for statement in deleteStatements(asked, year: year) {
                try connection.query(statement, year.map { [$0.description] } ?? [])
            }
            let after = try counts(connection)
            let removed = DataKind.reportOrder.map { ($0, before[$0, default: 0] - after[$0, default: 0]) }
            let first = removed.first { $0.0 == asked } ?? (asked, 0)
            let others = removed.filter { $0.0 != asked && $0.1 > 0 }
            // Without a kind the school year's classes go with their lessons: that is what was asked.
            let dependents = kind == nil ? others.filter { $0.0 != .lessons } : others
            if !cascade && !dependents.isEmpty {
                throw WouldCascade(kind: asked, count: first.1, dependents: dependents.map { (kind: $0.0, count: $0.1) })
            }
            let clearedAfter = try referenceCounts(connection)
            // A reference is cleared in rows that stay: in a table that lost rows itself the
            // references that went with them are not counted (a deletion takes a table's rows
            // along or clears its references, never both: its kinds are whole tables).
            let clearedLines = clearedReferences.indices.compactMap { index -> String? in
                let kind = DataKind.allCases.first { $0.table == clearedReferences[index].table }
                guard let kind, before[kind] == after[kind] else { return nil }
                let count = cleared[index] - clearedAfter[index]
                let reference = clearedReferences[index]
                return count > 0 ? "\(count) " + (count == 1 ? reference.one : reference.more) : nil
            }
            return Report(removed: [(kind: first.0, count: first.1)] + others.map { (kind: $0.0, count: $0.1) },
                          cleared: clearedLines)
        }
    }

    /// Deletes every row of every kind in one transaction (`gymplan db reset`); the schema and its
    /// migrations stay.
    public static func deleteEverything(on connection: Connection) throws -> Report {
        try connection.transaction {
            try connection.advisoryTransactionLock(Importer.lockKey)
            let before = try counts(connection)
            let tables = DataKind.reportOrder.map(\.table).joined(separator: ", ")
            try connection.query("TRUNCATE \(tables)")
            return Report(removed: DataKind.reportOrder.map { (kind: $0, count: before[$0, default: 0]) }, cleared: [])
        }
    }

    /// The statements, in order; a municipality's schools and gyms refer to it without a cascade
    /// of their own, so they go first (and the deletion is refused without `cascade`).
    static func deleteStatements(_ kind: DataKind, year: SchoolYear?) -> [String] {
        guard year != nil else {
            return (kind == .municipalities ? ["DELETE FROM school", "DELETE FROM gym"] : []) + ["DELETE FROM \(kind.table)"]
        }
        switch kind {
        case .grants: return ["DELETE FROM grant_application WHERE grant_school_year_start(applied_on) = split_part($1, '-', 1)::integer"]
        default: return ["DELETE FROM \(kind.table) WHERE school_year = $1"]
        }
    }

    static func counts(_ connection: Connection) throws -> [DataKind: Int] {
        let union = DataKind.reportOrder.map { "SELECT '\($0.rawValue)' AS kind, count(*) AS n FROM \($0.table)" }.joined(separator: " UNION ALL ")
        var counts: [DataKind: Int] = [:]
        for row in try connection.query(union).rows {
            if let kind = DataKind(rawValue: try row.decode("kind", as: String.self)) { counts[kind] = try row.decode("n", as: Int.self) }
        }
        return counts
    }

    static func referenceCounts(_ connection: Connection) throws -> [Int] {
        try clearedReferences.map { reference in
            try connection.query("SELECT count(\(reference.column)) FROM \(reference.table)").scalar(Int.self)
        }
    }
}
