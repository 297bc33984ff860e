import DelimitedText
import Dispatch
import Foundation

/// One file of an import: read, recognised, its columns matched to a layout.
struct ImportFile: Sendable {
    /// Position among the import's files; staging rows carry it.
    let index: Int
    /// The path as the user gave it (or folder + name), used in every message.
    let name: String
    let encoding: TextEncoding
    let delimiter: Delimiter
    let layout: FileLayout
    /// The layout's outputs that this file can fill; the first is the file's own table.
    let bindings: [OutputBinding]
    /// Its data rows until they are scanned and decoded (by `openAll`, right away or in the
    /// background), then its rows in COPY text format, ready to stream into the staging table of
    /// each binding, and their problems.
    let decoded: DecodedRows

    /// The number of data rows (all staged in the primary output, valid or not). Waits for the
    /// rows to be decoded.
    var rowCount: Int { decoded.value.rowCount }

    /// Reads the file at `path` and recognises it by its header; its data rows are scanned when
    /// they are decoded. Problems and warnings go to the lists, and the warning that a file of a
    /// folder is left out to `skipped`; nil when the file cannot be
    /// imported at all.
    static func open(
        path: String, name: String, index: Int, encoding: TextEncoding?, inFolder: Bool,
        problems: inout [ImportProblem], warnings: inout [ImportProblem], skipped: inout [ImportProblem]
    ) -> ImportFile? {
        let table: DelimitedTableHead
        do {
            table = try DelimitedTableHead(contentsOfFile: path, file: name, encoding: encoding)
        } catch {
            // A workbook or PDF beside the CSV files of a folder is left out; named, it is an error.
            if inFolder, error.kind == .notText, !name.lowercased().hasSuffix(".csv") {
                skipped.append(ImportProblem(file: name, line: 0, message: error.message + "; skipped"))
            } else {
                problems.append(ImportProblem(file: name, line: error.line, column: error.column, message: error.message))
            }
            return nil
        }
        problems += table.problems.map { ImportProblem(file: $0.file, line: $0.line, column: $0.column, message: $0.message) }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let layout = recognise(header: table.header.names, stem: stem) else {
            let known = ContractLayouts.all.map { $0.kind + ".csv" }.joined(separator: ", ")
            let how = "name it one of \(known), or give a DUO, CBS or PC4 file"
            if inFolder {
                skipped.append(ImportProblem(file: name, line: 0, message: "not a gymplan file, skipped (to import it, \(how))"))
            } else {
                problems.append(ImportProblem(file: name, line: 0, message: "cannot tell what this file holds: " + how))
            }
            return nil
        }
        var fileProblems: [ImportProblem] = []
        let bindings = layout.outputs.compactMap { output in
            OutputBinding(output: output, header: table.header, file: name, headerLine: table.headerLine, problems: &fileProblems)
        }
        let primaryBound = bindings.first?.output.target == layout.primary.target
        checkHeader(table, layout: layout, name: name, problems: &fileProblems, warnings: &warnings)
        problems += fileProblems
        guard primaryBound, fileProblems.isEmpty else { return nil }
        return ImportFile(
            index: index, name: name, encoding: table.encoding, delimiter: table.delimiter, layout: layout,
            bindings: bindings, decoded: DecodedRows(table))
    }

    /// Scans the data rows after the file's header (`head`) and parses them into COPY rows of each
    /// binding, reporting the malformed rows and the primary's problems. Rows with bad values are
    /// staged all the same (NULL there), so that their keys still count in the set-based checks; a
    /// derived output only takes its valid rows.
    private func decodeRows(of head: DelimitedTableHead) -> DecodedRows.Contents {
        let table = head.table()
        var buffers = bindings.indices.map { CopyTextBuffer(capacity: $0 == 0 ? table.records.count * 64 : 4096) }
        let decimalComma = table.delimiter == .semicolon
        var values: [String?] = []
        // The header's problems were reported when the file was opened.
        var problems = table.problems.dropFirst(head.problems.count).map {
            ImportProblem(file: $0.file, line: $0.line, column: $0.column, message: $0.message)
        }
        var ignored: [ImportProblem] = []
        for record in table.records {
            let context = RowContext(decimalComma: decimalComma, header: table.header, fields: record.fields)
            for position in bindings.indices {
                let valid = position == 0
                    ? bindings[position].decode(record, context: context, file: name, problems: &problems, into: &values)
                    : bindings[position].decode(record, context: context, file: name, problems: &ignored, into: &values)
                guard position == 0 || valid else { continue }
                buffers[position].append(index)
                buffers[position].append(record.line)
                for value in values { buffers[position].append(value) }
                buffers[position].endRow()
            }
        }
        return DecodedRows.Contents(rowCount: table.records.count, copyData: buffers.map(\.bytes), problems: problems)
    }

    /// Starts reading and recognising all files, several at a time, and decoding their rows, and
    /// returns at once: the outcomes arrive in `OpenedFiles` as each file is read as far as its
    /// header, which is all the import's plan needs.
    ///
    /// The largest file starts first, so that no worker is left with a large file at the end, and
    /// the others smallest first, so that the small files, which the import stages first, are
    /// there early. Files that may go straight into their tables (`Staging.mayLoadDirectly`, the
    /// large ones and the opening hours), the import needs last: when every file is open, their
    /// rows are scanned and decoded one file after the other, in the order the import writes them,
    /// while the connection streams the other files and the server checks and writes them. The
    /// other files are decoded as they are opened.
    static func openAll(_ sources: [ImportSources.Source], encoding: TextEncoding?) -> OpenedFiles {
        let opened = OpenedFiles(count: sources.count)
        let sizes = sources.map { source in
            ((try? FileManager.default.attributesOfItem(atPath: source.path))?[.size] as? NSNumber)?.intValue ?? 0
        }
        var schedule = sources.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] < sizes[$1] : $0 < $1 }
        if let largest = schedule.popLast() { schedule.insert(largest, at: 0) }
        // A thread of its own, which takes part in the reading, so that the import goes on even
        // when no worker of the shared pool is free.
        Thread.detachNewThread { [schedule] in
            DispatchQueue.concurrentPerform(iterations: sources.count) { turn in
                let index = schedule[turn]
                let source = sources[index]
                var problems: [ImportProblem] = []
                var warnings: [ImportProblem] = [], skipped: [ImportProblem] = []
                let file = open(path: source.path, name: source.name, index: index, encoding: encoding,
                                inFolder: source.inFolder, problems: &problems, warnings: &warnings, skipped: &skipped)
                if let file, !Staging.mayLoadDirectly(file) {
                    file.decoded.decode(file.decodeRows)
                }
                opened.deliver(index, Opened(file: file, problems: problems, warnings: skipped + warnings, skipped: skipped))
            }
            for file in inWriteOrder(opened.all.compactMap(\.file).filter(Staging.mayLoadDirectly)) {
                file.decoded.decode(file.decodeRows)
            }
        }
        return opened
    }

    /// `files` in the order their tables are written, the order in which the files decoded in the
    /// background become ready.
    static func inWriteOrder(_ files: [ImportFile]) -> [ImportFile] {
        let writeOrder = TargetTable.writeOrder
        return files.sorted {
            (writeOrder.firstIndex(of: $0.layout.primary.target)!, $0.index)
                < (writeOrder.firstIndex(of: $1.layout.primary.target)!, $1.index)
        }
    }

    /// One file's outcome of `openAll`.
    struct Opened: Sendable {
        var file: ImportFile?
        /// The problems of reading the file (its rows' problems come with `file.decoded`).
        var problems: [ImportProblem]
        /// Every warning, the file's being skipped among them.
        var warnings: [ImportProblem]
        /// That the file, in a folder, is no gymplan file and was left out; named also when the import fails.
        var skipped: [ImportProblem] = []
    }

    /// The layout of a file, by its name and header together: a public file's own header names it
    /// (a DUO or CBS file keeps its own name), a contract name wins over the PC4 table's few
    /// generic columns, so that `schools.csv` with a misspelt `school_id` is still a schools file.
    static func recognise(header: [String], stem: String) -> FileLayout? {
        let contract = ContractLayouts.layout(forFileStem: stem)
        let public_ = PublicFileLayouts.layout(for: header)
        if let contract, public_ == nil || public_?.kind == PublicFileLayouts.pc4Areas.kind { return contract }
        return public_ ?? contract
    }

    /// Duplicate names of used columns are problems; unknown columns are warnings.
    private static func checkHeader(
        _ table: DelimitedTableHead, layout: FileLayout, name: String,
        problems: inout [ImportProblem], warnings: inout [ImportProblem]
    ) {
        let known = Set(layout.outputs.flatMap { $0.columns.flatMap(\.names) }.map { $0.lowercased() })
        for duplicate in Set(table.header.duplicateNames.map { $0.lowercased() }) where known.contains(duplicate) {
            problems.append(ImportProblem(file: name, line: table.headerLine, column: duplicate, message: "column appears more than once"))
        }
        guard layout.warnsAboutUnknownColumns else { return }
        // A known column the header lacks, spelt nearly like an unknown one, is named: `postcod` is `postcode` misspelt.
        let present = Set(table.header.names.map { $0.lowercased() })
        let absent = layout.outputs.flatMap { $0.columns.map(\.names[0]) }.filter { !present.contains($0.lowercased()) }
        for column in table.header.names where !known.contains(column.lowercased()) {
            let meant = column.isEmpty ? nil : ColumnNameMatch.nearMiss(of: column, among: absent)
            warnings.append(ImportProblem(file: name, line: table.headerLine, column: column.isEmpty ? "(empty)" : column,
                                          message: "unknown column, ignored" + (meant.map { "; did you mean '\($0)'?" } ?? "")))
        }
    }

}
