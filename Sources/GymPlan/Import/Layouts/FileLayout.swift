/// How the columns of one kind of file become rows of a staging table.
struct FileLayout: Sendable {
    /// The kind of file, as reported (`schools`, `duo-schools`).
    let kind: String
    /// Where its rows go. The first output is the file's own table; more outputs derive rows for
    /// other tables from the same record (the DUO file names municipalities too).
    let outputs: [Output]
    /// Contract files warn about columns they do not know; the public files have many we ignore.
    var warnsAboutUnknownColumns = true

    var primary: Output { outputs[0] }

    /// One staging table fed by this layout.
    struct Output: Sendable {
        let target: TargetTable
        let columns: [ColumnRule]
        var rowRules: [RowRule] = []
        /// Staging columns computed from the parsed values; `dependsOn` makes it present only
        /// when that column is.
        var derived: [DerivedColumn] = []
        /// A derived output skips rows it cannot fill instead of reporting them (the primary output
        /// already reports them).
        var reportsProblems = true
    }
}

/// One column of a file: the header names it goes by, its staging column and its parser.
struct ColumnRule: Sendable {
    /// Accepted header names, matched ignoring case; the first one present is used.
    let names: [String]
    let staging: String
    let required: Bool
    let parser: FieldParser

    init(_ names: [String], into staging: String? = nil, required: Bool = false, _ parser: FieldParser) {
        self.names = names
        self.staging = staging ?? names[0]
        self.required = required
        self.parser = parser
    }

    init(_ name: String, required: Bool = false, _ parser: FieldParser) {
        self.init([name], required: required, parser)
    }
}

/// A check over several parsed values of one row (grant dates, coordinate pairs).
struct RowRule: Sendable {
    /// The staging columns whose values the check receives, in order.
    let columns: [String]
    /// Returns the staging column to blame and a message, or nil when the row is fine.
    let check: @Sendable ([String?]) -> (column: String, message: String)?
}

/// A staging column computed from others, e.g. `location_source`.
struct DerivedColumn: Sendable {
    let name: String
    let inputs: [String]
    var dependsOn: String? = nil
    let compute: @Sendable ([String?]) -> String?
}
