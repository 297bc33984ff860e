/// The small sums behind grant uptake and the projection, kept apart so they can be checked alone.
public enum GrantArithmetic {
    /// The median of the values, the mean of the middle two for an even count; nil when empty.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Double(sorted[middle]) }
        return (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
    }

    /// `part / whole`, nil when `whole` is 0 (no data is not 0%).
    public static func share(_ part: Int, of whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }

    /// Completed grants as a share of awards (grants awarded or completed).
    public static func completionRate(completed: Int, awardedStillOpen: Int) -> Double? {
        share(completed, of: completed + awardedStillOpen)
    }

    /// Teachers needed to give `lessons` weekly lessons at `weeklyLoad` lessons each, rounded up.
    public static func teachersNeeded(lessons: Int, weeklyLoad: Int) -> Int {
        guard lessons > 0, weeklyLoad > 0 else { return 0 }
        return (lessons + weeklyLoad - 1) / weeklyLoad
    }
}
