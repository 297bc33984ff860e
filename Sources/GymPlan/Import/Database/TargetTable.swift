/// A table the importer writes: its columns, natural key and staging table.
struct TargetTable: Sendable, Hashable {
    /// One column of the staging table; `stored` columns are also columns of the target table.
    struct Column: Sendable, Hashable {
        var name: String
        var type: String
        var stored = true
    }

    /// The target table's name.
    let name: String
    /// What one row is, for messages ("school", "lesson").
    let noun: String
    /// More than one of them ("schools", "classes").
    var plural: String {
        switch noun {
        case "class": return "classes"
        case "municipality": return "municipalities"
        case "postcode area": return "postcode areas"
        default: return noun + "s"
        }
    }
    let key: [String]
    let columns: [Column]
    /// For `class` and `lesson`: an import replaces the rows of each (school year, school) it names.
    var replaceScope: [String]? = nil
    /// A staging column that must be true for a row to take part in duplicate checks and upserts
    /// as a full row (municipalities named by the DUO file are only added when missing).
    var authoritativeFlag: String? = nil

    /// The temporary table rows are copied into before they are checked.
    var staging: String { "import_" + name }

    var storedColumns: [String] { columns.filter(\.stored).map(\.name) }
}

extension TargetTable {
    static let postcodeArea = TargetTable(
        name: "postcode_area", noun: "postcode area", key: ["pc4"],
        columns: [.init(name: "pc4", type: "text"), .init(name: "latitude", type: "double precision"),
                  .init(name: "longitude", type: "double precision")])

    static let municipality = TargetTable(
        name: "municipality", noun: "municipality", key: ["code"],
        columns: [.init(name: "code", type: "text"), .init(name: "name", type: "text"),
                  .init(name: "province", type: "text"),
                  .init(name: "authoritative", type: "boolean", stored: false)],
        authoritativeFlag: "authoritative")

    static let school = TargetTable(
        name: "school", noun: "school", key: ["school_id"],
        columns: [.init(name: "school_id", type: "text"), .init(name: "name", type: "text"),
                  .init(name: "municipality_code", type: "text"), .init(name: "board_id", type: "text"),
                  .init(name: "postcode", type: "text"), .init(name: "latitude", type: "double precision"),
                  .init(name: "longitude", type: "double precision"), .init(name: "location_source", type: "text")])

    static let gym = TargetTable(
        name: "gym", noun: "gym", key: ["gym_id"],
        columns: [.init(name: "gym_id", type: "text"), .init(name: "name", type: "text"),
                  .init(name: "municipality_code", type: "text"), .init(name: "latitude", type: "double precision"),
                  .init(name: "longitude", type: "double precision"), .init(name: "halls", type: "integer"),
                  .init(name: "hours_per_week", type: "numeric(6,2)")])

    static let distance = TargetTable(
        name: "distance", noun: "distance", key: ["school_id", "gym_id"],
        columns: [.init(name: "school_id", type: "text"), .init(name: "gym_id", type: "text"),
                  .init(name: "distance_m", type: "integer"), .init(name: "travel_minutes", type: "numeric(6,1)")])

    static let schoolClass = TargetTable(
        name: "class", noun: "class", key: ["school_year", "school_id", "class_id"],
        columns: [.init(name: "school_year", type: "text"), .init(name: "school_id", type: "text"),
                  .init(name: "class_id", type: "text"), .init(name: "grades", type: "smallint[]"),
                  .init(name: "pupils", type: "integer")],
        replaceScope: ["school_year", "school_id"])

    static let teacher = TargetTable(
        name: "teacher", noun: "teacher", key: ["teacher_id"],
        columns: [.init(name: "teacher_id", type: "text"), .init(name: "qualification", type: "text"),
                  .init(name: "qualified_on", type: "date"), .init(name: "school_id", type: "text")])

    static let lesson = TargetTable(
        name: "lesson", noun: "lesson", key: ["school_year", "school_id", "class_id", "weekday", "start"],
        columns: [.init(name: "school_year", type: "text"), .init(name: "school_id", type: "text"),
                  .init(name: "class_id", type: "text"), .init(name: "weekday", type: "smallint"),
                  .init(name: "start", type: "time"), .init(name: "minutes", type: "integer"),
                  .init(name: "gym_id", type: "text"), .init(name: "teacher_id", type: "text")],
        replaceScope: ["school_year", "school_id"])

    static let grant = TargetTable(
        name: "grant_application", noun: "grant", key: ["grant_id"],
        columns: [.init(name: "grant_id", type: "text"), .init(name: "teacher_id", type: "text"),
                  .init(name: "applied_on", type: "date"), .init(name: "status", type: "text"),
                  .init(name: "decided_on", type: "date"), .init(name: "completed_on", type: "date"),
                  .init(name: "amount_eur", type: "numeric(12,2)")])

    /// Every target, in the order they are written (referenced tables first).
    static let writeOrder: [TargetTable] = [
        .postcodeArea, .municipality, .school, .gym, .distance, .teacher, .schoolClass, .lesson, .grant,
    ]
}
