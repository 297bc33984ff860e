import DelimitedText
import GymPlan
import Testing

@Suite("Export CSV tables")
struct ExportCSVTests {
    private func lines(_ text: String) -> [String] {
        text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func schoolsTableQuotesAndLeavesUnknownsEmpty() {
        let text = ExportCSV().schools(ExportSamples.export())
        let rows = lines(text)
        #expect(rows.count == 5)
        #expect(rows[0].hasPrefix("school_id,name,municipality_code,in_scope_classes,meets_lessons_goal"))
        #expect(rows[1].hasPrefix("00AP00,Het Anker,GM0363,2,true,true,false,false,420,false,4,0,4,4,52.370000,4.890000,pc4,"))
        #expect(rows[3].hasPrefix("05CC01,Zonder Klassen,GM0363,0,,,false,false,,,0,0,0,0,,,,"))
        #expect(rows[4].hasPrefix("11BB00,\"De \"\"Regenboog\"\", Zoetermeer\",GM0637,"))
        #expect(rows[4].hasSuffix(",\"class 5b: 1 lesson, 45 minutes | class 6: a lesson without a qualified teacher\""))
    }

    @Test func municipalitiesTable() {
        let rows = lines(ExportCSV().municipalities(ExportSamples.export()))
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("GM0363,Amsterdam,Noord-Holland,2,1,1,1,,4,40,0,0.00,0,0,4,4,1.0000,0,0,0,0,0"))
        #expect(rows[2].hasPrefix("GM0637,Zoetermeer,Zuid-Holland,2,1,0,0,capacity distance,8,4,4,3.00,1,1,7,3,0.4286,1,2,0,0,1"))
    }

    @Test func dutchLocaleUsesSemicolonsAndDecimalCommas() {
        let rows = lines(ExportCSV(dutch: true).municipalities(ExportSamples.export()))
        #expect(rows[0].hasPrefix(ExportCSV.byteOrderMark + "code;name;province;schools;"))
        #expect(!ExportCSV().municipalities(ExportSamples.export()).hasPrefix(ExportCSV.byteOrderMark))
        #expect(rows[2].hasPrefix("GM0637;Zoetermeer;Zuid-Holland;2;1;0;0;capacity distance;8;4;4;3,00;1;1;7;3;0,4286;"))
        let schools = lines(ExportCSV(dutch: true).schools(ExportSamples.export()))
        #expect(schools[1].contains(";52,370000;4,890000;pc4;"))
        // A comma no longer needs quotes, a semicolon would.
        #expect(schools[4].hasPrefix("11BB00;\"De \"\"Regenboog\"\", Zoetermeer\";GM0637;"))
    }

    @Test func dutchLanguageGivesDutchHeadersAndBooleansAndChangesNothingElse() {
        let english = lines(ExportCSV(dutch: true).schools(ExportSamples.export()))
        let dutch = lines(ExportCSV(dutch: true, language: .nl).schools(ExportSamples.export()))
        #expect(dutch[0].hasPrefix(ExportCSV.byteOrderMark + "vestiging;naam;gemeentecode;groepen_3_tot_8;voldoet_aan_lessendoel;"))
        #expect(dutch[1].hasPrefix("00AP00;Het Anker;GM0363;2;ja;ja;nee;nee;420;nee;4;0;4;4;52,370000;4,890000;postcodegebied;"))
        // Unknown stays empty, and every cell but the booleans is the English table's.
        #expect(dutch[3].hasPrefix("05CC01;Zonder Klassen;GM0363;0;;;nee;nee;;;0;0;0;0;;;;"))
        for (en, nl) in zip(english.dropFirst(), dutch.dropFirst()) {
            let words = ["true": "ja", "false": "nee", "pc4": "postcodegebied", "file": "bestand"]
            let translated = en.split(separator: ";", omittingEmptySubsequences: false).map { words[String($0)] ?? String($0) }
            #expect(translated.joined(separator: ";") == nl)
        }
        // Every column has a Dutch name, and no two the same.
        let municipalities = lines(ExportCSV(dutch: true, language: .nl).municipalities(ExportSamples.export()))
        for header in [dutch[0], municipalities[0]] {
            let names = header.dropFirst().split(separator: ";").map(String.init)
            #expect(Set(names).count == names.count)
            #expect(names.allSatisfy { ExportCSV.dutchHeaders.values.contains($0) })
        }
        #expect(municipalities[0].contains("knelpunten;"))
        // The obstacles in Dutch too.
        let english_ = lines(ExportCSV(dutch: true).municipalities(ExportSamples.export()))
        let obstacles = english_.dropFirst().map { $0.split(separator: ";", omittingEmptySubsequences: false)[7] }
        let dutchObstacles = municipalities.dropFirst().map { $0.split(separator: ";", omittingEmptySubsequences: false)[7] }
        #expect(obstacles.contains { $0.contains("capacity") } || obstacles.contains { $0.contains("distance") }, "\(obstacles)")
        #expect(zip(obstacles, dutchObstacles).allSatisfy { en, nl in
            en.replacingOccurrences(of: "capacity", with: "capaciteit").replacingOccurrences(of: "distance", with: "afstand") == nl
        }, "\(dutchObstacles)")
    }

    @Test func tablesReadBackWithTheProjectsOwnCSVReader() throws {
        for dutch in [false, true] {
            let files = ExportCSV(dutch: dutch).files(ExportSamples.export())
            #expect(files.map(\.name) == ["municipalities.csv", "schools.csv"])
            let schools = try DelimitedTable(bytes: Array(files[1].content.utf8), file: "schools.csv")
            #expect(schools.problems.isEmpty)
            #expect(schools.delimiter == (dutch ? .semicolon : .comma))
            #expect(schools.records.count == 4)
            let name = try #require(schools.header.index(of: "name"))
            #expect(schools.records[3][name] == "De \"Regenboog\", Zoetermeer")
            let municipalities = try DelimitedTable(bytes: Array(files[0].content.utf8), file: "municipalities.csv")
            #expect(municipalities.problems.isEmpty)
            let share = try #require(municipalities.header.index(of: "qualified_lesson_share"))
            #expect(municipalities.records[1][share] == (dutch ? "0,4286" : "0.4286"))
        }
    }
}
