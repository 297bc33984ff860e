import PostgresClient
import Testing
import GymPlan

/// Rows decode dates and school years with the shared parsers (PostgreSQL's text format), and
/// queries send them and the domain's words as the same text; a cell that is not a date or a
/// school year is an error naming its column.
@Suite struct DomainRowDecodingTests {
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
}
