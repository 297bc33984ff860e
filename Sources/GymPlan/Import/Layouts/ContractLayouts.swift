/// The layouts of the files of the data contract: the eight of section 2, the opening hours of
/// section 6, section 7's `gym_sites.csv`, and `dataset.csv`, the optional description of the data
/// set (where each kind of data came from, whether it is synthetic).
enum ContractLayouts {
    /// The layout for a contract file's name without extension (`schools`), if it is one.
    static func layout(forFileStem stem: String) -> FileLayout? {
        all.first { $0.kind == stem.lowercased() }
    }

    static let all: [FileLayout] = [
        municipalities, schools, gyms, gymSites, distances, classes, teachers, lessons, grants, gymHours, schoolHours,
        dataset,
    ]

    static let municipalities = FileLayout(kind: "municipalities", outputs: [.init(
        target: .municipality,
        columns: [
            ColumnRule("code", required: true, FieldParsers.municipalityCode),
            ColumnRule("name", required: true, FieldParsers.text()),
            ColumnRule("province", FieldParsers.text()),
        ],
        derived: [authoritative])])

    static let schools = FileLayout(kind: "schools", outputs: [.init(
        target: .school,
        columns: [
            ColumnRule("school_id", required: true, FieldParsers.schoolId),
            ColumnRule("name", required: true, FieldParsers.text()),
            ColumnRule("municipality_code", required: true, FieldParsers.municipalityCode),
            ColumnRule("board_id", FieldParsers.text()),
            ColumnRule("postcode", FieldParsers.postcode),
            ColumnRule("latitude", FieldParsers.decimal(50.7, 53.6, unit: "°")),
            ColumnRule("longitude", FieldParsers.decimal(3.3, 7.3, unit: "°")),
        ],
        rowRules: [coordinatePair],
        derived: [locationSource])])

    static let gyms = FileLayout(kind: "gyms", outputs: [.init(
        target: .gym,
        columns: [
            ColumnRule("gym_id", required: true, FieldParsers.text(maxLength: 64)),
            ColumnRule("name", required: true, FieldParsers.text()),
            ColumnRule("municipality_code", required: true, FieldParsers.municipalityCode),
            ColumnRule("latitude", FieldParsers.decimal(50.7, 53.6, unit: "°")),
            ColumnRule("longitude", FieldParsers.decimal(3.3, 7.3, unit: "°")),
            ColumnRule("halls", required: true, FieldParsers.integer(1 ... 10)),
            ColumnRule("hours_per_week", required: true, FieldParsers.decimal(0, 60)),
        ],
        rowRules: [coordinatePair])])

    /// Candidate sites for new gyms (section 7); halls, hours_per_week and cost_eur take their
    /// defaults when the plan is made.
    static let gymSites = FileLayout(kind: "gym_sites", outputs: [.init(
        target: .gymSite,
        columns: [
            ColumnRule("site_id", required: true, FieldParsers.text(maxLength: 64)),
            ColumnRule("name", required: true, FieldParsers.text()),
            ColumnRule("municipality_code", required: true, FieldParsers.municipalityCode),
            ColumnRule("latitude", required: true, FieldParsers.decimal(50.7, 53.6, unit: "°")),
            ColumnRule("longitude", required: true, FieldParsers.decimal(3.3, 7.3, unit: "°")),
            ColumnRule("halls", FieldParsers.integer(1 ... 10)),
            ColumnRule("hours_per_week", FieldParsers.decimal(0, 60)),
            ColumnRule("cost_eur", FieldParsers.decimal(0, 999_999_999_999)),
        ])])

    static let distances = FileLayout(kind: "distances", outputs: [.init(
        target: .distance,
        columns: [
            ColumnRule("school_id", required: true, FieldParsers.schoolId),
            ColumnRule("gym_id", required: true, FieldParsers.text(maxLength: 64)),
            ColumnRule("distance_m", required: true, FieldParsers.integer(atLeast: 0)),
            ColumnRule("travel_minutes", FieldParsers.decimal(0, 99999)),
        ])])

    static let classes = FileLayout(kind: "classes", outputs: [.init(
        target: .schoolClass,
        columns: [
            ColumnRule("school_year", required: true, FieldParsers.schoolYear),
            ColumnRule("school_id", required: true, FieldParsers.schoolId),
            ColumnRule("class_id", required: true, FieldParsers.text(maxLength: 32)),
            ColumnRule("grades", required: true, FieldParsers.grades),
            ColumnRule("pupils", FieldParsers.integer(0 ... 60)),
        ])])

    static let teachers = FileLayout(kind: "teachers", outputs: [.init(
        target: .teacher,
        columns: [
            ColumnRule("teacher_id", required: true, FieldParsers.text(maxLength: 64)),
            ColumnRule("qualification", required: true, FieldParsers.qualification),
            ColumnRule("qualified_on", FieldParsers.date),
            ColumnRule("school_id", FieldParsers.schoolId),
        ])])

    static let lessons = FileLayout(kind: "lessons", outputs: [.init(
        target: .lesson,
        columns: [
            ColumnRule("school_year", required: true, FieldParsers.schoolYear),
            ColumnRule("school_id", required: true, FieldParsers.schoolId),
            ColumnRule("class_id", required: true, FieldParsers.text(maxLength: 32)),
            ColumnRule("weekday", required: true, FieldParsers.integer(1 ... 5)),
            ColumnRule("start", required: true, FieldParsers.timeOfDay),
            ColumnRule("minutes", required: true, FieldParsers.integer(15 ... 180)),
            ColumnRule("gym_id", FieldParsers.text(maxLength: 64)),
            ColumnRule("teacher_id", FieldParsers.text(maxLength: 64)),
        ])])

    static let grants = FileLayout(kind: "grants", outputs: [.init(
        target: .grant,
        columns: [
            ColumnRule("grant_id", required: true, FieldParsers.text()),
            ColumnRule("teacher_id", required: true, FieldParsers.text(maxLength: 64)),
            ColumnRule("applied_on", required: true, FieldParsers.date),
            ColumnRule("status", required: true, FieldParsers.grantStatus),
            ColumnRule("decided_on", FieldParsers.date),
            ColumnRule("completed_on", FieldParsers.date),
            ColumnRule("amount_eur", FieldParsers.decimal(0, 9_999_999_999)),
        ],
        rowRules: grantDates)])

    /// `gym_hours.csv`: the windows in which a gym's halls are free for primary-school PE.
    static let gymHours = windows(kind: "gym_hours", target: .gymHours, owner: ColumnRule(
        "gym_id", required: true, FieldParsers.text(maxLength: 64)))

    /// `school_hours.csv`: the windows in which a school's classes can be out for PE, walking included.
    static let schoolHours = windows(kind: "school_hours", target: .schoolHours, owner: ColumnRule(
        "school_id", required: true, FieldParsers.schoolId))

    /// A file of weekly windows of `owner`: weekday 1..5, from and to as `HH:MM`, from before to.
    /// That the windows of one owner and weekday neither overlap nor touch needs all rows at once
    /// (`StagingChecks.windowClashes`).
    private static func windows(kind: String, target: TargetTable, owner: ColumnRule) -> FileLayout {
        FileLayout(kind: kind, outputs: [.init(
            target: target,
            columns: [
                owner,
                ColumnRule("weekday", required: true, FieldParsers.integer(1 ... 5)),
                ColumnRule(["from"], into: "opens", required: true, FieldParsers.timeOfDay),
                ColumnRule(["to"], into: "closes", required: true, FieldParsers.timeOfDay),
            ],
            rowRules: [windowOrder])])
    }
    static let dataset = FileLayout(kind: "dataset", outputs: [.init(
        target: .datasetSource,
        columns: [
            ColumnRule("data", required: true, FieldParsers.datasetData),
            ColumnRule("source", required: true, FieldParsers.text()),
            ColumnRule("synthetic", required: true, FieldParsers.yesNo),
            ColumnRule("licence", FieldParsers.text()),
            ColumnRule("as_of", FieldParsers.date),
            ColumnRule("note", FieldParsers.text()),
        ])])

    // MARK: - Shared rules

    /// A window's from comes before its to. The times are parsed `HH:MM` cells, which compare as text.
    static let windowOrder = RowRule(columns: ["opens", "closes"]) { values in
        guard let opens = values[0], let closes = values[1], closes <= opens else { return nil }
        return ("closes", closes == opens ? "\(closes) is the same as from: a window must end after it begins"
            : "\(closes) is before from \(opens): a window must end after it begins")
    }

    /// Rows of municipality files carry full data and win over names taken from the DUO file.
    static let authoritative = DerivedColumn(name: "authoritative", inputs: []) { _ in "t" }

    /// Latitude and longitude come together.
    static let coordinatePair = RowRule(columns: ["latitude", "longitude"]) { values in
        switch (values[0], values[1]) {
        case (.some, nil): return ("longitude", "required when latitude is given")
        case (nil, .some): return ("latitude", "required when longitude is given")
        default: return nil
        }
    }

    /// A school's own coordinates are marked as such; PC4 coordinates are filled in later.
    static let locationSource = DerivedColumn(name: "location_source", inputs: ["latitude"], dependsOn: "latitude") { values in
        values[0] == nil ? nil : LocationSource.file.rawValue
    }

    /// decided_on not before applied_on; completed_on exactly for `completed`, not before
    /// decided_on (or applied_on). The dates are parsed `YYYY-MM-DD` cells, which compare as text.
    static let grantDates: [RowRule] = [
        RowRule(columns: ["applied_on", "decided_on"]) { values in
            guard let applied = values[0], let decided = values[1], decided < applied else { return nil }
            return ("decided_on", "\(decided) is before applied_on \(applied)")
        },
        RowRule(columns: ["status", "completed_on", "decided_on", "applied_on"]) { values in
            // The status cell is already parsed: a raw value.
            guard let status = values[0].flatMap(GrantStatus.init(rawValue:)) else { return nil }
            switch (status == .completed, values[1]) {
            case (true, nil): return ("completed_on", "required for status completed")
            case (false, .some): return ("completed_on", "only allowed for status completed, not \(status.rawValue)")
            case (true, .some(let completed)):
                guard let since = values[2] ?? values[3], completed < since else { return nil }
                return ("completed_on", "\(completed) is before \(values[2] == nil ? "applied_on" : "decided_on") \(since)")
            case (false, nil): return nil
            }
        },
    ]
}
