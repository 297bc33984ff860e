/// A kind of data gymplan keeps, one table each, as `gymplan delete` names it.
public enum DataKind: String, CaseIterable, Sendable {
    case municipalities, schools, gyms, distances, classes, lessons, teachers, grants
    /// Candidate sites for new gyms (`gym_sites.csv`, section 7).
    case sites
    case postcodeAreas = "postcode-areas"
    case gymHours = "gym-hours", schoolHours = "school-hours"
    /// The description of the data set (`dataset.csv`): its sources, and whether it is synthetic.
    case dataset

    /// The table that holds it.
    public var table: String {
        switch self {
        case .municipalities: "municipality"
        case .schools: "school"
        case .gyms: "gym"
        case .sites: "gym_site"
        case .distances: "distance"
        case .classes: "class"
        case .lessons: "lesson"
        case .teachers: "teacher"
        case .grants: "grant_application"
        case .postcodeAreas: "postcode_area"
        case .gymHours: "gym_hours"
        case .schoolHours: "school_hours"
        case .dataset: "dataset_source"
        }
    }

    /// The kinds that belong to a school year: classes and lessons by their year, grants by the
    /// school year (1 August to 31 July) they were applied in.
    public var hasSchoolYear: Bool { [.classes, .lessons, .grants].contains(self) }

    /// Its words, one row and more ("1 school", "3 postcode areas").
    public func counted(_ count: Int) -> String {
        let singular = switch self {
        case .municipalities: "municipality"
        case .classes: "class"
        case .grants: "grant"
        case .postcodeAreas: "postcode area"
        case .gymHours: "gym window"
        case .schoolHours: "school window"
        case .dataset: "data set source"
        default: String(rawValue.dropLast())
        }
        let plural = switch self {
        case .gymHours, .schoolHours, .dataset: singular + "s"
        default: rawValue.replacingOccurrences(of: "-", with: " ")
        }
        return "\(count) " + (count == 1 ? singular : plural)
    }

    /// The order rows are listed in.
    public static let reportOrder: [DataKind] = [
        .municipalities, .schools, .gyms, .gymHours, .schoolHours, .sites, .distances, .classes, .lessons, .teachers,
        .grants, .postcodeAreas, .dataset,
    ]
}
