import DelimitedText
import Foundation

/// One file's records until they are decoded, then its rows in COPY text format and the problems
/// found decoding them. Decoded once, on whichever thread gets to it, and waited for where the
/// rows are used.
final class DecodedRows: @unchecked Sendable {
    /// What decoding a file gives.
    struct Contents: Sendable {
        /// For each binding of the file, its rows in COPY text format (`file` and `line` first).
        var copyData: [[UInt8]]
        /// The problems of the primary output's rows.
        var problems: [ImportProblem]
    }

    // Safe to share between threads: `table` and `contents` are only read and written under
    // `condition`; the table is taken once, and `contents` written once.
    private let condition = NSCondition()
    private var table: DelimitedTable?
    private var contents: Contents?

    init(_ table: DelimitedTable) {
        self.table = table
    }

    /// Decodes the records with `decode` and wakes everyone waiting for the rows. The records are
    /// let go afterwards, so that freeing them costs this thread, not the one waiting.
    func decode(_ decode: (DelimitedTable) -> Contents) {
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
