import DelimitedText
import Dispatch
import Foundation

/// One file of an import: read, recognised, its columns matched to a layout.
struct ImportFile {
    /// Position among the import's files; staging rows carry it.
    let index: Int
    /// The path as the user gave it (or folder + name), used in every message.
    let name: String
    let table: DelimitedTable
    let layout: FileLayout
    /// The layout's outputs that this file can fill; the first is the file's own table.
    let bindings: [OutputBinding]
    /// For each binding, its rows in COPY text format, ready to stream into its staging table
    /// (filled by `openAll`).
    var copyData: [[UInt8]] = []
    /// The number of data rows (all staged in the primary output, valid or not).
    var rowCount: Int { table.records.count }

    /// Reads and recognises the file at `path`. Problems and warnings go to the lists; nil when
    /// the file cannot be imported at all.
    static func open(
        path: String, name: String, index: Int, encoding: TextEncoding?, inFolder: Bool,
        problems: inout [ImportProblem], warnings: inout [ImportProblem]
    ) -> ImportFile? {
        let table: DelimitedTable
        do {
            table = try DelimitedTable(contentsOfFile: path, file: name, encoding: encoding)
        } catch {
            problems.append(ImportProblem(file: name, line: error.line, column: error.column, message: error.message))
            return nil
        }
        problems += table.problems.map { ImportProblem(file: $0.file, line: $0.line, column: $0.column, message: $0.message) }
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let layout = PublicFileLayouts.layout(for: table.header.names) ?? ContractLayouts.layout(forFileStem: stem) else {
            let known = ContractLayouts.all.map { $0.kind + ".csv" }.joined(separator: ", ")
            let message = "cannot tell what this file holds: name it one of \(known), or give a DUO, CBS or PC4 file"
            if inFolder {
                warnings.append(ImportProblem(file: name, line: 0, message: message + "; skipped"))
            } else {
                problems.append(ImportProblem(file: name, line: 0, message: message))
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
        return ImportFile(index: index, name: name, table: table, layout: layout, bindings: bindings)
    }

    /// Parses the records in `range` into COPY rows of each binding, reporting the primary's
    /// problems. Rows with bad values are staged all the same (NULL there), so that their keys
    /// still count in the set-based checks; a derived output only takes its valid rows.
    private func decodeRecords(_ range: Range<Int>) -> (buffers: [[UInt8]], problems: [ImportProblem]) {
        var buffers = bindings.indices.map { CopyTextBuffer(capacity: $0 == 0 ? range.count * 64 : 4096) }
        let decimalComma = table.delimiter == .semicolon
        var values: [String?] = []
        var problems: [ImportProblem] = []
        var ignored: [ImportProblem] = []
        for record in table.records[range] {
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
        return (buffers.map(\.bytes), problems)
    }

    /// Reads, recognises and decodes all files, several at a time, keeping their order. The largest
    /// files start first, so that no worker is left with a large file at the end.
    static func openAll(_ sources: [ImportSources.Source], encoding: TextEncoding?) -> [Opened] {
        let opened = Slots<Opened>(count: sources.count)
        let sizes = sources.map { source in
            ((try? FileManager.default.attributesOfItem(atPath: source.path))?[.size] as? NSNumber)?.intValue ?? 0
        }
        let schedule = sources.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        DispatchQueue.concurrentPerform(iterations: sources.count) { turn in
            let index = schedule[turn]
            let source = sources[index]
            var problems: [ImportProblem] = []
            var warnings: [ImportProblem] = []
            var file = open(path: source.path, name: source.name, index: index, encoding: encoding,
                            inFolder: source.inFolder, problems: &problems, warnings: &warnings)
            if let rows = file?.rowCount, let decoded = file?.decodeRecords(0 ..< rows) {
                file?.copyData = decoded.buffers
                problems += decoded.problems
            }
            opened.set(index, Opened(file: file, problems: problems, warnings: warnings))
        }
        return opened.all
    }

    /// One file's outcome of `openAll`.
    struct Opened: @unchecked Sendable {
        // Built on one worker thread and only read after `concurrentPerform` returns.
        var file: ImportFile?
        var problems: [ImportProblem]
        var warnings: [ImportProblem]
    }

    /// Results of parallel work, each slot written by exactly one worker.
    private final class Slots<Value>: @unchecked Sendable {
        // Guarded by `lock`.
        private let lock = NSLock()
        private var slots: [Value?]

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Value) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var all: [Value] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }

    /// Duplicate names of used columns are problems; unknown columns are warnings.
    private static func checkHeader(
        _ table: DelimitedTable, layout: FileLayout, name: String,
        problems: inout [ImportProblem], warnings: inout [ImportProblem]
    ) {
        let known = Set(layout.outputs.flatMap { $0.columns.flatMap(\.names) }.map { $0.lowercased() })
        for duplicate in Set(table.header.duplicateNames.map { $0.lowercased() }) where known.contains(duplicate) {
            problems.append(ImportProblem(file: name, line: table.headerLine, column: duplicate, message: "column appears more than once"))
        }
        guard layout.warnsAboutUnknownColumns else { return }
        for column in table.header.names where !known.contains(column.lowercased()) {
            warnings.append(ImportProblem(file: name, line: table.headerLine, column: column.isEmpty ? "(empty)" : column,
                                          message: "unknown column, ignored"))
        }
    }

}
