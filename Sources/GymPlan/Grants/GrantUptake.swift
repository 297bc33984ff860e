import PostgresClient

/// Grant uptake in one school year and region: the grants applied for then (1 August to 31 July),
/// by status, their amounts and how long completed ones took.
public struct GrantUptake: Sendable, Equatable {
    /// The school year the grants were applied for in.
    public var schoolYear: SchoolYear
    /// The municipality code, board id or province; nil for the country or an unknown region.
    public var region: String?
    /// Grants by their current status.
    public var counts: GrantStatusCounts
    /// The sum of every grant's amount, in euros.
    public var amountRequestedEUR: Double
    /// The sum of the amounts of awards (grants awarded or completed), in euros.
    public var amountGrantedEUR: Double
    /// Days from award (decided_on) to completion of each completed grant, ascending.
    public var daysAwardToCompletion: [Int]

    /// Uptake figures; zero where not given.
    public init(schoolYear: SchoolYear, region: String?, counts: GrantStatusCounts = GrantStatusCounts(),
                amountRequestedEUR: Double = 0, amountGrantedEUR: Double = 0, daysAwardToCompletion: [Int] = []) {
        self.schoolYear = schoolYear
        self.region = region
        self.counts = counts
        self.amountRequestedEUR = amountRequestedEUR
        self.amountGrantedEUR = amountGrantedEUR
        self.daysAwardToCompletion = daysAwardToCompletion
    }

    /// Every application of the year, whatever became of it.
    public var applications: Int { counts.total }
    /// Grants awarded, including those completed since.
    public var awards: Int { counts.awarded + counts.completed }
    /// Completed grants as a share of awards; nil without awards.
    public var completionRate: Double? {
        GrantArithmetic.completionRate(completed: counts.completed, awardedStillOpen: counts.awarded)
    }
    /// The median days from award to completion; nil without completed grants.
    public var medianDaysAwardToCompletion: Double? { GrantArithmetic.median(daysAwardToCompletion) }

    /// Uptake per school year from `from` to `to` (open ends: the years with grants) and region,
    /// sorted by year and region. With `.total`, every year in that span is listed, also without grants.
    public static func read(
        _ connection: Connection, from: SchoolYear? = nil, to: SchoolYear? = nil, by grouping: GrantGrouping
    ) throws -> [GrantUptake] {
        let first = from?.firstYear ?? -100_000
        let last = to?.firstYear ?? 100_000
        let result = try connection.query("""
            SELECT first_year, region, applied, awarded, rejected, withdrawn, completed,
                   amount_requested, amount_granted, days_award_to_completion::text AS days_award_to_completion
            FROM grant_uptake($1, $2, $3)
            ORDER BY first_year, region COLLATE "C" NULLS LAST
            """, [first, last, grouping.rawValue])
        var rows = try result.rows.map { row in
            // A count column per status, named by its raw value.
            var counts = GrantStatusCounts()
            for status in GrantStatus.allCases { counts[status] = try row.decode(status.rawValue) }
            return GrantUptake(
                schoolYear: SchoolYear(firstYear: try row.decode("first_year", as: Int.self)),
                region: try row.decode("region", as: String?.self),
                counts: counts,
                amountRequestedEUR: try row.decode("amount_requested", as: Double.self),
                amountGrantedEUR: try row.decode("amount_granted", as: Double.self),
                daysAwardToCompletion: integers(inArray: try row.decode("days_award_to_completion", as: String.self)))
        }
        if grouping == .total, let lower = from ?? rows.first?.schoolYear, let upper = to ?? rows.last?.schoolYear, lower <= upper {
            let present = Set(rows.map(\.schoolYear))
            for first in lower.firstYear...upper.firstYear where !present.contains(SchoolYear(firstYear: first)) {
                rows.append(GrantUptake(schoolYear: SchoolYear(firstYear: first), region: nil))
            }
            rows.sort { $0.schoolYear < $1.schoolYear }
        }
        return rows
    }

    /// The school years with any grant applied for in them, ascending.
    public static func yearsOnRecord(_ connection: Connection) throws -> [SchoolYear] {
        try connection.query("""
            SELECT DISTINCT grant_school_year_start(applied_on) AS first_year FROM grant_application ORDER BY 1
            """).rows.map { SchoolYear(firstYear: try $0.decode("first_year", as: Int.self)) }
    }

    /// The integers of a PostgreSQL array literal such as `{3,10}`.
    static func integers(inArray text: String) -> [Int] {
        text.split(whereSeparator: { $0 == "," || $0 == "{" || $0 == "}" }).compactMap { Int($0) }
    }
}
