/// Where a school's coordinates come from; the raw values are the `school.location_source` column's.
public enum LocationSource: String, CaseIterable, Sendable, Codable {
    /// The coordinates of the imported school file (contract `schools.csv`, or DUO's own).
    case file
    /// Approximate: the centre of the school's four-digit postcode area (the PC4 table).
    case pc4
}
