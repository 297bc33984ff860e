import Foundation
import GymPlan
import Testing

@Suite("Export HTML report")
struct ExportHTMLTests {
    private let html = ExportReport(export: Self.withGyms()).html()

    /// The covered export with a gym of two halls in Zoetermeer and its school 11BB00 in a group 2 lessons short.
    static func withGyms() -> MinistryExport {
        var export = ExportSamples.coveredExport()
        export.gyms = [MinistryExport.Gym(gymId: "G-ZT-1", name: "Sporthal Noord", municipalityCode: "GM0637",
                                          latitude: 52.06, longitude: 4.50, halls: 2)]
        export.shortageGroups = [MinistryExport.ShortageGroup(schoolIds: ["11BB00"], municipalityCodes: ["GM0637"], unmetLessons: 2)]
        return export
    }

    @Test func loadsNothingFromTheNetwork() {
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<link"))
        #expect(!html.contains(" src="))
        #expect(html.contains("default-src 'none'"))
    }

    @Test func nationalMapIsAChoroplethOfTheMunicipalities() {
        #expect(html.components(separatedBy: "<path class=\"municipality\"").count - 1 == 2)
        #expect(!html.contains("<circle class=\"school\""))
        #expect(html.contains("data-code=\"GM0637\" data-kind=\"judged\" data-obstacles=\"capacity distance\""))
        #expect(html.contains("<path class=\"mark-distance\""))
        #expect(html.contains("<path class=\"mark-capacity\""))
        #expect(!html.contains("id=\"coverage\""))
    }

    @Test func municipalitiesWithoutGymDataAreNamedNotJudged() {
        var inputs = ExportSamples.coveredInputs()
        inputs.coverage["GM0637"] = MunicipalityData(classes: 4, lessons: 7, teachers: 3, hasGymData: false)
        let page = ExportReport(export: MinistryExport(inputs: inputs, generatedAt: ExportSamples.generatedAt)).html()
        let coverage = page.range(of: "id=\"coverage\"")?.lowerBound, summary = page.range(of: "id=\"summary-title\"")?.lowerBound
        #expect(coverage != nil && summary != nil && coverage! < summary!)
        #expect(page.contains("No gyms on record in 1 of 2 municipalities (2 schools)"))
        #expect(page.contains("data-code=\"GM0637\" data-kind=\"no-gym-data\" data-obstacles=\"\""))
        #expect(!page.contains("<path class=\"mark-distance\""))
        #expect(page.contains("Municipalities with obstacles (0)"))
    }

    @Test func closeUpsZoomIntoMunicipalitiesWithObstacles() {
        #expect(html.contains("<h3>Close-ups of municipalities with obstacles</h3>"))
        #expect(html.contains("<figcaption>Zoetermeer (GM0637): capacity and distance obstacle<br><span class=\"gym-count\">1 gym with 2 halls</span>"
            + "<br><span class=\"group-shortage\">2 lessons short among 11BB00</span></figcaption>"))
        #expect(html.components(separatedBy: "<circle class=\"school-zoom\"").count - 1 == 2)
        #expect(html.components(separatedBy: "<rect class=\"gym-mark gym-zoom\" data-gym=\"G-ZT-1\" data-halls=\"2\"").count - 1 == 1)
        #expect(html.contains("<title>Sporthal Noord: 2 halls</title>"))
    }

    @Test func bordersShipWithTheProgram() {
        let outlines = MunicipalityOutlines.embedded(MapProjection())
        #expect(outlines.municipalityCount == 355 && outlines.paths.count == 355 + outlines.merged.count)
        #expect(outlines.paths["GM0637"] != nil)
        #expect(outlines.paths["GM0363"] != nil)
        #expect(ExportReport(export: ExportSamples.coveredExport()).outlines == outlines)
    }

    @Test func aReportOfAFewMunicipalitiesSaysSoAndCountsInTheRightNumber() {
        // 2 municipalities with schools, 355 borders on the map: the page says what it covers.
        #expect(html.contains("These figures cover the schools on record in 2 municipalities of the 355 on the map"))
        #expect(html.contains("<span class=\"number\">1</span><span>municipality where gyms are too full</span>"))
        #expect(!html.contains("1</span><span>municipalities"))
        // A map with exactly the municipalities of the data has no such note.
        let own = MunicipalityOutlines(paths: ["GM0363": "M0 0L1 1Z", "GM0637": "M0 0L1 1Z"])
        #expect(!ExportReport(export: ExportSamples.coveredExport(), outlines: own).html().contains("id=\"scope-note\""))
    }

    @Test func escapesNames() {
        #expect(html.contains("De &quot;Regenboog&quot;, Zoetermeer"))
        #expect(!html.contains("De \"Regenboog\""))
    }

    @Test func obstacleTableListsOnlyMunicipalitiesWithObstacles() {
        #expect(html.contains("Municipalities with obstacles (1)"))
        #expect(html.contains("<table id=\"obstacles\" class=\"sortable\">"))
        #expect(html.contains("Zoetermeer (GM0637)"))
        #expect(!html.contains("Amsterdam (GM0363)</td>"))
    }

    @Test func chartsPerProvinceAndYear() {
        #expect(html.contains("Noord-Holland"))
        #expect(html.contains("Zuid-Holland, two PE lessons a week: 50% (1 of 2)"))
        #expect(html.contains("4 completed · 2 awarded · 1 rejected"))
        #expect(html.contains("<div class=\"grant-row\" data-year=\"2020-2021\">"))
    }

    @Test func drawsOutlinesWhenGiven() throws {
        let geoJSON = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"code":"GM0637","name":"Zoetermeer"},
              "geometry":{"type":"Polygon","coordinates":[[[4.4,52.0],[4.6,52.0],[4.6,52.1],[4.4,52.0]]]}},
             {"type":"Feature","properties":{"code":"GM0363","name":"Amsterdam"},
              "geometry":{"type":"MultiPolygon","coordinates":[[[[4.8,52.3],[5.0,52.3],[5.0,52.4],[4.8,52.3]]]]}}]}
            """
        let outlines = try MunicipalityOutlines(geoJSON: Data(geoJSON.utf8), projection: MapProjection())
        #expect(outlines.paths.keys.sorted() == ["GM0363", "GM0637"])
        #expect(outlines.paths["GM0637"]?.hasPrefix("M") == true)
        #expect(outlines.paths["GM0637"]?.hasSuffix("Z") == true)
        let page = ExportReport(export: ExportSamples.coveredExport(), outlines: outlines).html()
        #expect(page.contains("<path class=\"mark-distance\" d=\"M"))
        #expect(page.contains("data-code=\"GM0363\" data-kind=\"judged\""))
    }

    @Test func projectionKeepsTheCountryInsideTheCanvas() {
        let projection = MapProjection()
        let corner = projection.point(latitude: 50.7, longitude: 7.3)
        #expect(abs(corner.x - projection.width) < 0.001)
        #expect(corner.y <= projection.height && corner.y > projection.height - 1)
        let origin = projection.point(latitude: 53.6, longitude: 3.3)
        #expect(origin.x == 0 && origin.y == 0)
    }

    @Test func emptyExportStillRenders() {
        let page = ExportReport(export: MinistryExport(inputs: ExportInputs(schoolYear: SchoolYear(firstYear: 2020)), generatedAt: Date())).html()
        #expect(page.contains("No municipality has a distance or capacity obstacle."))
        #expect(page.contains("No grant applications on record."))
    }
}

@Suite("Export HTML report in Dutch and English")
struct ExportHTMLLanguageTests {
    private let dutch = ExportReport(export: ExportHTMLTests.withGyms(), language: .nl).html()
    private let english = ExportReport(export: ExportSamples.coveredExport(), language: .en).html()

    @Test func thePageSaysItsLanguage() {
        #expect(dutch.contains("<html lang=\"nl\">"))
        #expect(english.contains("<html lang=\"en\">"))
        #expect(dutch.contains("<h1>Bewegingsonderwijs in het basisonderwijs, <span class=\"nowrap\">2019-2020</span></h1>"))
        #expect(dutch.contains("bevoegdheden op 1 oktober 2019"))
        #expect(english.contains("qualifications on 1 October 2019"))
        #expect(dutch.contains("Gemaakt door gymplan op 25 november 2026 om 12:00 UTC"))
    }

    @Test func countsInTheRightNumber() {
        // One municipality with a capacity obstacle; the sample covers 2 municipalities of 355 on the map.
        #expect(dutch.contains("<span class=\"number\">1</span><span>gemeente waar de gymzalen te vol zijn</span>"))
        #expect(english.contains("<span class=\"number\">1</span><span>municipality where gyms are too full</span>"))
        #expect(dutch.contains("in 2 gemeenten van de 355 op de kaart"))
        #expect(dutch.contains("2 lessen tekort bij 11BB00") && dutch.contains("1 gymzaal met 2 zalen"))
        #expect(dutch.contains("Zoetermeer (GM0637): capaciteits- en afstandsknelpunt"))
    }

    @Test func hallHoursAndEurosInTheLanguagesConventions() {
        // 4 lessons of 45 minutes: 3.0 hall hours.
        #expect(dutch.contains("<td data-value=\"3.0\">3,0</td>"))
        #expect(english.contains("<td data-value=\"3.0\">3.0</td>"))
        #expect(dutch.contains("€ 0 toegekend van € 0 aangevraagd; 7 aanvragen; geen budget in 2020"))
        #expect(english.contains("€0 granted of €0 requested; 7 applications; no budget in 2020"))
    }
}
