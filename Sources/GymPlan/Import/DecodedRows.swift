import DelimitedText
import Foundation

/// One file's data rows until they are scanned and decoded, then its rows in COPY text format and
/// the problems found in them. Decoded once, on whichever thread gets to it, and waited for where
/// the rows are used.
final class DecodedRows: @unchecked Sendable {
    /// What decoding a file gives.
    struct Contents: Sendable {
        /// The number of well-formed data rows (all staged in the primary output, valid or not).
        var rowCount: Int
        /// For each binding of the file, its rows in COPY text format (`file` and `line` first).
        var copyData: [[UInt8]]
        /// The problems of the rows: malformed ones, then those of the primary output's values.
        var problems: [ImportProblem]
    }

    // Safe to share between threads: `table` and `contents` are only read and written under
    // `condition`; the table is taken once, and `contents` written once.
    private let condition = NSCondition()
    private var table: DelimitedTableHead?
    private var contents: Contents?

    init(_ table: DelimitedTableHead) {
        self.table = table
    }

    /// Decodes the rows with `decode` and wakes everyone waiting for them. The file's text is let
    /// go afterwards, so that freeing it costs this thread, not the one waiting.
    func decode(_ decode: (DelimitedTableHead) -> Contents) {
        condition.lock()
        let table = self.table
        self.table = nil
        condition.unlock()
        guard let table else { preconditionFailure("a file's rows are decoded once") }
        let decoded = decode(table)
        withExtendedLifetime(table) {
            condition.lock()
            contents = decoded
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Whether the rows are decoded and some have problems, without waiting.
    var haveProblemsYet: Bool {
        condition.lock()
        defer { condition.unlock() }
        return contents.map { !$0.problems.isEmpty } ?? false
    }

    /// The decoded rows, as soon as they are there.
    var value: Contents {
        condition.lock()
        defer { condition.unlock() }
        while contents == nil { condition.wait() }
        return contents!
    }
}
