// The colours of the report's charts: the report's concern, not the domain's.

extension Goal {
    /// A colour-blind-safe colour (Okabe-Ito palette).
    var colour: String {
        switch self {
        case .lessons: "#0072B2"
        case .qualified: "#009E73"
        }
    }
}

extension GrantStatus {
    /// The order of the stacked bars, bottom first, and of their legend.
    static let stackingOrder: [GrantStatus] = [.completed, .awarded, .applied, .rejected, .withdrawn]

    /// A colour-blind-safe colour (Okabe-Ito palette).
    var colour: String {
        switch self {
        case .completed: "#009E73"
        case .awarded: "#56B4E9"
        case .applied: "#F0E442"
        case .rejected: "#D55E00"
        case .withdrawn: "#999999"
        }
    }
}
