import Foundation

/// The outcomes of opening an import's files (`ImportFile.openAll`), which worker threads deliver
/// one by one: taken in the order they arrive, or all at once when every file is open.
final class OpenedFiles: @unchecked Sendable {
    // Safe to share between threads: the slots and the arrival order are only read and written
    // under `condition`, and each slot is written once.
    private let condition = NSCondition()
    private var slots: [ImportFile.Opened?]
    private var arrivals: [Int] = []
    private var taken = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Delivers the outcome for the file at `index` among the sources.
    func deliver(_ index: Int, _ opened: ImportFile.Opened) {
        condition.lock()
        slots[index] = opened
        arrivals.append(index)
        condition.broadcast()
        condition.unlock()
    }

    /// The next outcome in the order they arrive, waiting for it; nil once every one was taken.
    func next() -> ImportFile.Opened? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < slots.count else { return nil }
        while arrivals.count == taken { condition.wait() }
        taken += 1
        return slots[arrivals[taken - 1]]
    }

    /// Every outcome, in the order of the sources, once all have arrived.
    var all: [ImportFile.Opened] {
        condition.lock()
        defer { condition.unlock() }
        while arrivals.count < slots.count { condition.wait() }
        return slots.map { $0! }
    }
}
