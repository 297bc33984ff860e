import Foundation
import GymPlan
import Testing
import TestSupport

/// The close-ups of the sample's report as shown in headless Chromium: each municipality's gyms
/// drawn as squares that grow with their halls, and a capacity shortage named as its competing
/// group's ("22 lessons short among ..."), checked against the capacity planner's own groups.
@Suite("gymplan export report close-ups", .enabled(if: HeadlessChromium.path != nil))
struct ReportCloseUpTests {
    static let probe = """
        result.figures = Array.prototype.map.call(document.querySelectorAll("figure.closeup"), function (f) {
          return {
            code: f.dataset.code,
            gyms: Array.prototype.map.call(f.querySelectorAll("rect.gym-zoom"), function (g) {
              // The share of the square not covered by the schools' dots drawn over it: a 7 x 7 grid of points.
              f.scrollIntoView();
              var r = g.getBoundingClientRect(), seen = 0;
              for (var i = 0; i < 7; i++) for (var j = 0; j < 7; j++) {
                var e = document.elementFromPoint(r.left + (i + 0.5) * r.width / 7, r.top + (j + 0.5) * r.height / 7);
                if (e === g || (e && e.parentElement === g)) seen++;
              }
              return { id: g.dataset.gym, halls: parseInt(g.dataset.halls, 10), width: g.getBoundingClientRect().width,
                       fill: getComputedStyle(g).fill, visible: seen / 49 };
            }),
            schools: f.querySelectorAll("circle.school-zoom").length,
            gymLine: f.querySelector(".gym-count").innerText,
            groups: Array.prototype.map.call(f.querySelectorAll(".group-shortage"), function (s) { return s.innerText; })
          };
        });
        var legend = Array.prototype.filter.call(document.querySelectorAll(".legend.inline li"), function (li) {
          return li.querySelector("rect.gym-mark"); });
        result.legend = legend.length === 1 ? legend[0].innerText.trim() : null;
        """

    @Test func gymsWithTheirHallsAndEachGroupsShortage() throws {
        let sample = try ReportBrowserTests.Sample()
        defer { try? sample.close() }
        let export = try sample.json()
        let capacity = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022", "--format", "json"], database: sample.database)
        #expect(capacity.status == 0, "\(capacity.standardError)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(capacity.standardOutput.utf8)) as? [String: Any])
        let planGroups = (plan["competing_groups"] as? [[String: Any]] ?? []).filter { ($0["unmet_lessons"] as? Int ?? 0) > 0 }

        for language in [Language.en, .nl] {
            let shown = try BrowserProbe.run(try sample.report(language), width: 1400, Self.probe)
            let figures = shown["figures"] as? [[String: Any]] ?? []
            #expect(!figures.isEmpty)
            var drawn = 0
            for figure in figures {
                let code = figure["code"] as? String ?? ""
                let gyms = export.gyms.filter { $0.municipalityCode == code && $0.latitude != nil }
                let marks = figure["gyms"] as? [[String: Any]] ?? []
                drawn += marks.count
                // One square for each gym of the municipality, with its halls.
                #expect(Set(marks.compactMap { $0["id"] as? String }) == Set(gyms.map(\.gymId)) && marks.count == gyms.count, "\(code)")
                for mark in marks {
                    #expect(gyms.first { $0.gymId == mark["id"] as? String }?.halls == mark["halls"] as? Int, "\(code): \(mark)")
                    #expect(mark["fill"] as? String == "rgb(90, 61, 138)")
                    // A gym beside its school still shows around the school's dot (before: 0% of some).
                    #expect((mark["visible"] as? Double ?? 0) >= 0.15, "\(code): a gym hidden under the schools: \(mark)")
                }
                // More halls, a larger square.
                for a in marks { for b in marks where (a["halls"] as? Int ?? 0) < (b["halls"] as? Int ?? 0) {
                    #expect((a["width"] as? Double ?? 0) < (b["width"] as? Double ?? 0), "\(code): \(a) \(b)")
                } }
                let halls = gyms.reduce(0) { $0 + $1.halls }
                let line = language == .en
                    ? "\(language.count(gyms.count, "gym", "gyms")) with \(language.count(halls, "hall", "halls"))"
                    : "\(language.count(gyms.count, "gymzaal", "gymzalen")) met \(language.count(halls, "zaal", "zalen"))"
                #expect(figure["gymLine"] as? String == line, "\(code)")

                // The shortage of every competing group of the municipality, as the planner has it.
                let municipality = try #require(export.municipalities.first { $0.code == code })
                let expected = municipality.obstacles.contains(.capacity)
                    ? planGroups.filter { ($0["municipality_codes"] as? [String] ?? []).contains(code) }.map { group -> String in
                        let short = group["unmet_lessons"] as? Int ?? 0, ids = (group["school_ids"] as? [String] ?? []).joined(separator: ", ")
                        return language == .en ? "\(language.count(short, "lesson", "lessons")) short among \(ids)"
                            : "\(language.count(short, "les", "lessen")) tekort bij \(ids)"
                    }
                    : []
                #expect(Set(figure["groups"] as? [String] ?? []) == Set(expected), "\(code): \(figure["groups"] ?? "")")
            }
            #expect(drawn > 0)
            let legend = language == .en ? "gym, larger with more halls (\(drawn))" : "gymzaal, groter met meer zalen (\(drawn))"
            #expect(shown["legend"] as? String == legend, "\(shown["legend"] ?? "")")
            // Rijswijk is short of halls: its close-up names its group's shortage.
            let rijswijk = figures.first { $0["code"] as? String == "GM0603" }?["groups"] as? [String] ?? []
            #expect(rijswijk.count > 0, "\(figures.map { $0["code"] ?? "" })")
        }
    }

    /// The export carries the planner's short groups and every gym, as the schema allows.
    @Test func exportCarriesTheShortGroupsAndTheGyms() throws {
        let sample = try ReportBrowserTests.Sample()
        defer { try? sample.close() }
        let run = try GymPlanCLI.run(["export", "--school-year", "2021-2022"], database: sample.database)
        let problems = try RosterCommandTests.validator("ministry-export.schema.json").problems(in: Data(run.standardOutput.utf8))
        #expect(problems == [], "\(problems.prefix(5))")
        let export = try MinistryExport.decode(Data(run.standardOutput.utf8))
        let gyms = try sample.database.connect().query("SELECT count(*)::int AS n, coalesce(sum(halls), 0)::int AS halls FROM gym").rows
        #expect(export.gyms.count == (try gyms[0].decode("n", as: Int.self)))
        #expect(export.gyms.reduce(0) { $0 + $1.halls } == (try gyms[0].decode("halls", as: Int.self)))
        #expect(!export.shortageGroups.isEmpty && export.shortageGroups.allSatisfy { $0.unmetLessons > 0 })
        // The groups are the capacity command's groups that are short, largest first.
        let capacity = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022", "--format", "json"], database: sample.database)
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(capacity.standardOutput.utf8)) as? [String: Any])
        let short = (plan["competing_groups"] as? [[String: Any]] ?? []).filter { ($0["unmet_lessons"] as? Int ?? 0) > 0 }.map {
            MinistryExport.ShortageGroup(
                schoolIds: $0["school_ids"] as? [String] ?? [], municipalityCodes: $0["municipality_codes"] as? [String] ?? [],
                unmetLessons: $0["unmet_lessons"] as? Int ?? 0)
        }
        #expect(Set(export.shortageGroups.map { "\($0)" }) == Set(short.map { "\($0)" }) && export.shortageGroups.count == short.count)
        #expect(export.shortageGroups.map(\.unmetLessons) == export.shortageGroups.map(\.unmetLessons).sorted(by: >))
        #expect(export.shortageGroups.contains { $0.municipalityCodes.contains("GM0603") })
    }
}
