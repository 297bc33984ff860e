/// Everything the ministry export is assembled from, gathered by `ExportBuilder`: the goals,
/// capacity and grants modules' own results as they are, and names and places from SQL. Kept as
/// plain values so that assembly is a pure function that tests can feed by hand.
public struct ExportInputs: Sendable, Equatable {
    public var schoolYear: SchoolYear
    public var parameters: PlanningParameters
    public var municipalities: [Municipality]
    public var schools: [School]
    /// The goals module's status of each school.
    public var goals: [SchoolGoalStatus]
    /// The capacity planner's figures of each school.
    public var schoolCapacity: [SchoolCapacity]
    /// The capacity planner's figures of each municipality.
    public var municipalityCapacity: [MunicipalityCapacity]
    /// Grant counts by municipality code, for the school year.
    public var grants: [String: GrantCounts]
    /// National grant counts per school year (applied_on from 1 August to 31 July), ascending.
    public var grantsByYear: [YearGrants]
    /// What is on record per municipality for the year; a municipality absent here gets empty counts.
    public var coverage: [String: MunicipalityData]
    /// What the data set says of itself (`dataset.csv`).
    public var dataset: DatasetDescription
    /// Every gym on record.
    public var gyms: [MinistryExport.Gym] = []
    /// The capacity planner's competing groups.
    public var competingGroups: [CompetingGroup] = []

    public init(
        schoolYear: SchoolYear, parameters: PlanningParameters = PlanningParameters(),
        municipalities: [Municipality] = [], schools: [School] = [], goals: [SchoolGoalStatus] = [],
        schoolCapacity: [SchoolCapacity] = [], municipalityCapacity: [MunicipalityCapacity] = [],
        grants: [String: GrantCounts] = [:], grantsByYear: [YearGrants] = [],
        coverage: [String: MunicipalityData] = [:], dataset: DatasetDescription = DatasetDescription()
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
        self.coverage = coverage
        self.dataset = dataset
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

    /// A school as stored: where it is, and where its coordinates came from.
    public struct School: Sendable, Equatable {
        public var schoolId: String
        public var name: String
        public var municipalityCode: String
        public var latitude: Double?
        public var longitude: Double?
        public var locationSource: LocationSource?

        public init(
            schoolId: String, name: String, municipalityCode: String,
            latitude: Double? = nil, longitude: Double? = nil, locationSource: LocationSource? = nil
        ) {
            self.schoolId = schoolId
            self.name = name
            self.municipalityCode = municipalityCode
            self.latitude = latitude
            self.longitude = longitude
            self.locationSource = locationSource
        }
    }

    /// Grants per status: the grants module's own counts, exported as they are.
    public typealias GrantCounts = GrantStatusCounts

    /// National grant counts and amounts of one school year, and the budget it is held against.
    public struct YearGrants: Sendable, Equatable, Codable {
        public var schoolYear: String
        public var counts: GrantCounts
        /// The sum of every grant's amount, in euros.
        public var amountRequestedEUR: Double
        /// The sum of the amounts of grants awarded or completed, in euros.
        public var amountGrantedEUR: Double
        /// The calendar year whose budget the school year is held against: the year it ends in.
        public var budgetYear: Int
        /// That year's budget in euros; nil when the grant had none that year.
        @ExplicitNull public var budgetEUR: Double?

        public init(
            schoolYear: String, counts: GrantCounts, amountRequestedEUR: Double = 0, amountGrantedEUR: Double = 0,
            budgetYear: Int? = nil, budgetEUR: Double? = nil
        ) {
            self.schoolYear = schoolYear
            self.counts = counts
            self.amountRequestedEUR = amountRequestedEUR
            self.amountGrantedEUR = amountGrantedEUR
            self.budgetYear = budgetYear ?? SchoolYear(parsing: schoolYear).map { $0.firstYear + 1 } ?? 0
            self.budgetEUR = budgetEUR
        }

        enum CodingKeys: String, CodingKey {
            case schoolYear = "school_year"
            case counts
            case amountRequestedEUR = "amount_requested_eur"
            case amountGrantedEUR = "amount_granted_eur"
            case budgetYear = "budget_year"
            case budgetEUR = "budget_eur"
        }
    }
}
