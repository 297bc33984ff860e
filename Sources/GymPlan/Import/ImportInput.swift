/// The files of one import, once all are read, with their problems.
struct ImportInput {
    /// The problems of the paths given (missing, empty folders), or that there is nothing to import.
    let pathProblems: [ImportProblem]
    let opened: [ImportFile.Opened]
    /// The files that can be imported.
    let files: [ImportFile]
    /// Whether every file named is read and staged, as the checks across files need; problems in
    /// single rows do not stop them.
    let everyFileStaged: Bool

    init(paths: [String], pathProblems: [ImportProblem], opened: [ImportFile.Opened]) {
        self.opened = opened
        files = opened.compactMap(\.file)
        let unusableFile = opened.contains { $0.file == nil && !$0.problems.isEmpty }
        everyFileStaged = pathProblems.isEmpty && !unusableFile && !files.isEmpty
        var pathProblems = pathProblems
        if files.isEmpty && pathProblems.isEmpty && opened.allSatisfy(\.problems.isEmpty) {
            pathProblems.append(ImportProblem(file: paths.joined(separator: " "), line: 0, message: "nothing to import"))
        }
        self.pathProblems = pathProblems
    }

    /// The files of folders that were left out, as warnings.
    var skippedFiles: [ImportProblem] { opened.flatMap(\.skipped) }

    /// The problems of finding, reading and recognising the files (up to their headers), known
    /// before their rows are decoded; malformed rows are problems of the decoded rows.
    var readingProblems: [ImportProblem] { pathProblems + opened.flatMap(\.problems) }

    /// Those and the problems of the files' rows, in the order of the files. Waits for rows still
    /// being decoded.
    func allProblems() -> [ImportProblem] {
        pathProblems + opened.flatMap { $0.problems + ($0.file?.decoded.value.problems ?? []) }
    }

    /// Whether some rows of `files` have problems. Waits for them to be decoded.
    static func rowsHaveProblems(_ files: [ImportFile]) -> Bool {
        files.contains { !$0.decoded.value.problems.isEmpty }
    }
}
