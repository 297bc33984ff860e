import Foundation
import GymPlan
import Testing
import TestSupport

/// `gymplan export --with-roster` through the real command line, on the data set of
/// ``RosterCommandTests``: GM0001 has 5a (00AA00, 300 m from G1) and 7a (02AC00, no gym within
/// reach); GM0002 has 6b (01AB00, 600 m from G1). G1's one hall has room for all four lessons the
/// classes within reach need, so GM0001 gets 2 of its 4 lessons (7a can have none: bound 2), 2 x 300 m
/// walked, and GM0002 both of its 2, 2 x 600 m.
@Suite("gymplan export --with-roster")
struct ExportWithRosterTests {
    static func municipalities(_ document: [String: Any]) throws -> [String: [String: Any]] {
        let list = try #require(document["municipalities"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["code"] as? String ?? "", $0) })
    }

    @Test func jsonGainsEachMunicipalitysRosterFigures() throws {
        let (database, folder) = try RosterCommandTests.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        let result = try GymPlanCLI.run(["export", "--school-year", "2019-2020", "--with-roster"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try RosterCommandTests.validator("ministry-export.schema.json").problems(in: Data(result.standardOutput.utf8)) == [])
        #expect(!result.standardOutput.contains("T-SECRET"))
        let document = try RosterCommandTests.json(result.standardOutput)
        let byCode = try Self.municipalities(document)
        let expected: [String: [String: Int]] = [
            "GM0001": ["classes": 2, "lessons_required": 4, "lessons_scheduled": 2, "lessons_upper_bound": 2, "classes_fully_scheduled": 1,
                       "walking_distance_m": 600],
            "GM0002": ["classes": 1, "lessons_required": 2, "lessons_scheduled": 2, "lessons_upper_bound": 2, "classes_fully_scheduled": 1,
                       "walking_distance_m": 1200],
        ]
        for (code, figures) in expected {
            #expect(byCode[code]?["roster"] as? [String: Int] == figures, "\(code)")
            // The same figures as the roster command limited to the municipality.
            let alone = try GymPlanCLI.run(
                ["roster", "--school-year", "2019-2020", "--municipality", code, "--format", "json"], database: database)
            let summary = try #require(try RosterCommandTests.json(alone.standardOutput)["summary"] as? [String: Int])
            #expect(figures.allSatisfy { summary[$0.key] == $0.value }, "\(code): \(summary)")
        }
        let overview = try #require(document["roster"] as? [String: Any])
        #expect(overview["summary"] as? [String: Int] == [
            "classes": 3, "lessons_required": 6, "lessons_scheduled": 4, "lessons_upper_bound": 4, "classes_fully_scheduled": 2,
            "walking_distance_m": 1800,
        ])
        #expect(overview["municipalities_short"] as? Int == 1)
        #expect(overview["walk_m_per_min"] as? Double == 60 && overview["teacher_m_per_min"] as? Double == 250)
    }

    @Test func plainExportHasNoRosterFields() throws {
        let (database, folder) = try RosterCommandTests.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        let result = try GymPlanCLI.run(["export", "--school-year", "2019-2020"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let document = try RosterCommandTests.json(result.standardOutput)
        #expect(document["roster"] == nil)
        #expect(try Self.municipalities(document).values.allSatisfy { $0["roster"] == nil })
        let file = folder + "/plain.html"
        let html = try GymPlanCLI.run(["export", "--school-year", "2019-2020", "--format", "html", "--output", file], database: database)
        #expect(html.status == 0, "\(html.standardError)")
        #expect(!(try String(contentsOfFile: file, encoding: .utf8)).contains("id=\"roster\""))
    }

    @Test func reportListsTheMunicipalitiesShortOfLessons() throws {
        let (database, folder) = try RosterCommandTests.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        let file = folder + "/report.html"
        let result = try GymPlanCLI.run(
            ["export", "--school-year", "2019-2020", "--format", "html", "--output", file, "--with-roster"], database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        let start = try #require(html.range(of: "<section aria-labelledby=\"roster-heading\""))
        let section = String(html[start.lowerBound...]).components(separatedBy: "</section>")[0]
        #expect(section.contains("(1)</h2>"))
        #expect(section.contains("Eerstedorp (GM0001)") && !section.contains("GM0002"))
        // Classes, required, scheduled, upper bound, short, classes short.
        let cells = section.components(separatedBy: "<td data-value=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(cells.map(String.init) == ["Eerstedorp", "2", "4", "2", "2", "2", "1"])
        #expect(section.contains("the roster gives 4 of the 6 lessons"))
    }

    @Test(.enabled(if: HeadlessChromium.path != nil))
    func dutchReportShowsTheRosterSectionInDutch() throws {
        let (database, folder) = try RosterCommandTests.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        let file = folder + "/rapport.html"
        let result = try GymPlanCLI.run(
            ["export", "--school-year", "2019-2020", "--format", "html", "--lang", "nl", "--output", file, "--with-roster"],
            database: database)
        #expect(result.status == 0, "\(result.standardError)")
        let shown = try BrowserProbe.run(file, width: 1400, """
            result.heading = document.getElementById("roster-heading").innerText;
            result.columns = Array.prototype.map.call(document.querySelectorAll("#roster-short th"), function (h) { return h.innerText; });
            result.text = visibleTexts(document.getElementById("roster")).map(function (t) { return t.text; }).join(" | ");
            """)
        #expect(shown["heading"] as? String == "Gemeenten die de wet niet in de uren van hun zalen passen (1)")
        #expect(shown["columns"] as? [String] == [
            "Gemeente", "Klassen in groep 3-8", "Lessen die de wet vraagt", "Lessen in het rooster",
            "Hoogstens, elke klas alleen", "Lessen tekort", "Klassen met te weinig lessen",
        ])
        let text = shown["text"] as? String ?? ""
        #expect(text.contains("In totaal geeft het rooster 4 van de 6 lessen die de wet vraagt"), "\(text)")
        for word in [" the ", " and ", "lessons", "roster", "Municipalit", "Classes", " gyms"] {
            #expect(!text.contains(word), "the Dutch roster section shows \"\(word)\": \(text)")
        }
    }

    @Test func csvIsRefused() throws {
        let result = try GymPlanCLI.run(
            ["export", "--school-year", "2019-2020", "--format", "csv", "--output", "/tmp/none", "--with-roster"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--with-roster applies to --format json and html"))
    }
}
