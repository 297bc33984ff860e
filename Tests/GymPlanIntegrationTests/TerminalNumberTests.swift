import Foundation
import TestSupport
import Testing

/// Numbers on the terminal are written one way, English grouping (`195,662 lesson-metres`,
/// `EUR 3,150,000.00`), while JSON and CSV keep their plain values; a breakdown of grants by
/// region holds only the national total against the budget; capacity fits a narrow terminal by
/// leaving out its least important columns, as invest does.
@Suite struct TerminalNumberTests {
    /// `1234567` as `1,234,567`, written here apart from gymplan's own formatting.
    private func grouped(_ digits: String) -> String {
        guard !digits.isEmpty else { return "" }
        let negative = digits.hasPrefix("-")
        let parts = (negative ? String(digits.dropFirst()) : digits).split(separator: ".", maxSplits: 1)
        var whole = ""
        for (index, digit) in parts[0].reversed().enumerated() {
            if index > 0 && index % 3 == 0 { whole.append(",") }
            whole.append(digit)
        }
        return (negative ? "-" : "") + String(whole.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func capacityAndRosterSummariesGroupTheirThousands() throws {
        let database = try TestDatabase.sample("numbers-summaries")
        defer { try? database.drop() }
        let plan = try json(try GymPlanCLI.run(["capacity", "--school-year", "2021-2022", "--format", "json"], database: database).standardOutput)
        let cost = try #require(plan["total_cost"] as? Int)
        #expect(cost >= 1000, "the sample's distance should need a separator: \(cost)")
        let table = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022", "--wide"], database: database)
        #expect(table.standardOutput.contains("total distance \(grouped(String(cost))) lesson-metres."), "\(table.standardOutput)")
        #expect(!table.standardOutput.contains(String(cost)))

        let roster = try json(try GymPlanCLI.run(["roster", "--school-year", "2021-2022", "--format", "json"], database: database).standardOutput)
        let walked = try #require((roster["summary"] as? [String: Any])?["walking_distance_m"] as? Int)
        #expect(walked >= 1000, "\(walked)")
        let rosterTable = try GymPlanCLI.run(["roster", "--school-year", "2021-2022", "--wide"], database: database)
        #expect(rosterTable.standardOutput.contains(", \(grouped(String(walked))) m walked one way"), "\(rosterTable.standardOutput)")
    }

    @Test func grantAmountsAreGroupedInTheTableAndPlainInCSV() throws {
        let database = try TestDatabase.sample("numbers-grants")
        defer { try? database.drop() }
        let csv = try GymPlanCLI.run(["grants", "--format", "csv"], database: database).standardOutput
        let rows = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let table = try GymPlanCLI.run(["grants", "--wide"], database: database).standardOutput
        var checked = 0
        for row in rows where Double(row[8]) ?? 0 >= 1000 {
            // school_year, ..., amount_requested_eur (7), amount_granted_eur (8), budget_eur (9)
            let line = try #require(table.split(separator: "\n").first { $0.hasPrefix(row[0]) }, "\(row[0])")
            #expect(line.contains(grouped(row[8])) && (row[9].isEmpty || line.contains(grouped(row[9]))), "\(line) for \(row)")
            #expect(!row[8].contains(","))
            checked += 1
        }
        #expect(checked > 0)
        #expect(table.contains("3,150,000.00"), "\(table)")
        #expect(!table.contains("3150000"))
    }

    @Test func aBreakdownByRegionHoldsOnlyTheNationalTotalAgainstTheBudget() throws {
        let database = try TestDatabase.sample("numbers-budget")
        defer { try? database.drop() }
        let national = try json(try GymPlanCLI.run(["grants", "--format", "json"], database: database).standardOutput)
        let years = try #require(national["rows"] as? [[String: Any]])
        for grouping in ["municipality", "board", "province"] {
            let result = try GymPlanCLI.run(["grants", "--by", grouping, "--wide"], database: database)
            #expect(result.status == 0, "\(result.standardError)")
            let header = try #require(result.standardOutput.split(separator: "\n").first)
            #expect(!header.contains("budget"), "\(grouping): \(header)")
            var lines = 0
            for year in years where (year["applications"] as? Int ?? 0) > 0 {
                let name = try #require(year["school_year"] as? String)
                let granted = try #require(year["amount_granted_eur"] as? Double)
                var expected = "\(name): EUR \(grouped(String(format: "%.2f", granted))) granted nationally"
                if let budget = year["budget_eur"] as? Double {
                    let used = ((year["budget_used"] as? Double ?? 0) * 1000).rounded() / 10
                    expected += " of the budget of EUR \(grouped(String(format: "%.2f", budget))) (\(String(format: "%.1f", used))% used)"
                } else {
                    expected += "; no budget on record for the year"
                }
                #expect(result.standardOutput.contains(expected),
                        "\(grouping): \(expected)\n\(result.standardOutput)")
                lines += 1
            }
            #expect(lines > 0)
        }
        // The machine formats keep every row's figures as they were.
        let csv = try GymPlanCLI.run(["grants", "--by", "municipality", "--format", "csv"], database: database).standardOutput
        #expect(csv.hasPrefix("school_year,municipality,applications,awards,rejections,withdrawals,completions,open,"
            + "amount_requested_eur,amount_granted_eur,budget_eur,budget_used,"), "\(csv)")
    }

    @Test func capacityFitsANarrowTerminalByLeavingOutColumns() throws {
        let database = try TestDatabase.sample("numbers-width")
        defer { try? database.drop() }
        for arguments in [["capacity", "--school-year", "2021-2022"],
                          ["capacity", "--school-year", "2021-2022", "--what-if", "add-halls:GM0289-G001:3"],
                          ["grants", "--by", "municipality"], ["grants", "--by", "board"]] {
            for width in [60, 50] {
                let result = try GymPlanCLI.run(arguments, database: database, environment: ["COLUMNS": String(width)])
                #expect(result.status == 0, "\(arguments): \(result.standardError)")
                for line in result.standardOutput.split(separator: "\n") {
                    #expect(line.count <= width, "\(arguments) COLUMNS=\(width): \(line)\n\(result.standardOutput)")
                }
            }
        }
        let narrow = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022"], database: database, environment: ["COLUMNS": "60"])
        #expect(narrow.standardOutput.contains("(not shown: distance-obstacle schools"), "\(narrow.standardOutput)")
        #expect(narrow.standardOutput.contains("municipality") && narrow.standardOutput.contains("unmet"))
        let wide = try GymPlanCLI.run(["capacity", "--school-year", "2021-2022"], database: database, environment: ["COLUMNS": "140"])
        #expect(!wide.standardOutput.contains("not shown"), "\(wide.standardOutput)")
    }
}
