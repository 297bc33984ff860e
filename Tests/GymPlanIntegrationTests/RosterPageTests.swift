import Foundation
import GymPlan
import Testing
import TestSupport

/// The roster's HTML page (`gymplan roster --format html`) in headless Chromium: on a phone (390 px,
/// exactly, through the DevTools protocol) the page is no wider than the screen, a gym's week that
/// is wider (Wageningen's three-hall sports hall in the sample) scrolls inside its own box, and no
/// text is smaller than 13 px; the header gives the time in words.
@Suite("gymplan roster page in a browser")
struct RosterPageTests {
    @Test(.enabled(if: HeadlessChromium.path != nil))
    func readableAtPhoneWidth() throws {
        let database = try TestCluster.shared().makeDatabase(label: "rosterphone")
        defer { try? database.drop() }
        _ = try Importer(connection: try database.connect()).importFiles(at: [Repository.sampleData])
        let folder = try ExportTestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/roster.html"
        let run = try GymPlanCLI.run(["roster", "--school-year", "2021-2022", "--format", "html", "--output", file], database: database)
        try #require(run.status == 0, "\(run.standardError)")
        let probe = """
            var texts = visibleTexts(document.body);
            result.smallest = texts.reduce(function (a, t) { return t.size < a.size ? t : a; }, { size: 1e9 });
            result.count = texts.length;
            result.wide = Array.prototype.filter.call(document.body.querySelectorAll("*"), function (e) {
              var r = e.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 0.5 && !e.closest(".scroll");
            }).map(function (e) { return e.tagName + "." + e.className; });
            result.boxes = Array.prototype.map.call(document.querySelectorAll(".scroll"), function (s) {
              return { right: rect(s).left + rect(s).width, scrolls: s.scrollWidth > s.clientWidth + 1 }; });
            result.meta = document.querySelector("p.meta").textContent;
            """
        for width in [390, 1400] {
            let shown = try BrowserProbe.run(file, width: width, probe)
            #expect(shown["innerWidth"] as? Int == width)
            #expect((shown["scrollWidth"] as? Int ?? .max) <= width, "\(width) px: \(shown["scrollWidth"] ?? "")")
            #expect((shown["wide"] as? [String]) == [], "\(width) px: \(shown["wide"] ?? "")")
            #expect((shown["count"] as? Int ?? 0) > 100)
            let smallest = shown["smallest"] as? [String: Any] ?? [:]
            #expect((smallest["size"] as? Double ?? 0) >= 13, "\(width) px: \(smallest)")
            let boxes = shown["boxes"] as? [[String: Any]] ?? []
            #expect(boxes.allSatisfy { ($0["right"] as? Double ?? .infinity) <= Double(width) + 0.5 }, "\(width) px: \(boxes)")
            // The three-hall gym's week is wider than a phone: its box scrolls, not the page.
            if width == 390 { #expect(boxes.contains { $0["scrolls"] as? Bool == true }) }
            let meta = shown["meta"] as? String ?? ""
            #expect(meta.range(of: #"Made by gymplan on \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC\."#, options: .regularExpression) != nil, "\(meta)")
        }
    }
}
