// The report draws a school's goals and its obstacle as two separate encodings, the fill and the
// ring of its dot, so that every count in the legend is the plain count of the summary cards.

extension MinistryExport.School {
    /// Which goals the school meets: the fill of its dot.
    public var goalStatus: ExportGoalStatus {
        switch (meetsLessonsGoal, meetsQualifiedGoal) {
        case (true, true): .meetsBoth
        case (false, false): .missesBoth
        case (false, _): .missesLessons
        case (_, false): .missesQualified
        default: .noData
        }
    }

    /// What stands in the school's way, given whether its municipality has any gym data on
    /// record: the ring of its dot. Without gym data nothing is judged, so there is no obstacle.
    public func obstacleRing(hasGymData: Bool) -> ExportObstacleRing {
        if !hasGymData { return .noGymData }
        return distanceObstacle ? .distance : .none
    }
}

/// The fill of a school's dot: which goals it meets.
public enum ExportGoalStatus: String, Sendable, CaseIterable {
    case meetsBoth = "meets-both"
    case missesQualified = "misses-qualified"
    case missesLessons = "misses-lessons"
    case missesBoth = "misses-both"
    case noData = "no-data"

    /// A colour-blind-safe colour (Okabe-Ito palette).
    public var colour: String {
        switch self {
        case .meetsBoth: "#009E73"
        case .missesQualified: "#56B4E9"
        case .missesLessons: "#E69F00"
        case .missesBoth: "#D55E00"
        case .noData: "#BBBBBB"
        }
    }
}

/// The ring of a school's dot: an obstacle of its own, or that its municipality has no gym data.
/// A capacity shortage belongs to a group of schools sharing gyms, so it is shown per municipality.
public enum ExportObstacleRing: String, Sendable, CaseIterable {
    case distance
    case noGymData = "no-gym-data"
    case none
}

extension MinistryExport {
    /// The codes of the municipalities with no gym data on record (`data.hasGymData` false).
    var municipalitiesWithoutGymData: Set<String> {
        Set(municipalities.filter { !$0.data.hasGymData }.map(\.code))
    }
}
