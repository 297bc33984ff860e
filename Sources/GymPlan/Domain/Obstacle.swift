/// What stands in the way of the lessons goal (contract section 3); the raw values are the export's.
/// `Comparable` by raw value, the export's sort order (by code point).
public enum Obstacle: String, CaseIterable, Sendable, Codable, Comparable {
    /// Gyms within reach exist but have too few slots for the lessons required.
    case capacity
    /// No gym offering a slot lies within `max_distance_m`.
    case distance

    public static func < (lhs: Obstacle, rhs: Obstacle) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The raw values joined by spaces (`capacity distance`), as tables and CSV cells show a list.
    public static func words(_ obstacles: [Obstacle]) -> String {
        obstacles.map(\.rawValue).joined(separator: " ")
    }
}
