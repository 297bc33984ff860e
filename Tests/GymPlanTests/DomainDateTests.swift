import Foundation
import Testing
import GymPlan

/// The one date parser and the one school-year parser (data contract, section 2) that the importer,
/// the command line and row decoding share.
@Suite struct DomainDateTests {
    @Test func realCalendarDates() throws {
        let date = try #require(ISODate(parsing: "2019-10-01"))
        #expect((date.year, date.month, date.day) == (2019, 10, 1))
        #expect(date.description == "2019-10-01")
        #expect(ISODate(parsing: "2019-12-31") != nil)
        #expect(ISODate(parsing: "2019-04-31") == nil)
        #expect(ISODate(parsing: "2019-13-01") == nil)
        #expect(ISODate(parsing: "2019-00-10") == nil)
        #expect(ISODate(parsing: "2019-01-00") == nil)
        #expect(ISODate(parsing: "2019-01-32") == nil)
    }

    @Test func leapYears() {
        #expect(ISODate(parsing: "2020-02-29") != nil)
        #expect(ISODate(parsing: "2019-02-29") == nil)
        #expect(ISODate(parsing: "2000-02-29") != nil, "divisible by 400")
        #expect(ISODate(parsing: "1900-02-29") == nil, "a century not divisible by 400")
        #expect(ISODate(parsing: "2100-02-29") == nil)
        #expect(ISODate(parsing: "2020-02-30") == nil)
        #expect(ISODate.isLeapYear(2024) && !ISODate.isLeapYear(2023))
    }

    @Test func onlyYearMonthDayWithHyphens() {
        #expect(ISODate(parsing: "2-7-1987") == nil)
        #expect(ISODate(parsing: "01-02-2019") == nil)
        #expect(ISODate(parsing: "2019/10/01") == nil)
        #expect(ISODate(parsing: "20191001") == nil)
        #expect(ISODate(parsing: "2019-1-01") == nil)
        #expect(ISODate(parsing: "2019-10-1") == nil)
        #expect(ISODate(parsing: "+019-10-01") == nil)
        #expect(ISODate(parsing: "2019-10-0\u{FF11}") == nil, "a full-width digit")
        #expect(ISODate(parsing: "\u{0662}\u{0660}\u{0661}\u{0669}-10-01") == nil, "Arabic-Indic digits")
        #expect(ISODate(parsing: "2019-10-01T00:00") == nil)
        #expect(ISODate(parsing: "") == nil)
    }

    @Test func whitespaceIsTheCallersToTrim() {
        #expect(ISODate(parsing: " 2019-10-01") == nil)
        #expect(ISODate(parsing: "2019-10-01 ") == nil)
        #expect(ISODate(parsing: "2019-10-01\n") == nil)
        #expect(ISODate(parsing: "2019 -10-01") == nil)
        #expect(ISODate(parsing: "\t2019-10-01") == nil)
    }

    @Test func yearsOneToNineThousandNineHundredNinetyNine() {
        #expect(ISODate(parsing: "0000-01-01") == nil, "there is no year 0")
        #expect(ISODate(parsing: "0001-01-01")?.description == "0001-01-01")
        #expect(ISODate(parsing: "9999-12-31") != nil)
        #expect(ISODate(year: 10_000, month: 1, day: 1) == nil)
        #expect(ISODate(year: 999, month: 7, day: 2)?.description == "0999-07-02")
    }

    @Test func datesOrderAndRoundTrip() throws {
        let dates = ["2020-01-01", "2019-12-31", "2019-02-28", "2019-10-01"].compactMap(ISODate.init(parsing:))
        #expect(dates.sorted().map(\.description) == ["2019-02-28", "2019-10-01", "2019-12-31", "2020-01-01"])
        #expect(ISODate("2020-02-29") == ISODate(year: 2020, month: 2, day: 29))
        #expect(ISODate.isValid("2020-02-29") && !ISODate.isValid("2-7-1987"))
        let json = try JSONEncoder().encode([ISODate(year: 2019, month: 10, day: 1)!])
        #expect(String(decoding: json, as: UTF8.self) == #"["2019-10-01"]"#)
        #expect(try JSONDecoder().decode([ISODate].self, from: json) == [ISODate(year: 2019, month: 10, day: 1)!])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ISODate].self, from: Data(#"["2019-02-29"]"#.utf8)) }
    }

    @Test func schoolYearsOfConsecutiveYears() throws {
        let year = try #require(SchoolYear(parsing: "2019-2020"))
        #expect(year == SchoolYear(firstYear: 2019))
        #expect(SchoolYear(parsing: "2019/2020") == year)
        #expect(SchoolYear(parsing: "2019/2020")?.description == "2019-2020")
        #expect(SchoolYear(parsing: "2019-2021") == nil)
        #expect(SchoolYear(parsing: "2019-2019") == nil)
        #expect(SchoolYear(parsing: "2020-2019") == nil)
        #expect(SchoolYear(parsing: "9998-9999")?.firstYear == 9998)
        #expect(SchoolYear(parsing: "0000-0001") == nil, "there is no year 0")
    }

    @Test func schoolYearsAreFourDigitsTwice() {
        #expect(SchoolYear(parsing: "19-20") == nil)
        #expect(SchoolYear(parsing: "2019-20") == nil)
        #expect(SchoolYear(parsing: "2019") == nil)
        #expect(SchoolYear(parsing: "2019_2020") == nil)
        #expect(SchoolYear(parsing: "2019--2020") == nil)
        #expect(SchoolYear(parsing: "+201-2020") == nil)
        #expect(SchoolYear(parsing: "2019-2020-2021") == nil)
        #expect(SchoolYear(parsing: " 2019-2020") == nil)
        #expect(SchoolYear(parsing: "2019-2020 ") == nil)
        #expect(SchoolYear(parsing: "2019 - 2020") == nil)
        #expect(SchoolYear(parsing: "") == nil)
    }

    @Test func aSchoolYearsDays() throws {
        let year = SchoolYear(firstYear: 2019)
        #expect(year.referenceDate == "2019-10-01")
        #expect(year.startDate == "2019-08-01")
        #expect(year.endDate == "2020-07-31")
        #expect([year.referenceDate, year.startDate, year.endDate].allSatisfy(ISODate.isValid))
        #expect(SchoolYear("2019-2020") == year)
        #expect(SchoolYear(parsing: "2018-2019")! < year)
        let json = try JSONEncoder().encode([year])
        #expect(String(decoding: json, as: UTF8.self) == #"["2019-2020"]"#)
        #expect(try JSONDecoder().decode([SchoolYear].self, from: Data(#"["2019/2020"]"#.utf8)) == [year])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([SchoolYear].self, from: Data(#"["2019-2021"]"#.utf8)) }
    }
}
