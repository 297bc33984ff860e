import PostgresClient
import Testing
import GymPlan

/// Rows decode the domain's words, dates and school years exactly (PostgreSQL's text format), and
/// queries send them as the same text; a cell that is none of them is an error naming its column.
@Suite struct DomainRowDecodingTests {
    @Test func rowsDecodeTheWordsExactly() throws {
        #expect(try GrantStatus.decode(postgresText: "awarded", column: "status") == .awarded)
        #expect(try Qualification.decode(postgresText: "none", column: "qualification") == .unqualified)
        #expect(try LocationSource.decode(postgresText: "pc4", column: "location_source") == .pc4)
        #expect(try Obstacle.decode(postgresText: "distance", column: "obstacle") == .distance)
        #expect(try LocationSource?.decode(postgresText: nil, column: "location_source") == nil)
        let capital = #expect(throws: PostgresError.self) { try GrantStatus.decode(postgresText: "Awarded", column: "status") }
        #expect(capital?.kind == .decoding && capital?.column == "status")
        #expect(capital?.message == #"column "status" holds "Awarded", not a GrantStatus"#)
        let letter = #expect(throws: PostgresError.self) { try Qualification.decode(postgresText: "a", column: "qualification") }
        #expect(letter?.kind == .decoding)
        let null = #expect(throws: PostgresError.self) { try GrantStatus.decode(postgresText: nil, column: "status") }
        #expect(null?.kind == .decoding && null?.column == "status")
    }

    @Test func rowsDecodeDatesAndSchoolYearsThroughTheParsers() throws {
        #expect(try ISODate.decode(postgresText: "2020-02-29", column: "applied_on") == ISODate(year: 2020, month: 2, day: 29))
        #expect(try SchoolYear.decode(postgresText: "2019-2020", column: "school_year") == SchoolYear(firstYear: 2019))
        #expect(try ISODate?.decode(postgresText: nil, column: "qualified_on") == nil)
        for text in ["2019-2021", "0", "", "2019-2020 "] {
            let error = #expect(throws: PostgresError.self) { try SchoolYear.decode(postgresText: text, column: "school_year") }
            #expect(error?.kind == .decoding && error?.column == "school_year", "\(text)")
        }
        let date = #expect(throws: PostgresError.self) { try ISODate.decode(postgresText: "2019-02-29", column: "applied_on") }
        #expect(date?.column == "applied_on")
    }

    @Test func parametersAreTheWords() {
        let parameters: [any PostgresEncodable] = [
            GrantStatus.withdrawn, Qualification.broadPre2005, Obstacle.capacity, LocationSource.file,
            SchoolYear(firstYear: 2019), ISODate(year: 2019, month: 10, day: 1)!, GrantStatus?.none,
        ]
        #expect(parameters.map(\.postgresText) == ["withdrawn", "broad_pre2005", "capacity", "file", "2019-2020", "2019-10-01", nil])
    }

    @Test func goalFindingCausesAreReadExactly() throws {
        #expect(try GoalFinding.Cause.decode(postgresText: "course_withdrawn", column: "cause") == .courseWithdrawn)
        let unknown = #expect(throws: PostgresError.self) { try GoalFinding.Cause.decode(postgresText: "no_grant", column: "cause") }
        #expect(unknown?.kind == .decoding && unknown?.column == "cause")
    }
}
