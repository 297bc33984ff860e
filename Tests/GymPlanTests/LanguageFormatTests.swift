import GymPlan
import Testing

@Suite("Numbers, amounts and dates in the language's conventions")
struct LanguageFormatTests {
    @Test func decimals() {
        #expect(Language.nl.decimal(1234.5, fractionDigits: 1) == "1.234,5")
        #expect(Language.en.decimal(1234.5, fractionDigits: 1) == "1,234.5")
        #expect(Language.nl.decimal(-1234567.25, fractionDigits: 2) == "-1.234.567,25")
        #expect(Language.en.decimal(0.04, fractionDigits: 1) == "0.0")
        #expect(Language.en.decimal(999.96, fractionDigits: 1) == "1,000.0")
        #expect(Language.nl.decimal(12, fractionDigits: 0) == "12")
    }

    @Test func wholeNumbersAndEuros() {
        #expect(Language.nl.number(6215) == "6.215")
        #expect(Language.en.number(6215) == "6,215")
        #expect(Language.en.number(-1_000_000) == "-1,000,000")
        #expect(Language.nl.euros(3_150_000) == "€ 3.150.000")
        #expect(Language.en.euros(3_150_000) == "€3,150,000")
        #expect(Language.en.euros(3499.5) == "€3,500")
    }

    @Test func datesInWords() throws {
        let day = try #require(ISODate(parsing: "2026-12-01"))
        #expect(Language.nl.date(day) == "1 december 2026")
        #expect(Language.en.date(day) == "1 December 2026")
        #expect(Language.en.timestamp("2026-11-25T12:00:00Z") == "25 November 2026, 12:00 UTC")
        #expect(Language.nl.timestamp("2026-11-25T12:00:00Z") == "25 november 2026 om 12:00 UTC")
        #expect(Language.nl.timestamp("not a time") == "not a time")
        #expect(Language.nl.monthNames.count == 12 && Language.en.monthNames.count == 12)
    }

    @Test func pluralsInBothLanguages() {
        #expect(Language.nl.count(1, "gemeente", "gemeenten") == "1 gemeente")
        #expect(Language.nl.count(2, "gemeente", "gemeenten") == "2 gemeenten")
        #expect(Language.en.count(1, "municipality", "municipalities") == "1 municipality")
        #expect(Language.en.count(1_352, "municipality", "municipalities") == "1,352 municipalities")
    }
}
