/// What is on record for one municipality in one school year: the data its goals and obstacles are
/// judged from. Counts of zero mean the data is missing, not that a goal is missed.
public struct MunicipalityData: Sendable, Equatable, Codable {
    /// Gyms located in the municipality.
    public var gyms: Int
    /// `distances.csv` rows of its schools.
    public var distances: Int
    /// Classes of the school year of its schools.
    public var classes: Int
    /// Lessons of the school year of its schools.
    public var lessons: Int
    /// Teachers whose main school is in it.
    public var teachers: Int
    /// False when it has no gym of its own, none of its schools has a gym on record within reach and
    /// none has a `distances.csv` row: distance and capacity cannot be judged there.
    public var hasGymData: Bool

    public init(gyms: Int = 0, distances: Int = 0, classes: Int = 0, lessons: Int = 0, teachers: Int = 0, hasGymData: Bool = false) {
        self.gyms = gyms
        self.distances = distances
        self.classes = classes
        self.lessons = lessons
        self.teachers = teachers
        self.hasGymData = hasGymData
    }

    enum CodingKeys: String, CodingKey {
        case gyms, distances, classes, lessons, teachers
        case hasGymData = "gym_data"
    }
}

/// How many municipalities lack each kind of data, nationally.
public struct DataSummary: Sendable, Equatable, Codable {
    public var municipalitiesWithoutGymData: Int
    public var municipalitiesWithoutClasses: Int
    public var municipalitiesWithoutLessons: Int

    public init(municipalitiesWithoutGymData: Int = 0, municipalitiesWithoutClasses: Int = 0, municipalitiesWithoutLessons: Int = 0) {
        self.municipalitiesWithoutGymData = municipalitiesWithoutGymData
        self.municipalitiesWithoutClasses = municipalitiesWithoutClasses
        self.municipalitiesWithoutLessons = municipalitiesWithoutLessons
    }

    /// The counts over `data`, one value per municipality.
    public init<S: Sequence>(_ data: S) where S.Element == MunicipalityData {
        self.init()
        for municipality in data {
            if !municipality.hasGymData { municipalitiesWithoutGymData += 1 }
            if municipality.classes == 0 { municipalitiesWithoutClasses += 1 }
            if municipality.lessons == 0 { municipalitiesWithoutLessons += 1 }
        }
    }

    enum CodingKeys: String, CodingKey {
        case municipalitiesWithoutGymData = "municipalities_without_gym_data"
        case municipalitiesWithoutClasses = "municipalities_without_classes"
        case municipalitiesWithoutLessons = "municipalities_without_lessons"
    }
}

/// The data on record for a school year: per municipality with at least one school, and the school
/// years that have classes, lessons and teachers at all. Read by `DataCoverage.read`.
public struct DataCoverage: Sendable, Equatable {
    public var schoolYear: SchoolYear
    /// By municipality code: every municipality with at least one school.
    public var municipalities: [String: MunicipalityData]
    /// School years with any class on record, ascending.
    public var classYears: [SchoolYear]
    /// School years with any lesson on record, ascending.
    public var lessonYears: [SchoolYear]
    /// Teachers on record, in any school or none.
    public var teachers: Int

    public init(
        schoolYear: SchoolYear, municipalities: [String: MunicipalityData] = [:],
        classYears: [SchoolYear] = [], lessonYears: [SchoolYear] = [], teachers: Int = 0
    ) {
        self.schoolYear = schoolYear
        self.municipalities = municipalities
        self.classYears = classYears
        self.lessonYears = lessonYears
        self.teachers = teachers
    }

    /// The national counts of municipalities without each kind of data.
    public var summary: DataSummary { DataSummary(municipalities.values) }

    /// Whether the municipality has gym data; true for a code it does not know (nothing to say there).
    public func hasGymData(_ municipalityCode: String) -> Bool {
        municipalities[municipalityCode]?.hasGymData ?? true
    }
}
