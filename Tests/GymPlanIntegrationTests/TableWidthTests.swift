import Foundation
import TestSupport
import Testing

/// Tables of the command line fit `COLUMNS` (default 100), `--wide` shows everything; headers in
/// words and shares as percentages in tables, JSON and CSV as they were.
@Suite struct TableWidthTests {
    /// The longest line, the heading above the table included.
    private func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }

    @Test func everyTableFitsTheTerminalAndWideShowsEverything() throws {
        let database = try TestCluster.shared().makeDatabase(label: "tables")
        #expect(try GymPlanCLI.run(["import", Repository.sampleData], database: database).status == 0)
        let commands = [
            ["flags", "--school-year", "2021-2022"], ["flags", "--school-year", "2021-2022", "--summary"],
            ["trend", "--by", "municipality"], ["capacity", "--school-year", "2021-2022"],
            ["capacity", "--school-year", "2021-2022", "--what-if", "add-halls:GM0289-G001:3"],
            ["grants"], ["grants", "--by", "municipality"], ["grants", "--projection", "--school-year", "2021-2022"],
        ]
        for arguments in commands {
            // At 60 columns too, but for the projection's table, whose six figures need 64.
            let narrow: [(String?, Int)] = arguments.contains("--projection") ? [] : [("60", 60)]
            for (columns, width) in [(nil, 100), ("80", 80), ("140", 140)] + narrow {
                let environment = columns.map { ["COLUMNS": $0] } ?? [:]
                let result = try GymPlanCLI.run(arguments, database: database, environment: environment)
                #expect(result.status == 0, "\(arguments): \(result.standardError)")
                #expect(widest(result.standardOutput) <= width, "\(arguments) COLUMNS=\(columns ?? "-"):\n\(result.standardOutput)")
            }
        }
        let flags = try GymPlanCLI.run(["flags", "--school-year", "2021-2022"], database: database, environment: ["COLUMNS": "80"])
        #expect(flags.standardOutput.contains("…"))
        let wide = try GymPlanCLI.run(["flags", "--school-year", "2021-2022", "--wide"], database: database, environment: ["COLUMNS": "80"])
        #expect(!wide.standardOutput.contains("…"))
        #expect(wide.standardOutput.contains("Samenwerking Basisschool Pork"))
        #expect(widest(wide.standardOutput) > 80)
        try database.drop()
    }

    @Test func grantTablesSpeakInWordsAndPercentagesWhileCSVAndJSONKeepFractions() throws {
        let database = try TestCluster.shared().makeDatabase(label: "tables-grants")
        #expect(try GymPlanCLI.run(["import", Repository.sampleData], database: database).status == 0)
        let table = try GymPlanCLI.run(["grants", "--wide"], database: database)
        #expect(table.standardOutput.contains("budget used"))
        #expect(!table.standardOutput.contains("budget_used"))
        #expect(!table.standardOutput.contains("_"), "\(table.standardOutput)")
        #expect(table.standardOutput.contains("0.7%"), "\(table.standardOutput)")
        let csv = try GymPlanCLI.run(["grants", "--format", "csv"], database: database)
        #expect(csv.standardOutput.hasPrefix("school_year,"))
        #expect(csv.standardOutput.contains(",0.007,"), "\(csv.standardOutput)")
        let projection = try GymPlanCLI.run(["grants", "--projection", "--school-year", "2021-2022", "--wide"], database: database)
        #expect(projection.standardOutput.contains("qualified"))
        #expect(projection.standardOutput.contains("%"))
        #expect(!projection.standardOutput.contains("qualified_share"))
        let whatIf = try GymPlanCLI.run(
            ["capacity", "--school-year", "2021-2022", "--what-if", "add-halls:GM0289-G001:3"], database: database)
        #expect(!whatIf.standardOutput.split(separator: "\n").first!.contains("_"), "\(whatIf.standardOutput)")
        try database.drop()
    }
    /// The roster and the timetable check fit COLUMNS too: long reasons and details wrapped at
    /// spaces, the summary line broken; `--wide` gives every line whole.
    @Test func rosterTablesFitTheTerminal() throws {
        let database = try TestCluster.shared().makeDatabase(label: "tables-roster")
        #expect(try GymPlanCLI.run(["import", Repository.sampleData], database: database).status == 0)
        func longest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }
        for arguments in [["roster", "--school-year", "2021-2022"], ["roster", "--check", "--school-year", "2021-2022"]] {
            let wide = try GymPlanCLI.run(arguments + ["--wide"], database: database, environment: ["COLUMNS": "60"])
            #expect(wide.status == 0, "\(arguments): \(wide.standardError)")
            #expect(longest(wide.standardOutput) > 100, "\(arguments) --wide:\n\(wide.standardOutput)")
            for (columns, width) in [(nil, 100), ("100", 100), ("60", 60)] as [(String?, Int)] {
                let environment = columns.map { ["COLUMNS": $0] } ?? [:]
                let result = try GymPlanCLI.run(arguments, database: database, environment: environment)
                #expect(result.status == 0, "\(arguments): \(result.standardError)")
                #expect(longest(result.standardOutput) <= width, "\(arguments) COLUMNS=\(columns ?? "-"):\n\(result.standardOutput)")
                #expect(result.standardOutput.hasSuffix("\n"))
                // Nothing is lost but a column the table names: the words of the wide table are all
                // there, only broken onto more lines.
                let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "-" }).count }
                if result.standardOutput.contains("(not shown: gym; --wide shows every column)") {
                    #expect(width == 60 && arguments.contains("--check"), "\(arguments) COLUMNS=\(columns ?? "-")")
                } else {
                    #expect(words(result.standardOutput) >= words(wide.standardOutput), "\(arguments) COLUMNS=\(columns ?? "-")")
                }
            }
        }
        try database.drop()
    }
}
