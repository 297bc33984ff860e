/// The export tables' column names and booleans in Dutch (`gymplan export --format csv --lang nl`).
/// Only the words change (column names, booleans, obstacles, location sources, reasons): the columns,
/// their order and the numbers are those of the English tables.
extension ExportCSV {
    /// Dutch column names by English name; a name without one stays as it is.
    public static let dutchHeaders: [String: String] = [
        "school_id": "vestiging", "name": "naam", "municipality_code": "gemeentecode",
        "in_scope_classes": "groepen_3_tot_8", "meets_lessons_goal": "voldoet_aan_lessendoel",
        "meets_qualified_goal": "voldoet_aan_bevoegdheidsdoel", "distance_obstacle": "afstandsknelpunt",
        "capacity_obstacle": "capaciteitsknelpunt", "nearest_gym_m": "dichtstbijzijnde_gymzaal_m",
        "nearest_gym_estimated": "afstand_geschat", "demand_lessons": "benodigde_lessen",
        "unmet_lessons": "niet_geplaatste_lessen", "lessons": "lessen",
        "lessons_by_qualified_teacher": "lessen_door_bevoegde_leerkracht", "latitude": "breedtegraad",
        "longitude": "lengtegraad", "location_source": "bron_locatie", "reasons": "redenen",
        "code": "code", "province": "provincie", "schools": "scholen",
        "schools_meeting_lessons_goal": "scholen_lessendoel", "schools_meeting_qualified_goal": "scholen_bevoegdheidsdoel",
        "schools_without_data": "scholen_zonder_gegevens", "obstacles": "knelpunten",
        "supply_lessons": "aanbod_lessen", "shortage_hall_hours": "tekort_zaaluren",
        "schools_with_distance_obstacle": "scholen_met_afstandsknelpunt",
        "schools_with_capacity_obstacle": "scholen_met_capaciteitsknelpunt",
        "qualified_lesson_share": "aandeel_bevoegde_lessen", "grants_applied": "beurzen_aangevraagd",
        "grants_awarded": "beurzen_toegekend", "grants_rejected": "beurzen_afgewezen",
        "grants_withdrawn": "beurzen_ingetrokken", "grants_completed": "beurzen_afgerond",
        "gym_data": "gymgegevens",
    ]

    /// The header row in the table's language.
    func localised(_ header: [String]) -> [String] {
        language == .nl ? header.map { Self.dutchHeaders[$0] ?? $0 } : header
    }

    /// An obstacle in the table's language: `capacity`/`distance`, or `capaciteit`/`afstand`.
    func word(_ obstacle: Obstacle) -> String {
        guard language == .nl else { return obstacle.rawValue }
        switch obstacle {
        case .capacity: return "capaciteit"
        case .distance: return "afstand"
        }
    }

    /// Where a school's coordinates came from: `file`/`pc4`, or `bestand`/`postcodegebied` in Dutch.
    func word(_ source: LocationSource) -> String {
        guard language == .nl else { return source.rawValue }
        switch source {
        case .file: return "bestand"
        case .pc4: return "postcodegebied"
        }
    }

    /// A boolean cell: `true`/`false`, or `ja`/`nee` in Dutch; unknown is empty.
    func flag(_ value: Bool?) -> String {
        value.map { language == .nl ? ($0 ? "ja" : "nee") : ($0 ? "true" : "false") } ?? ""
    }
}
