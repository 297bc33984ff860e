@testable import GymPlan
import Testing

/// The report's catalogues of words: a missing section or word is a compile error (each language
/// is a type conforming to every section's protocol); these tests catch a word copied from one
/// language into the other instead of translated.
@Suite("The report's words in Dutch and English")
struct ReportWordsTests {
    private let en = Language.en.reportWords, nl = Language.nl.reportWords

    @Test func eachLanguageHasItsOwnCatalogue() {
        #expect(en.language == .en && nl.language == .nl)
    }

    @Test func fixedWordsAreTranslated() {
        let pairs: [(String, String)] = [
            (en.summaryHeading, nl.summaryHeading), (en.coverageHeading, nl.coverageHeading), (en.sourcesHeading, nl.sourcesHeading),
            (en.rulesHeading, nl.rulesHeading), (en.dataHeading, nl.dataHeading), (en.notDescribed, nl.notDescribed),
            (en.notStated, nl.notStated), (en.mapHeading, nl.mapHeading), (en.mapTitle, nl.mapTitle), (en.mapIntro, nl.mapIntro),
            (en.distanceMark, nl.distanceMark), (en.capacityMark, nl.capacityMark), (en.noGymDataMark, nl.noGymDataMark),
            (en.noClassesMark, nl.noClassesMark), (en.noSchoolsMark, nl.noSchoolsMark), (en.rosterNone, nl.rosterNone), (en.noGymDataTooltip, nl.noGymDataTooltip), (en.noClassesTooltip, nl.noClassesTooltip),
            (en.closeUpsHeading, nl.closeUpsHeading), (en.closeUpsIntro, nl.closeUpsIntro), (en.ringPrefix, nl.ringPrefix),
            (en.noObstacles, nl.noObstacles), (en.unknownProvince, nl.unknownProvince), (en.noLessons, nl.noLessons),
            (en.provinceHeading, nl.provinceHeading), (en.provinceIntro, nl.provinceIntro), (en.noData, nl.noData),
            (en.unknownProvinceName, nl.unknownProvinceName), (en.grantsHeading, nl.grantsHeading), (en.grantsIntro, nl.grantsIntro),
            (en.noGrants, nl.noGrants), (en.grantedLegend, nl.grantedLegend), (en.requestedLegend, nl.requestedLegend),
            (en.budgetLegend, nl.budgetLegend), (en.axisTitle, nl.axisTitle), (en.schoolTableIntro, nl.schoolTableIntro),
            (en.filterLabel, nl.filterLabel), (en.unknownDistance, nl.unknownDistance), (en.allShownTemplate, nl.allShownTemplate),
            (en.firstShownTemplate, nl.firstShownTemplate), (en.someShownTemplate, nl.someShownTemplate), (en.moreTemplate, nl.moreTemplate),
            (en.planHeading, nl.planHeading), (en.planIntroduction, nl.planIntroduction), (en.planNoChange, nl.planNoChange),
            (en.planTotalsHeading, nl.planTotalsHeading), (en.planMunicipalitiesHeading, nl.planMunicipalitiesHeading),
            (en.withBuses, nl.withBuses), (en.withoutBuses, nl.withoutBuses), (en.noChanges, nl.noChanges),
        ]
        for (english, dutch) in pairs {
            #expect(!english.isEmpty && !dutch.isEmpty && english != dutch, "\(english)")
        }
    }

    @Test func wordsOfEveryCaseAreTranslated() {
        for goal in [Goal.lessons, Goal.qualified] { #expect(en.goal(goal) != nl.goal(goal)) }
        for status in GrantStatus.allCases { #expect(en.grantStatus(status) != nl.grantStatus(status)) }
        for status in ExportGoalStatus.allCases { #expect(en.goalStatus(status) != nl.goalStatus(status)) }
        for ring in ExportObstacleRing.allCases { #expect(en.ring(ring) != nl.ring(ring)) }
        for obstacle in Obstacle.allCases { #expect(en.obstacle(obstacle) != nl.obstacle(obstacle)) }
        for kind in DatasetSource.describable { #expect(en.dataKind(kind) != nl.dataKind(kind), "\(kind)") }
        #expect(en.synthetic(true) != nl.synthetic(true) && en.synthetic(false) != nl.synthetic(false))
        #expect(zip(en.obstacleColumns, nl.obstacleColumns).allSatisfy { $0 != $1 } && en.obstacleColumns.count == nl.obstacleColumns.count)
        #expect(zip(en.rosterColumns, nl.rosterColumns).allSatisfy { $0 != $1 } && en.rosterColumns.count == nl.rosterColumns.count)
        #expect(en.schoolColumns.count == nl.schoolColumns.count && en.dataColumns.count == nl.dataColumns.count)
        #expect(en.rules(PlanningParameters()).count == nl.rules(PlanningParameters()).count)
        for row in PlanTotal.allCases { #expect(en.planTotal(row) != nl.planTotal(row), "\(row)") }
        for column in PlanColumn.allCases { #expect(en.planColumn(column) != nl.planColumn(column), "\(column)") }
        #expect(Set(PlanTotal.allCases.map(nl.planTotal)).count == PlanTotal.allCases.count)
        #expect(Set(PlanColumn.allCases.map(nl.planColumn)).count == PlanColumn.allCases.count)
    }

    /// The section "What it takes": every sentence in both languages, with the language's numbers,
    /// euros and plurals.
    @Test func planWordsFollowTheLanguage() {
        let bus = InvestmentBus(schoolId: "10AA00", gymId: "G2", lessons: 2, distanceM: 3_000, costEurPerYear: 4_800, municipalityCode: "GM0001")
        #expect(en.bus(bus, school: "De Linde", gym: nil) == "2 lessons a week of De Linde (10AA00) by bus to gym G2, 3,000 m: €4,800 a year")
        #expect(nl.bus(bus, school: "De Linde", gym: "Zaal Twee")
            == "2 lessen per week van De Linde (10AA00) met de bus naar Zaal Twee (G2), 3.000 m: € 4.800 per jaar")
        let longer = InvestmentLongerHours(gymId: "G1", extraLessons: 1, hoursPerWeek: 4.5, costEurPerYear: 946.8, municipalityCode: "GM0002")
        #expect(en.longerHours(longer, gym: "Zaal Een") == "Zaal Een (G1) open longer, 1 lesson a week more (4.50 hours a hall): €947 a year")
        #expect(nl.longerHours(longer, gym: nil) == "gymzaal G1 langer open, 1 les per week meer (4,50 uur per zaal): € 947 per jaar")
        #expect(en.unnamedGym("G1") != nl.unnamedGym("G1"))
        let gym = InvestmentNewGym(
            siteId: "S1", name: "Veld", latitude: 52, longitude: 5, halls: 2, hoursPerWeek: 27.75, lessons: 1,
            costEur: 5_600_000, costEurPerYear: 140_946.8, municipalityCode: "GM0001")
        #expect(en.newGym(gym) == "new gym at Veld (site S1), 2 halls, 1 lesson a week, €5,600,000 to build: €140,947 a year")
        #expect(nl.newGym(gym) == "nieuwe gymzaal bij Veld (locatie S1), 2 zalen, 1 les per week, bouwkosten € 5.600.000: € 140.947 per jaar")
        #expect(nl.newGymTip(gym, municipality: "Een").hasPrefix("Veld, Een: nieuwe gymzaal bij Veld"))
        #expect(nl.planMapCaption(halls: 1, sites: 1, municipalities: 1) == "1 nieuwe zaal op 1 locatie; ingekleurd: 1 gemeente met maatregelen.")
        #expect(nl.planMapCaption(halls: 3, sites: 2, municipalities: 1_200) == "3 nieuwe zalen op 2 locaties; ingekleurd: 1.200 gemeenten met maatregelen.")
        #expect(en.planMapCaption(halls: 1, sites: 1, municipalities: 2) == "1 new hall at 1 site; 2 municipalities with changes shaded.")
        #expect(en.planMapTitle(en.withBuses) != nl.planMapTitle(nl.withBuses))

        let parameters = InvestmentDocument.Parameters(
            minLessons: 2, minMinutes: 90, lessonMinutes: 45, maxDistanceM: 1_000, detourFactor: 1.3, referenceDate: "2021-10-01",
            maxHoursPerWeek: 27.75, hourCostEur: 31.56, schoolWeeks: 40, newGymCostEur: 2_800_000, depreciationYears: 40,
            busMaxDistanceM: 5_000, busCostEur: 2_400, courseCostEur: 4_200, slotCostEurPerYear: 946.8, timeLimitSeconds: 10,
            gapTimeLimitSeconds: 60, maxRelativeGap: 0.02)
        let dutchAssumptions = nl.assumptions(parameters)
        for part in ["€ 31,56", "40 weken", "€ 2.800.000", "27,75 uur per week", "€ 2.400 per jaar", "5.000 m", "aanname", "--bus-cost-eur"] {
            #expect(dutchAssumptions.contains(part), "\(part): \(dutchAssumptions)")
        }
        #expect(en.assumptions(parameters).contains("€31.56") && en.assumptions(parameters).contains("27.75 hours a week"))

        var summary = InvestmentDocument.Summary(
            unmetLessonsBefore: 2, unmetLessonsAfter: 0, extraLessons: 0, newGyms: 0, busLessons: 2, costEurPerYear: 4_800,
            costLowerBoundEurPerYear: 4_700.5, oneOffEur: 0, provenOptimal: false, unqualifiedLessons: 1, lessonsWithoutTeacher: 0,
            teachersWithoutQualification: 1, qualificationCostEur: 4_200, components: 4, componentsProvenOptimal: 3)
        #expect(nl.proven(summary) == "3 van de 4 groepen scholen en gymzalen bewezen goedkoopst (ondergrens € 4.701 per jaar)")
        #expect(en.proven(summary) == "3 of 4 groups of schools and gyms proven cheapest (lower bound €4,701 a year)")
        #expect(nl.teachers(summary).contains("1 les per week wordt gegeven zonder bevoegde leerkracht"))
        #expect(nl.teachers(summary).contains("1 leerkracht mist de bevoegdheid") && nl.teachers(summary).contains("€ 4.200"))
        #expect(en.teachers(summary).contains("1 lesson a week is taught") && en.teachers(summary).contains("1 teacher lacks"))
        summary.provenOptimal = true
        summary.componentsProvenOptimal = 4
        summary.unqualifiedLessons = 1_500
        summary.teachersWithoutQualification = 12
        #expect(nl.proven(summary) == "alle 4 groepen scholen en gymzalen bewezen goedkoopst")
        #expect(nl.teachers(summary).contains("1.500 lessen per week worden gegeven") && nl.teachers(summary).contains("12 leerkrachten missen"))
        #expect(en.teachers(summary).contains("1,500 lessons a week are taught"))
        summary.components = 1
        summary.componentsProvenOptimal = 1
        #expect(en.proven(summary) != nl.proven(summary) && !nl.proven(summary).contains("1 van de 1"))
    }

    @Test func pluralsAndConventions() {
        #expect(nl.distanceCard(1) == "gemeente waar een school geen gymzaal binnen bereik heeft")
        #expect(nl.distanceCard(2) == "gemeenten waar een school geen gymzaal binnen bereik heeft")
        #expect(en.capacityCard(1) == "municipality where gyms are too full")
        #expect(en.notOnMap(1) == "1 municipality not on the map (no outline for the code).")
        #expect(nl.notOnMap(1_234) == "1.234 gemeenten niet op de kaart (geen grens bij de code).")
        #expect(nl.obstacles([.capacity, .distance]) == "capaciteits- en afstandsknelpunt")
        #expect(en.obstacles([.distance]) == "distance obstacle")
        #expect(nl.axisAmount(1_500_000) == "€ 1,5 mln" && en.axisAmount(1_500_000) == "€1.5m")
        #expect(nl.axisAmount(3_000_000) == "€ 3 mln" && en.axisAmount(25_000) == "€25,000")
        #expect(nl.budget(3_000_000, calendarYear: 2019) == "budget € 3.000.000 (2019)")
        #expect(en.budget(nil, calendarYear: 2018) == "no budget in 2018")
    }

    @Test func grantAxisTicksAreRoundAndCoverTheLargestAmount() {
        #expect(ReportGrantChart.axis(upTo: 3_150_000) == [0, 1_000_000, 2_000_000, 3_000_000, 4_000_000])
        #expect(ReportGrantChart.axis(upTo: 90_000) == [0, 25_000, 50_000, 75_000, 100_000])
        #expect(ReportGrantChart.axis(upTo: 0) == [0, 1])
        for largest in [1.0, 7.0, 99.0, 12_345.0, 3_000_000.0, 9_999_999.0] {
            let ticks = ReportGrantChart.axis(upTo: largest)
            #expect((ticks.last ?? 0) >= largest && ticks.count >= 2 && ticks.count <= 6, "\(largest): \(ticks)")
        }
    }
}
