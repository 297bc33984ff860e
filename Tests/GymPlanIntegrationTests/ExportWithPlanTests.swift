import Foundation
import TestSupport
import Testing

/// `export --with-plan` through the real command line, on the hand-made data of `InvestCommandTests`
/// with halls that cannot open longer (`--max-hours-per-week 3`): 10AA00's 2 unmet lessons go by bus
/// to G2 (3,000 m; 2 x EUR 2,400 = EUR 4,800 a year), and without buses to a new one-hall gym at the
/// school (EUR 2,800,000 / 40 = EUR 70,000 a year plus 2 slots of EUR 946.80: EUR 71,893.60).
@Suite struct ExportWithPlanTests {
    static let planArguments = ["--with-plan", "--max-hours-per-week", "3"]

    static func export(_ database: TestDatabase, _ arguments: [String]) throws -> String {
        let result = try GymPlanCLI.run(["export", "--school-year", "2021-2022"] + arguments, database: database)
        try #require(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonCarriesBothPlansAndOtherwiseThePlainExport() throws {
        let (database, _) = try InvestCommandTests.database()
        defer { try? database.drop() }
        let text = try Self.export(database, Self.planArguments)
        #expect(try ExportTestFiles.schemaValidator().problems(in: Data(text.utf8)).isEmpty)
        if let problems = ExportTestFiles.pythonSchemaProblems(Data(text.utf8)) { #expect(problems == "") }

        var document = try Self.object(text)
        let plan = try #require(document["investment_plan"] as? [String: Any])
        let summary = InvestCommandTests.summary(plan)
        #expect(summary["unmet_lessons_before"] as? Int == 2)
        #expect(summary["unmet_lessons_after"] as? Int == 0)
        #expect(summary["bus_lessons"] as? Int == 2)
        #expect(summary["new_gyms"] as? Int == 0)
        #expect(summary["cost_eur_per_year"] as? Double == 4800)
        let bus = InvestCommandTests.changes(plan)
        #expect(bus.count == 1 && bus.first?["kind"] as? String == "bus" && bus.first?["gym_id"] as? String == "G2")

        let without = try #require(document["investment_plan_without_buses"] as? [String: Any])
        #expect((without["parameters"] as? [String: Any])?["bus_max_distance_m"] as? Int == 0)
        let built = InvestCommandTests.summary(without)
        #expect(built["unmet_lessons_after"] as? Int == 0)
        #expect(built["bus_lessons"] as? Int == 0)
        #expect(built["new_gyms"] as? Int == 1)
        #expect(built["one_off_eur"] as? Double == 2_800_000)
        #expect(built["cost_eur_per_year"] as? Double == 71893.6)
        // Replayed with capacity --what-if, the plan without buses leaves no lesson unmet either.
        #expect(try InvestCommandTests.replayedUnmet(database, without) == 0)

        // Take the two keys away and what is left is the plain export.
        document["investment_plan"] = nil
        document["investment_plan_without_buses"] = nil
        var plain = try Self.object(try Self.export(database, []))
        #expect(plain["investment_plan"] == nil)
        for key in ["generated_at"] {
            document[key] = nil
            plain[key] = nil
        }
        #expect(NSDictionary(dictionary: document).isEqual(to: plain))
    }

    @Test func schemaRejectsAnUnknownChange() throws {
        let (database, _) = try InvestCommandTests.database()
        defer { try? database.drop() }
        let text = try Self.export(database, Self.planArguments)
        let broken = text.replacingOccurrences(of: "\"kind\" : \"bus\"", with: "\"kind\" : \"taxi\"")
        #expect(broken != text)
        let problems = try ExportTestFiles.schemaValidator().problems(in: Data(broken.utf8))
        #expect(problems.count == 1 && problems.first?.contains("investment_plan.municipalities[0].changes[0].kind") == true, "\(problems)")
    }

    @Test func withPlanIsNotForCSV() throws {
        let (database, folder) = try InvestCommandTests.database()
        defer { try? database.drop() }
        let result = try GymPlanCLI.run(
            ["export", "--school-year", "2021-2022", "--with-plan", "--format", "csv", "--output", folder.path + "/out"], database: database)
        #expect(result.status == 64)
        #expect(result.standardError.contains("--with-plan applies to --format json and html"))
    }

    /// The section "What it takes" as Chromium shows it: both plans' totals, a new gym on the map
    /// without buses and none on the map with them, and the municipality's changes with their cost.
    @Test(.enabled(if: HeadlessChromium.path != nil))
    func reportShowsWhatItTakes() throws {
        let (database, _) = try InvestCommandTests.database()
        defer { try? database.drop() }
        let folder = try ExportTestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/report.html", plainFile = folder + "/plain.html"
        _ = try Self.export(database, Self.planArguments + ["--format", "html", "--output", file])
        _ = try Self.export(database, ["--format", "html", "--output", plainFile])
        #expect(try !String(contentsOfFile: plainFile, encoding: .utf8).contains("What it takes"))

        let probe = """
            <script>
            function shown(e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden"; }
            function circles(id) { return Array.prototype.filter.call(document.querySelectorAll("#" + id + " circle.new-gym"), shown).length; }
            var cells = Array.prototype.map.call(document.querySelectorAll("#investment-totals tbody tr"), function (r) {
              return r.cells[0].textContent + "=" + r.cells[1].textContent + "/" + r.cells[2].textContent; });
            var row = document.querySelector("#investment-municipalities tr[data-code=GM0001]");
            var map = document.getElementById("investment-map-without-buses"), dot = map.querySelector("circle.new-gym");
            var m = map.getBoundingClientRect(), d = dot ? dot.getBoundingClientRect() : m;
            var inside = dot && d.left >= m.left && d.right <= m.right && d.top >= m.top && d.bottom <= m.bottom;
            document.body.setAttribute("data-probe", JSON.stringify({
              heading: shown(document.getElementById("investment-heading")) ? document.getElementById("investment-heading").textContent : "",
              withBuses: circles("investment-map"), withoutBuses: circles("investment-map-without-buses"), inside: !!inside,
              totals: cells, cost: row ? row.querySelector("td.cost").textContent : "",
              costWithout: row ? row.querySelector("td.cost-without-buses").textContent : "",
              changes: row ? row.cells[2].textContent : "" }));
            </script></body>
            """
        let probed = folder + "/probe.html"
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe)
            .write(toFile: probed, atomically: true, encoding: .utf8)
        let seen = try HeadlessChromium.run(["--dump-dom", "--window-size=1400,900", "file://" + probed], profile: folder + "/profile")
        for problem in ["Uncaught", "Refused to"] { #expect(!seen.standardError.contains(problem), "\(seen.standardError)") }
        let attribute = seen.standardOutput.components(separatedBy: "data-probe=\"").dropFirst().first?.components(separatedBy: "\"").first ?? ""
        let json = attribute.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(attribute)")
        #expect(shown["heading"] as? String == "What it takes")
        #expect(shown["withBuses"] as? Int == 0)
        #expect(shown["withoutBuses"] as? Int == 1)
        #expect(shown["inside"] as? Bool == true)
        #expect(shown["cost"] as? String == "EUR 4,800")
        #expect(shown["costWithout"] as? String == "EUR 71,894")
        #expect((shown["changes"] as? String)?.contains("by bus to gym G2") == true)
        let totals = shown["totals"] as? [String] ?? []
        #expect(totals.contains("New halls=0/1"), "\(totals)")
        #expect(totals.contains("Lessons a week by bus=2/0"), "\(totals)")
        #expect(totals.contains("EUR one-off (building)=EUR 0/EUR 2,800,000"), "\(totals)")
        #expect(totals.contains("EUR a year=EUR 4,800/EUR 71,894"), "\(totals)")
    }
}
