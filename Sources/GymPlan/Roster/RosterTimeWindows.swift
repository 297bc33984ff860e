/// A span of one weekday in minutes since midnight, half-open: `from` is in it, `to` is not.
public struct TimeWindow: Sendable, Hashable, Comparable {
    /// The first minute of the window.
    public var from: Int
    /// The minute the window ends (not in it).
    public var to: Int

    /// Creates a window; see ``WeeklyWindows/init(validating:)`` for the checked form.
    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    /// Whether `span` lies wholly inside this window.
    public func contains(from start: Int, to end: Int) -> Bool { from <= start && end <= to }

    public static func < (lhs: TimeWindow, rhs: TimeWindow) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
}

/// One row of `gym_hours.csv` or `school_hours.csv`: a window on a weekday (1 = Monday .. 5 = Friday).
public struct DayWindow: Sendable, Hashable {
    public var weekday: Int
    public var window: TimeWindow

    public init(weekday: Int, from: Int, to: Int) {
        self.weekday = weekday
        self.window = TimeWindow(from: from, to: to)
    }
}

/// The windows of a gym or a school on each weekday, sorted, neither overlapping nor touching.
public struct WeeklyWindows: Sendable, Hashable {
    /// The weekdays, 1 (Monday) to 5 (Friday).
    public static let weekdays = 1...5

    /// Windows by weekday index 0 (Monday) to 4 (Friday), each day's sorted by start.
    public private(set) var days: [[TimeWindow]]

    /// The windows of `weekday` (1..5); none for another number.
    public func windows(on weekday: Int) -> [TimeWindow] {
        Self.weekdays.contains(weekday) ? days[weekday - 1] : []
    }

    /// Whether `from..<to` on `weekday` lies wholly inside one window.
    public func contains(weekday: Int, from start: Int, to end: Int) -> Bool {
        windows(on: weekday).contains { $0.contains(from: start, to: end) }
    }

    /// Windows as given, checked: weekday 1..5, from < to within 00:00..24:00, and the windows of one
    /// weekday neither overlap nor touch. Throws every problem found, in words.
    public init(validating rows: [DayWindow]) throws(WindowProblems) {
        var problems: [String] = []
        var days = [[TimeWindow]](repeating: [], count: 5)
        for row in rows {
            let text = "weekday \(row.weekday) \(ClockTime.text(row.window.from))-\(ClockTime.text(row.window.to))"
            guard Self.weekdays.contains(row.weekday) else {
                problems.append("\(text): the weekday must be 1 (Monday) to 5 (Friday)")
                continue
            }
            guard row.window.from >= 0, row.window.to <= 24 * 60 else {
                problems.append("\(text): times must lie between 00:00 and 24:00")
                continue
            }
            guard row.window.from < row.window.to else {
                problems.append("\(text): from must be before to")
                continue
            }
            days[row.weekday - 1].append(row.window)
        }
        for (index, windows) in days.enumerated() {
            let sorted = windows.sorted()
            for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.from <= earlier.to {
                let verb = later.from == earlier.to ? "touch" : "overlap"
                problems.append(
                    "weekday \(index + 1): \(ClockTime.text(earlier.from))-\(ClockTime.text(earlier.to)) and "
                        + "\(ClockTime.text(later.from))-\(ClockTime.text(later.to)) \(verb); write them as one window")
            }
            days[index] = sorted
        }
        guard problems.isEmpty else { throw WindowProblems(problems: problems) }
        self.days = days
    }

    /// Windows known to be valid (the defaults).
    private init(unchecked days: [[TimeWindow]]) {
        self.days = days
    }

    /// A gym without `gym_hours.csv` rows: 08:30-12:15 and 13:00-15:15 on weekdays 1, 2, 4 and 5,
    /// 08:30-12:15 on weekday 3.
    public static let gymDefault: WeeklyWindows = {
        let morning = TimeWindow(from: 8 * 60 + 30, to: 12 * 60 + 15)
        let afternoon = TimeWindow(from: 13 * 60, to: 15 * 60 + 15)
        let full = [morning, afternoon]
        return WeeklyWindows(unchecked: [full, full, [morning], full, full])
    }()

    /// A school without `school_hours.csv` rows: 08:30-15:15 on weekdays 1, 2, 4 and 5, 08:30-12:30
    /// on weekday 3.
    public static let schoolDefault: WeeklyWindows = {
        let day = [TimeWindow(from: 8 * 60 + 30, to: 15 * 60 + 15)]
        return WeeklyWindows(unchecked: [day, day, [TimeWindow(from: 8 * 60 + 30, to: 12 * 60 + 30)], day, day])
    }()
}

/// The problems of a set of windows, one sentence each.
public struct WindowProblems: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]

    public var description: String { problems.joined(separator: "; ") }
}

/// Minutes since midnight as `HH:MM`.
public enum ClockTime {
    /// `HH:MM` of `minutes` since midnight.
    public static func text(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
