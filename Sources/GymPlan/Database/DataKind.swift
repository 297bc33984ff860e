/// A kind of data gymplan keeps, one table each, as `gymplan delete` names it.
public enum DataKind: String, CaseIterable, Sendable {
    case municipalities, schools, gyms, distances, classes, lessons, teachers, grants
    /// Candidate sites for new gyms (`gym_sites.csv`, section 7).
    case sites
    case postcodeAreas = "postcode-areas"

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
        default: String(rawValue.dropLast())
        }
        return "\(count) " + (count == 1 ? singular : rawValue.replacingOccurrences(of: "-", with: " "))
    }

    /// The order rows are listed in.
    public static let reportOrder: [DataKind] = [
        .municipalities, .schools, .gyms, .sites, .distances, .classes, .lessons, .teachers, .grants, .postcodeAreas,
    ]
}
