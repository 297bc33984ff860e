extension MinistryExport.School {
    /// The one status the report's map colours the school by, most pressing first.
    public var status: ExportSchoolStatus {
        if distanceObstacle { return .distanceObstacle }
        if capacityObstacle { return .capacityObstacle }
        if meetsLessonsGoal == false { return .missesLessons }
        if meetsQualifiedGoal == false { return .missesQualified }
        if meetsLessonsGoal == true && meetsQualifiedGoal == true { return .meetsBoth }
        return .noData
    }
}

/// What the report's map and legend show for a school.
public enum ExportSchoolStatus: String, Sendable, CaseIterable {
    case meetsBoth = "meets-both"
    case missesLessons = "misses-lessons"
    case missesQualified = "misses-qualified"
    case distanceObstacle = "distance-obstacle"
    case capacityObstacle = "capacity-obstacle"
    case noData = "no-data"

    /// Plain words for the legend.
    public var label: String {
        switch self {
        case .meetsBoth: "Meets both goals"
        case .missesLessons: "Misses the two-lessons goal"
        case .missesQualified: "Misses the qualified-teacher goal"
        case .distanceObstacle: "No gym within reach (distance obstacle)"
        case .capacityObstacle: "Gyms too full (capacity obstacle)"
        case .noData: "No classes in groups 3-8 on record"
        }
    }

    /// A colour-blind-safe colour (Okabe-Ito palette).
    public var colour: String {
        switch self {
        case .meetsBoth: "#009E73"
        case .missesLessons: "#E69F00"
        case .missesQualified: "#56B4E9"
        case .distanceObstacle: "#D55E00"
        case .capacityObstacle: "#CC79A7"
        case .noData: "#999999"
        }
    }
}
