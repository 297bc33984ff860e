/// Everything the ministry export is assembled from, gathered by `ExportBuilder` from the goals,
/// capacity and grants modules and from SQL. Kept as plain values so that assembly is a pure
/// function that tests can feed by hand.
public struct ExportInputs: Sendable, Equatable {
    public var schoolYear: SchoolYear
    public var parameters: PlanningParameters
    public var municipalities: [Municipality]
    public var schools: [School]
    /// Goal results by school_id.
    public var goals: [String: Goals]
    /// Capacity results by school_id.
    public var schoolCapacity: [String: SchoolCapacity]
    /// Capacity results by municipality code.
    public var municipalityCapacity: [String: MunicipalityCapacity]
    /// Grant counts by municipality code, for the school year.
    public var grants: [String: GrantCounts]
    /// National grant counts per school year (applied_on from 1 August to 31 July), ascending.
    public var grantsByYear: [YearGrants]

    public init(
        schoolYear: SchoolYear, parameters: PlanningParameters = PlanningParameters(),
        municipalities: [Municipality] = [], schools: [School] = [], goals: [String: Goals] = [:],
        schoolCapacity: [String: SchoolCapacity] = [:], municipalityCapacity: [String: MunicipalityCapacity] = [:],
        grants: [String: GrantCounts] = [:], grantsByYear: [YearGrants] = []
    ) {
        self.schoolYear = schoolYear
        self.parameters = parameters
        self.municipalities = municipalities
        self.schools = schools
        self.goals = goals
        self.schoolCapacity = schoolCapacity
        self.municipalityCapacity = municipalityCapacity
        self.grants = grants
        self.grantsByYear = grantsByYear
    }

    /// A municipality's name and province.
    public struct Municipality: Sendable, Equatable {
        public var code: String
        public var name: String
        public var province: String?

        public init(code: String, name: String, province: String? = nil) {
            self.code = code
            self.name = name
            self.province = province
        }
    }

    /// A school as stored: where it is, and where its coordinates came from (`file` or `pc4`).
    public struct School: Sendable, Equatable {
        public var schoolId: String
        public var name: String
        public var municipalityCode: String
        public var latitude: Double?
        public var longitude: Double?
        public var locationSource: String?

        public init(
            schoolId: String, name: String, municipalityCode: String,
            latitude: Double? = nil, longitude: Double? = nil, locationSource: String? = nil
        ) {
            self.schoolId = schoolId
            self.name = name
            self.municipalityCode = municipalityCode
            self.latitude = latitude
            self.longitude = longitude
            self.locationSource = locationSource
        }
    }

    /// A school's goal status (from the goals module).
    public struct Goals: Sendable, Equatable {
        public var inScopeClasses: Int
        public var meetsLessonsGoal: Bool?
        public var meetsQualifiedGoal: Bool?
        public var reasons: [String]
        public var lessons: Int
        public var lessonsByQualifiedTeacher: Int

        public init(
            inScopeClasses: Int, meetsLessonsGoal: Bool?, meetsQualifiedGoal: Bool?, reasons: [String] = [],
            lessons: Int = 0, lessonsByQualifiedTeacher: Int = 0
        ) {
            self.inScopeClasses = inScopeClasses
            self.meetsLessonsGoal = meetsLessonsGoal
            self.meetsQualifiedGoal = meetsQualifiedGoal
            self.reasons = reasons
            self.lessons = lessons
            self.lessonsByQualifiedTeacher = lessonsByQualifiedTeacher
        }
    }

    /// A school's capacity result (from the capacity planner).
    public struct SchoolCapacity: Sendable, Equatable {
        public var demandLessons: Int
        public var unmetLessons: Int
        public var distanceObstacle: Bool
        public var capacityObstacle: Bool
        public var nearestGymM: Int?
        /// True when the nearest distance is estimated (straight line x detour factor), nil when unknown.
        public var nearestGymEstimated: Bool?

        public init(
            demandLessons: Int = 0, unmetLessons: Int = 0, distanceObstacle: Bool = false, capacityObstacle: Bool = false,
            nearestGymM: Int? = nil, nearestGymEstimated: Bool? = nil
        ) {
            self.demandLessons = demandLessons
            self.unmetLessons = unmetLessons
            self.distanceObstacle = distanceObstacle
            self.capacityObstacle = capacityObstacle
            self.nearestGymM = nearestGymM
            self.nearestGymEstimated = nearestGymEstimated
        }
    }

    /// A municipality's capacity totals (from the capacity planner).
    public struct MunicipalityCapacity: Sendable, Equatable {
        public var demandLessons: Int
        public var supplyLessons: Int
        public var unmetLessons: Int
        public var capacityObstacle: Bool
        public var distanceObstacle: Bool
        public var shortageHallHours: Double

        public init(
            demandLessons: Int = 0, supplyLessons: Int = 0, unmetLessons: Int = 0,
            capacityObstacle: Bool = false, distanceObstacle: Bool = false, shortageHallHours: Double = 0
        ) {
            self.demandLessons = demandLessons
            self.supplyLessons = supplyLessons
            self.unmetLessons = unmetLessons
            self.capacityObstacle = capacityObstacle
            self.distanceObstacle = distanceObstacle
            self.shortageHallHours = shortageHallHours
        }
    }

    /// Grants per status: the grants module's own counts, exported as they are.
    public typealias GrantCounts = GrantStatusCounts

    /// National grant counts of one school year.
    public struct YearGrants: Sendable, Equatable, Codable {
        public var schoolYear: String
        public var counts: GrantCounts

        public init(schoolYear: String, counts: GrantCounts) {
            self.schoolYear = schoolYear
            self.counts = counts
        }

        enum CodingKeys: String, CodingKey {
            case schoolYear = "school_year"
            case counts
        }
    }
}
