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
