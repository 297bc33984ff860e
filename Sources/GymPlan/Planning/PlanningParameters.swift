/// The rule parameters of the data contract, section 3. Every run may set them; these are the
/// contract's defaults.
public struct PlanningParameters: Sendable, Equatable, Codable {
    /// PE lessons a week an in-scope class must have.
    public var minLessons: Int = 2
    /// PE minutes a week an in-scope class must have.
    public var minMinutes: Int = 90
    /// Length of one lesson hour, for capacity: a hall offers floor(hours x 60 / this) slots.
    public var lessonMinutes: Int = 45
    /// Farthest acceptable school-to-gym route distance, in metres.
    public var maxDistanceM: Int = 1000
    /// Estimated route distance = straight-line distance x this, where no measured pair exists.
    public var detourFactor: Double = 1.3
    /// The day qualifications are judged on, `YYYY-MM-DD`; nil: 1 October of the school year.
    public var referenceDate: String?

    public init() {}

    /// The reference date for a school year: the one set, else 1 October of its first year.
    public func referenceDate(for year: SchoolYear) -> String {
        referenceDate ?? year.referenceDate
    }

    enum CodingKeys: String, CodingKey {
        case minLessons = "min_lessons"
        case minMinutes = "min_minutes"
        case lessonMinutes = "lesson_minutes"
        case maxDistanceM = "max_distance_m"
        case detourFactor = "detour_factor"
        case referenceDate = "reference_date"
    }
}
