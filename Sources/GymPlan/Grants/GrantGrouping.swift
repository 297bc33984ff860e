/// The regions grant uptake is broken down by: the teacher's main school's municipality, its
/// board, or its municipality's province; `total` is the whole country.
public enum GrantGrouping: String, Sendable, CaseIterable, Codable {
    case total
    case municipality
    case board
    case province
}
