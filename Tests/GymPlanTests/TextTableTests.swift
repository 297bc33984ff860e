import Foundation
import GymPlan
import Testing

/// Tables fit a width: names cut with `…`, texts wrapped, headers over more lines, columns left out last.
@Suite struct TextTableTests {
    private func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }

    @Test func aLongNameIsCutWithAnEllipsisAndWholeWithoutAWidth() {
        let table = TextTable(headers: ["code", "name", "schools"],
                              rows: [["GM0603", "Een heel erg lange naam van een gemeente aan zee", "14"]],
                              rightAligned: [2], shrinkable: [1])
        let narrow = table.rendered(width: 40)
        #expect(widest(narrow) <= 40)
        #expect(narrow.contains("Een heel erg lange naa…"))
        #expect(table.rendered(width: nil).contains("Een heel erg lange naam van een gemeente aan zee"))
        #expect(table.rendered(width: 200) == table.rendered)
    }

    @Test func reasonsWrapAndHeadersTakeMoreLines() {
        let table = TextTable(headers: ["school", "lessons goal", "reasons"],
                              rows: [["01AA01", "no", "class 3a: 1 lesson, 45 minutes a week by a teacher without qualification"]],
                              wrapping: [2])
        let text = table.rendered(width: 40)
        #expect(widest(text) <= 40, "\(text)")
        #expect(text.hasPrefix("school  lessons  reasons\n        goal"), "\(text)")
        #expect(text.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
            .contains("class 3a: 1 lesson, 45 minutes a week by a teacher without qualification"))
    }

    @Test func aColumnOfShortWordsMayWrapNarrowerThanTheUsualMinimum() {
        var table = TextTable(headers: ["kind", "detail"],
                              rows: [["outside school hours", "the class is out 14:27-15:18, not inside the school's hours"]],
                              wrapping: [0, 1])
        // At the usual minimum of 16 a wrapped column keeps, 16 + 2 + 16 does not fit 30.
        #expect(widest(table.rendered(width: 30)) > 30)
        table.narrowest = [0: 10]
        let text = table.rendered(width: 30)
        #expect(widest(text) <= 30, "\(text)")
        #expect(text.split(separator: "\n").dropFirst(2).map { $0.prefix(10).trimmingCharacters(in: .whitespaces) }
            .prefix(3) == ["outside", "school", "hours"], "\(text)")
    }

    @Test func columnsAreLeftOutLastAndNamed() {
        let headers = (1...12).map { "column \($0)" }
        let table = TextTable(headers: headers, rows: [(1...12).map { String(repeating: "9", count: $0 + 4) }],
                              droppable: [11, 10, 9])
        let text = table.rendered(width: 100)
        #expect(widest(text) <= 100, "\(text)")
        #expect(text.contains("(not shown: column 12"), "\(text)")
        #expect(!table.rendered(width: nil).contains("not shown"))
    }

    @Test func sharesArePercentages() {
        #expect(TextTable.percent(0.007) == "0.7%")
        #expect(TextTable.percent(1) == "100.0%")
        #expect(TextTable.percent(nil) == "-")
    }
}
