/// A table the importer writes, as far as the import knows it: the noun for its messages, its
/// natural key, how an import replaces its rows, and the flag of non-authoritative rows. Its
/// columns and their types are the schema's (`SQL/`), read from the migrated database
/// (`TargetSchema`); a layout (`FileLayout`) says which file column fills which of them.
struct TargetTable: Sendable, Hashable {
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
    /// The natural key, in the order messages name it (the table's primary key).
    let key: [String]
    /// For `class` and `lesson`: an import replaces the rows of each (school year, school) it names;
    /// for the opening hours, those of each gym or school.
    var replaceScope: [String]? = nil
    /// For `gym_site`: an import replaces every stored row (the sites of the file are all the sites).
    var replacesAll = false
    /// A boolean column of the staging table only, which must be true for a row to take part in
    /// duplicate checks and upserts as a full row (municipalities named by the DUO file are only
    /// added when missing).
    var authoritativeFlag: String? = nil

    /// For the opening hours: what the windows belong to ("gym"), whose windows of one weekday must
    /// neither overlap nor touch (`StagingChecks.windowClashes`).
    var windowOwner: String? = nil

    /// The temporary table rows are copied into before they are checked.
    var staging: String { "import_" + name }

    /// The columns a staging table has beyond those of the target table.
    var stagingOnlyColumns: [TargetSchema.Column] {
        authoritativeFlag.map { [TargetSchema.Column(name: $0, type: "boolean")] } ?? []
    }
}

extension TargetTable {
    static let postcodeArea = TargetTable(name: "postcode_area", noun: "postcode area", key: ["pc4"])

    static let municipality = TargetTable(
        name: "municipality", noun: "municipality", key: ["code"], authoritativeFlag: "authoritative")

    static let school = TargetTable(name: "school", noun: "school", key: ["school_id"])

    static let gym = TargetTable(name: "gym", noun: "gym", key: ["gym_id"])

    /// A gym's windows (`gym_hours.csv`): an import replaces all windows of every gym it names.
    static let gymHours = TargetTable(
        name: "gym_hours", noun: "gym window", key: ["gym_id", "weekday", "opens"], replaceScope: ["gym_id"],
        windowOwner: "gym")

    /// A school's windows (`school_hours.csv`), replaced per school as the gyms' are.
    static let schoolHours = TargetTable(
        name: "school_hours", noun: "school window", key: ["school_id", "weekday", "opens"],
        replaceScope: ["school_id"], windowOwner: "school")

    static let gymSite = TargetTable(name: "gym_site", noun: "site", key: ["site_id"], replacesAll: true)

    static let distance = TargetTable(name: "distance", noun: "distance", key: ["school_id", "gym_id"])

    static let schoolClass = TargetTable(
        name: "class", noun: "class", key: ["school_year", "school_id", "class_id"],
        replaceScope: ["school_year", "school_id"])

    static let teacher = TargetTable(name: "teacher", noun: "teacher", key: ["teacher_id"])

    static let lesson = TargetTable(
        name: "lesson", noun: "lesson", key: ["school_year", "school_id", "class_id", "weekday", "start"],
        replaceScope: ["school_year", "school_id"])

    static let grant = TargetTable(name: "grant_application", noun: "grant", key: ["grant_id"])

    static let datasetSource = TargetTable(name: "dataset_source", noun: "data set source", key: ["data"])

    /// Every target, in the order they are written (referenced tables first).
    static let writeOrder: [TargetTable] = [
        .postcodeArea, .municipality, .school, .gym, .gymHours, .schoolHours, .gymSite, .distance, .teacher, .schoolClass,
        .lesson, .grant, .datasetSource,
    ]
}
