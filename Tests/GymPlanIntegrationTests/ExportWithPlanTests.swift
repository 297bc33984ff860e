import Foundation
import GymPlan
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

    /// A gym's and a school's names reach the section's changes, tooltips and labels escaped.
    @Test func namesInTheSectionAreEscaped() throws {
        let (database, folder) = try InvestCommandTests.database(extra: [
            "gyms.csv": """
                gym_id,name,municipality_code,latitude,longitude,halls,hours_per_week
                G1,Zaal Een,GM0001,52.0,5.0,1,3
                G2,"Zaal <b>Twee</b> & 'co'",GM0002,52.0,5.05,1,3
                """,
        ])
        defer { try? database.drop() }
        let file = folder.path + "/report.html"
        _ = try Self.export(database, Self.planArguments + ["--format", "html", "--output", file])
        let html = try String(contentsOfFile: file, encoding: .utf8)
        let start = try #require(html.range(of: "<section aria-labelledby=\"investment-heading\""))
        let section = String(html[start.lowerBound...]).components(separatedBy: "</section>")[0]
        #expect(section.contains("by bus to Zaal &lt;b&gt;Twee&lt;/b&gt; &amp; &#39;co&#39; (G2)"), "\(section)")
        #expect(!section.contains("<b>") && !section.contains("<style"))
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
        #expect(shown["cost"] as? String == "€4,800")
        #expect(shown["costWithout"] as? String == "€71,894")
        #expect((shown["changes"] as? String)?.contains("by bus to Zaal Twee (G2)") == true)
        let totals = shown["totals"] as? [String] ?? []
        #expect(totals.contains("New halls=0/1"), "\(totals)")
        #expect(totals.contains("Lessons a week by bus=2/0"), "\(totals)")
        #expect(totals.contains("One-off cost (building)=€0/€2,800,000"), "\(totals)")
        #expect(totals.contains("Cost a year=€4,800/€71,894"), "\(totals)")
    }

    /// `--lang nl`: the section in Dutch throughout, with Dutch numbers and euros: the totals, the
    /// changes, the map captions, the proven line and the assumptions.
    @Test(.enabled(if: HeadlessChromium.path != nil))
    func dutchReportShowsThePlanInDutch() throws {
        let (database, folder) = try InvestCommandTests.database()
        defer { try? database.drop() }
        let file = folder.path + "/rapport.html"
        _ = try Self.export(database, Self.planArguments + ["--format", "html", "--lang", "nl", "--output", file])
        let shown = try BrowserProbe.run(file, width: 1400, """
            result.heading = document.getElementById("investment-heading").innerText;
            result.totals = Array.prototype.map.call(document.querySelectorAll("#investment-totals tr"), function (r) {
              return Array.prototype.map.call(r.cells, function (c) { return c.innerText; }).join("="); });
            result.columns = Array.prototype.map.call(document.querySelectorAll("#investment-municipalities th"), function (h) { return h.innerText; });
            result.row = Array.prototype.map.call(document.querySelector("#investment-municipalities tr[data-code=GM0001]").cells, function (c) { return c.innerText; });
            result.captions = Array.prototype.map.call(document.querySelectorAll(".investment-maps figcaption"), function (c) { return c.innerText; });
            result.assumptions = document.getElementById("investment-assumptions").innerText;
            result.text = visibleTexts(document.getElementById("investment")).map(function (t) { return t.text; }).join(" | ");
            """)
        #expect(shown["heading"] as? String == "Wat het kost")
        let totals = shown["totals"] as? [String] ?? []
        #expect(totals.first == "=Met busvervoer=Zonder busvervoer (bouwen)", "\(totals)")
        for line in ["Nieuwe zalen=0=1", "Lessen per week met busvervoer=2=0", "Eenmalige kosten (bouw)=€ 0=€ 2.800.000",
                     "Kosten per jaar=€ 4.800=€ 71.894", "Lessen per week nu zonder plaats=2=2",
                     "Extra zaaluren per week in bestaande gymzalen=0,00=0,00",
                     // With the bus the two schools and their gyms are one group; without it, two.
                     "Bewezen goedkoopst=bewezen goedkoopst (de enige groep scholen en gymzalen)=alle 2 groepen scholen en gymzalen bewezen goedkoopst"] {
            #expect(totals.contains(line), "\(line): \(totals)")
        }
        #expect(shown["columns"] as? [String] == [
            "Gemeente", "Lessen per week nu zonder plaats", "Maatregelen", "Kosten per jaar", "Maatregelen zonder busvervoer",
            "Kosten per jaar zonder busvervoer",
        ])
        #expect(shown["row"] as? [String] == [
            "Een (GM0001)", "2", "2 lessen per week van De Linde (10AA00) met de bus naar Zaal Twee (G2), 3.000 m: € 4.800 per jaar", "€ 4.800",
            "nieuwe gymzaal bij De Linde (locatie 10AA00), 1 zaal, 2 lessen per week, bouwkosten € 2.800.000: € 71.894 per jaar",
            "€ 71.894",
        ])
        #expect(shown["captions"] as? [String] == [
            "Met busvervoer: 0 nieuwe zalen op 0 locaties; ingekleurd: 1 gemeente met maatregelen.",
            "Zonder busvervoer (bouwen): 1 nieuwe zaal op 1 locatie; ingekleurd: 1 gemeente met maatregelen.",
        ])
        let assumptions = shown["assumptions"] as? String ?? ""
        #expect(assumptions.hasPrefix("Een zaaluur kost € 31,56, een schooljaar telt 40 weken"), "\(assumptions)")
        #expect(assumptions.contains("bestaande zalen zijn hoogstens 3,00 uur per week open"), "\(assumptions)")
        #expect(assumptions.contains("€ 2.400 per jaar voor de wekelijkse les van één klas tot 5.000 m, zijn een aanname"), "\(assumptions)")
        let text = shown["text"] as? String ?? ""
        #expect(text.contains("Het doel van bevoegde leerkrachten: 6 lessen per week worden gegeven zonder bevoegde leerkracht"), "\(text)")
        for word in [" the ", " and ", " a year", "lesson", "hall", " gym ", "bus to", "EUR", "Municipalit", "Change", "With", "site", "none",
                     "proven", "costs", "build", "new "] {
            #expect(!text.contains(word), "the Dutch plan section shows \"\(word)\": \(ReportBrowserTests.around(word, in: text))")
        }
    }

    /// At phone width (390 px, exactly, through the DevTools protocol) the two maps stack, nothing is
    /// wider than the screen and no text of the section is smaller than 13 px; at 1400 px they stand
    /// side by side. On the sample data set, whose plan has changes in several municipalities.
    @Test(.enabled(if: HeadlessChromium.path != nil))
    func readableAtPhoneWidth() throws {
        let database = try TestCluster.shared().makeDatabase(label: "planphone")
        defer { try? database.drop() }
        _ = try Importer(connection: try database.connect()).importFiles(at: [Repository.sampleData])
        let folder = try ExportTestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let probe = """
            var section = document.getElementById("investment"), texts = visibleTexts(section);
            result.smallest = texts.reduce(function (a, t) { return t.size < a.size ? t : a; }, { size: 1e9 });
            result.count = texts.length;
            result.maps = Array.prototype.map.call(section.querySelectorAll(".investment-maps figure"), function (f) {
              var r = rect(f); r.bottom = r.top + r.height; return r; });
            result.wide = Array.prototype.filter.call(section.querySelectorAll("*"), function (e) {
              var r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5) && !e.closest(".scroll");
            }).map(function (e) { return e.tagName + "#" + e.id + "." + e.className; });
            result.scrolled = Array.prototype.map.call(section.querySelectorAll(".scroll"), function (s) {
              return { id: s.firstElementChild.id, inside: s.scrollWidth <= s.clientWidth + 1, right: rect(s).left + rect(s).width }; });
            result.rows = section.querySelectorAll("#investment-municipalities tbody tr").length;
            """
        for language in [Language.en, .nl] {
            let file = folder + "/plan-\(language.rawValue).html"
            let run = try GymPlanCLI.run(
                ["export", "--school-year", "2021-2022", "--format", "html", "--lang", language.rawValue, "--with-plan", "--output", file],
                database: database)
            try #require(run.status == 0, "\(run.standardError)")
            for width in [390, 1400] {
                let shown = try BrowserProbe.run(file, width: width, screenshot: folder + "/plan-\(width).png", probe)
                let place = "\(language) at \(width) px"
                #expect(shown["innerWidth"] as? Int == width, "\(place)")
                #expect((shown["scrollWidth"] as? Int ?? .max) <= width, "\(place): \(shown["scrollWidth"] ?? "")")
                #expect((shown["rows"] as? Int ?? 0) > 1, "\(place)")
                #expect((shown["count"] as? Int ?? 0) > 20, "\(place)")
                let smallest = shown["smallest"] as? [String: Any] ?? [:]
                #expect((smallest["size"] as? Double ?? 0) >= 13, "\(place): \(smallest)")
                #expect((shown["wide"] as? [String]) == [], "\(place): \(shown["wide"] ?? "")")
                for table in shown["scrolled"] as? [[String: Any]] ?? [] {
                    #expect((table["right"] as? Double ?? .infinity) <= Double(width) + 0.5, "\(place): \(table)")
                    if width == 390 { #expect(table["inside"] as? Bool == true, "\(place): a table scrolls sideways: \(table)") }
                }
                let maps = shown["maps"] as? [[String: Double]] ?? []
                try #require(maps.count == 2, "\(place)")
                if width == 390 {
                    #expect(maps[1]["top"]! >= maps[0]["bottom"]!, "\(place): the maps do not stack: \(maps)")
                    #expect(maps.allSatisfy { $0["width"]! > 300 }, "\(place): \(maps)")
                } else {
                    #expect(abs(maps[1]["top"]! - maps[0]["top"]!) < 1 && maps[1]["left"]! > maps[0]["left"]! + maps[0]["width"]!, "\(place): \(maps)")
                }
                if let keep = ProcessInfo.processInfo.environment["GYMPLAN_KEEP_SCREENSHOTS"] {
                    try? FileManager.default.removeItem(atPath: keep + "/plan-\(language.rawValue)-\(width).png")
                    try? FileManager.default.copyItem(atPath: folder + "/plan-\(width).png", toPath: keep + "/plan-\(language.rawValue)-\(width).png")
                }
            }
        }
    }
}
