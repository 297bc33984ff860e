import PostgresClient

/// What one import does, decided once every file is read and before anything is checked or
/// written: which files fill which tables, which files go straight into their tables instead of
/// through staging, and which checks run before the write and which only when it fails.
///
/// A new kind of input file needs a layout (`FileLayout`) and, for a new table, a `TargetTable`;
/// the plan is made from them.
struct ImportPlan {
    /// The files, with what reading them found.
    let input: ImportInput
    let index: ImportFileIndex
    /// The tables written, in write order (referenced tables first), each with its files.
    let writes: [TableWrite]
    /// The files whose rows go through COPY straight into their empty table (`Staging.directLoads`).
    let direct: Set<Int>
    /// Targets whose duplicate keys are looked up in staging before the write: their table has rows.
    let duplicatesCheckedFirst: [TargetTable]
    /// Targets whose table is empty: its primary key (rebuilt, or filled by plain inserts) refuses
    /// duplicates on write, and only then are they looked up.
    let duplicatesCheckedOnWrite: [TargetTable]
    /// References to check: every one is a foreign key of the schema, in force or validated when the
    /// write re-adds it, so they are only looked up (for the report) when the write fails.
    let references: [Reference]

    var files: [ImportFile] { input.files }
    /// Whether the checks across files run: every file named is read and staged.
    var checksAcrossFiles: Bool { input.everyFileStaged }
    /// The files that go through staging.
    var stagedFiles: [ImportFile] { files.filter { !direct.contains($0.index) } }
    /// The files whose staged schools have coordinate columns, for `LocationFill`.
    var filesWithCoordinates: [Int] {
        files.filter { $0.bindings[0].output.target == .school && $0.bindings[0].presentColumns.contains("latitude") }.map(\.index)
    }
    /// Whether the import has grants, whose warnings are looked for after the write.
    var hasGrants: Bool { files.contains { $0.bindings[0].output.target == .grant } }

    /// One table of the write with the files that fill it.
    struct TableWrite {
        let target: TargetTable
        /// The files whose own table it is.
        let primaries: [ImportFile]
        /// The files that name rows of it besides (DUO's municipalities), with that output.
        let derived: [(file: ImportFile, binding: OutputBinding)]
        /// The one file loaded directly into it, if it is.
        let directFile: ImportFile?
        /// Whether the table was empty when the import was planned. It still is when its write
        /// begins (only its own write adds rows); a table that was not may have become empty since
        /// (lessons, by the classes an import replaces), which only makes the write slower.
        let wasEmpty: Bool
    }

    /// Plans the import of `input`, looking up which target tables are empty.
    static func make(_ input: ImportInput, on connection: Connection) throws -> ImportPlan {
        let files = input.files
        let filled = Set(files.flatMap { $0.bindings.map(\.output.target) })
        let targets = TargetTable.writeOrder.filter(filled.contains)
        let empty = input.everyFileStaged ? try Staging.emptyTables(targets, on: connection) : []
        // Files still being decoded in the background may be loaded directly, as long as their rows
        // turn out fine; when they do not, the import is rejected.
        let direct = input.everyFileStaged && input.readingProblems.isEmpty ? Staging.directLoads(files, empty: empty) : []
        let writes = targets.map { target in
            let primaries = files.filter { $0.bindings[0].output.target == target }
            let derived = files.compactMap { file in
                file.bindings.dropFirst().first { $0.output.target == target }.map { (file: file, binding: $0) }
            }
            let sole = primaries.count == 1 && derived.isEmpty ? primaries[0] : nil
            return TableWrite(
                target: target, primaries: primaries, derived: derived,
                directFile: sole.flatMap { direct.contains($0.index) ? $0 : nil }, wasEmpty: empty.contains(target))
        }
        let checked = input.everyFileStaged ? targets : []
        return ImportPlan(
            input: input, index: ImportFileIndex(files: files), writes: writes, direct: direct,
            duplicatesCheckedFirst: checked.filter { !empty.contains($0) },
            duplicatesCheckedOnWrite: checked.filter(empty.contains),
            references: input.everyFileStaged ? Reference.all.filter { filled.contains($0.from) } : [])
    }
}
