import DelimitedText
import Testing
@testable import GymPlan

/// The cell parsers of the importer: normalisations and messages of the data contract, section 2.
@Suite struct ImportFieldParsersTests {
    private func parse(_ parser: FieldParser, _ text: String, decimalComma: Bool = false) -> FieldOutcome {
        parser.parse(text, RowContext(decimalComma: decimalComma, header: Header(names: []), fields: []))
    }

    private func value(_ parser: FieldParser, _ text: String, decimalComma: Bool = false) -> String? {
        if case .value(let value) = parse(parser, text, decimalComma: decimalComma) { return value }
        return nil
    }

    @Test func municipalityCodes() {
        #expect(value(FieldParsers.municipalityCode, "GM0363") == "GM0363")
        #expect(value(FieldParsers.municipalityCode, "0363") == "GM0363")
        #expect(value(FieldParsers.municipalityCode, "363") == "GM0363")
        #expect(value(FieldParsers.municipalityCode, "gm14") == "GM0014")
        #expect(value(FieldParsers.municipalityCode, "GM03633") == nil)
        #expect(value(FieldParsers.municipalityCode, "Amsterdam") == nil)
    }

    @Test func schoolIdsAreUpperCased() {
        #expect(value(FieldParsers.schoolId, "00ap00") == "00AP00")
        #expect(value(FieldParsers.schoolId, "00AP0") == nil)
        #expect(value(FieldParsers.schoolId, "0A0P00") == nil)
    }

    @Test func postcodes() {
        #expect(value(FieldParsers.postcode, "1234 ab") == "1234AB")
        #expect(value(FieldParsers.postcode, "1234AB") == "1234AB")
        #expect(value(FieldParsers.postcode, "0234AB") == nil)
        #expect(value(FieldParsers.postcode, "12345") == nil)
    }

    @Test func decimalsAcceptACommaOnlyInSemicolonFiles() {
        let hours = FieldParsers.decimal(0, 60)
        #expect(value(hours, "4,5", decimalComma: true) == "4.5")
        #expect(value(hours, "4.5", decimalComma: true) == "4.5")
        #expect(parse(hours, "4,5") == .problem("\"4,5\" is not a number (a decimal comma is accepted only in ;-separated files)"))
        #expect(parse(hours, "61") == .problem("61 is out of range 0..60"))
        #expect(value(hours, "1e3") == nil)
        #expect(value(hours, "nan") == nil)
        #expect(value(hours, "1.000,5", decimalComma: true) == nil)
    }

    @Test func integers() {
        #expect(value(FieldParsers.integer(1 ... 10), "10") == "10")
        #expect(parse(FieldParsers.integer(1 ... 10), "11") == .problem("11 is out of range 1..10"))
        #expect(parse(FieldParsers.integer(1 ... 10), "2.5") == .problem("\"2.5\" is not a whole number"))
        #expect(parse(FieldParsers.integer(atLeast: 0), "-1") == .problem("-1 is less than 0"))
    }

    @Test func schoolYears() {
        #expect(value(FieldParsers.schoolYear, "2019-2020") == "2019-2020")
        #expect(value(FieldParsers.schoolYear, "2019/2020") == "2019-2020")
        #expect(value(FieldParsers.schoolYear, "2019-2021") == nil)
        #expect(value(FieldParsers.schoolYear, "19-20") == nil)
    }

    @Test func dates() {
        #expect(value(FieldParsers.date, "2020-02-29") == "2020-02-29")
        #expect(value(FieldParsers.date, "2019-02-29") == nil)
        #expect(value(FieldParsers.date, "2019-13-01") == nil)
        #expect(value(FieldParsers.date, "01-02-2019") == nil)
    }

    @Test func fileDatesAreFromNineteenHundredOn() {
        #expect(value(FieldParsers.date, "1900-01-01") == "1900-01-01")
        #expect(parse(FieldParsers.date, "1899-12-31") == .problem("\"1899-12-31\" is not a date (YYYY-MM-DD)"))
        #expect(parse(FieldParsers.date, "2-7-1987") == .problem("\"2-7-1987\" is not a date (YYYY-MM-DD)"))
        #expect(value(FieldParsers.date, "2000-02-29") == "2000-02-29")
        #expect(value(FieldParsers.date, "1900-02-29") == nil)
    }

    @Test func schoolYearMessages() {
        #expect(parse(FieldParsers.schoolYear, "2019-2021")
            == .problem("\"2019-2021\" is not a school year of consecutive years (e.g. 2019-2020)"))
        #expect(value(FieldParsers.schoolYear, "2020/2021") == "2020-2021")
    }

    @Test func qualificationAndStatusMessages() {
        #expect(parse(FieldParsers.qualification, "e")
            == .problem("\"e\" is not a qualification (broad_pre2005, broad_course, course_enrolled, specialist, none, or a, b, c, d)"))
        #expect(parse(FieldParsers.grantStatus, "granted")
            == .problem("\"granted\" is not a grant status (applied, awarded, rejected, withdrawn, completed)"))
    }

    @Test func grades() {
        #expect(value(FieldParsers.grades, "3") == "{3}")
        #expect(value(FieldParsers.grades, "4/3") == "{3,4}")
        #expect(value(FieldParsers.grades, "1/2/3") == "{1,2,3}")
        #expect(value(FieldParsers.grades, "0/1") == nil)
        #expect(value(FieldParsers.grades, "3/") == nil)
        #expect(parse(FieldParsers.grades, "3/3") == .problem("\"3/3\" names grade 3 twice"))
    }

    @Test func qualificationsAndStatuses() {
        #expect(value(FieldParsers.qualification, "a") == "broad_pre2005")
        #expect(value(FieldParsers.qualification, "B") == "broad_course")
        #expect(value(FieldParsers.qualification, "c") == "course_enrolled")
        #expect(value(FieldParsers.qualification, "d") == "specialist")
        #expect(value(FieldParsers.qualification, "None") == "none")
        #expect(value(FieldParsers.qualification, "e") == nil)
        #expect(value(FieldParsers.grantStatus, "Awarded") == "awarded")
        #expect(value(FieldParsers.grantStatus, "granted") == nil)
    }

    @Test func timesOfDay() {
        #expect(value(FieldParsers.timeOfDay, "9:05") == "09:05")
        #expect(value(FieldParsers.timeOfDay, "13:45") == "13:45")
        #expect(value(FieldParsers.timeOfDay, "24:00") == nil)
        #expect(value(FieldParsers.timeOfDay, "9.30") == nil)
    }

    @Test func duoLocationCodesMayNeedTheirBrin() {
        let header = Header(names: ["BRIN NUMMER", "VESTIGINGSNUMMER"])
        let context = RowContext(decimalComma: true, header: header, fields: ["16ah", "1"])
        #expect(PublicFileLayouts.duoLocationCode.parse("1", context) == .value("16AH01"))
        #expect(PublicFileLayouts.duoLocationCode.parse("16AH00", context) == .value("16AH00"))
    }

    @Test func publicFilesAreRecognisedByTheirHeader() {
        #expect(PublicFileLayouts.layout(for: ["BRIN NUMMER", "VESTIGINGSNUMMER", "GEMEENTENUMMER"])?.kind == "duo-schools")
        #expect(PublicFileLayouts.layout(for: ["INSTELLINGSCODE", "VESTIGINGSCODE", "GEMEENTECODE"])?.kind == "duo-schools")
        #expect(PublicFileLayouts.layout(for: ["Gemeentecode", "GemeentecodeGM", "Gemeentenaam"])?.kind == "cbs-municipalities")
        #expect(PublicFileLayouts.layout(for: ["id", "postcode", "latitude", "longitude"])?.kind == "pc4")
        #expect(PublicFileLayouts.layout(for: ["school_id", "postcode", "latitude", "longitude"]) == nil)
    }

    @Test func copyTextEscapesSpecialBytes() {
        var buffer = CopyTextBuffer()
        buffer.append("a\\b\tc\nd\re")
        buffer.append(nil)
        buffer.append("plain")
        buffer.endRow()
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "a\\\\b\\tc\\nd\\re\t\\N\tplain\n")
    }
}
