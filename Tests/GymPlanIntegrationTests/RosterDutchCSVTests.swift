import Foundation
import Testing
import TestSupport

/// `gymplan roster --municipality CODE --format csv --locale nl` (data contract, section 6): the
/// Dutch CSV (`;`, CRLF, quoted only where a field holds `;`, a quote or a line break) of the same
/// tables as the JSON document, limited to the classes of that municipality's schools wherever their
/// gyms are; on the data set of ``RosterCommandTests``.
@Suite("gymplan roster --format csv --locale nl --municipality")
struct RosterDutchCSVTests {
    /// One Dutch CSV record of `fields`.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ";") + "\r\n"
    }

    static func text(_ value: Any?) -> String { value.map { $0 is NSNull ? "" : "\($0)" } ?? "" }

    static func run(_ database: TestDatabase, _ arguments: [String]) throws -> String {
        let result = try GymPlanCLI.run(["roster", "--school-year", "2019-2020"] + arguments, database: database)
        try #require(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    /// The file's text after its byte-order mark, which a Dutch CSV starts with (for Excel).
    static func file(_ path: String, dutch: Bool = true) throws -> String {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect((Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF]) == dutch, "\(path): a byte-order mark in Dutch CSV only")
        return String(decoding: bytes.dropFirst(dutch ? 3 : 0), as: UTF8.self)
    }

    @Test func theRosterOfOneMunicipalityInDutchCSV() throws {
        let (database, folder) = try RosterCommandTests.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        var seen: [String: [String]] = [:]
        for code in ["GM0001", "GM0002"] {
            let document = try RosterCommandTests.json(try Self.run(database, ["--municipality", code, "--format", "json"]))
            let output = folder + "/csv-" + code
            _ = try Self.run(database, ["--municipality", code, "--format", "csv", "--locale", "nl", "--output", output])
            let lessons = try #require(document["lessons"] as? [[String: Any]])
            let keys = ["gym_id", "hall", "weekday", "start", "end", "school_id", "class_id", "distance_m", "walking_minutes"]
            let roster = try Self.file(output + "/roster.csv")
            #expect(roster == Self.line(keys) + lessons.map { lesson in Self.line(keys.map { Self.text(lesson[$0]) }) }.joined())
            let unscheduled = try #require(document["unscheduled"] as? [[String: Any]])
            let missing = ["school_id", "class_id", "missing_lessons", "reason"]
            #expect(try Self.file(output + "/unscheduled.csv")
                == Self.line(missing) + unscheduled.map { item in Self.line(missing.map { Self.text(item[$0]) }) }.joined())
            seen[code] = roster.split(separator: "\r\n").dropFirst().map(String.init)
        }
        // GM0001: 5a of 00AA00 twice at G1, 300 m and 5 minutes; 7a (no gym) in unscheduled.
        let one = seen["GM0001"] ?? []
        #expect(one.count == 2 && one.allSatisfy { $0.hasPrefix("G1;1;") && $0.hasSuffix(";00AA00;5a;300;5") }, "\(one)")
        #expect(try Self.file(folder + "/csv-GM0001/unscheduled.csv").contains("\r\n02AC00;7a;2;no gym within reach"))
        // GM0002: 6b of 01AB00 twice at G1, a gym of GM0001, 600 m and 10 minutes; nothing unscheduled.
        let two = seen["GM0002"] ?? []
        #expect(two.count == 2 && two.allSatisfy { $0.hasPrefix("G1;1;") && $0.hasSuffix(";01AB00;6b;600;10") }, "\(two)")
        #expect(try Self.file(folder + "/csv-GM0002/unscheduled.csv") == "school_id;class_id;missing_lessons;reason\r\n")
        // The two lessons of a class on different weekdays.
        for lines in [one, two] { #expect(Set(lines.map { $0.split(separator: ";")[2] }).count == 2) }
    }

    @Test func theCheckOfOneMunicipalityInDutchCSV() throws {
        let (database, folder) = try RosterCommandTests.database()
        defer { try? FileManager.default.removeItem(atPath: folder); try? database.drop() }
        let arguments = ["--check", "--municipality", "GM0002"]
        let document = try RosterCommandTests.json(try Self.run(database, arguments + ["--format", "json"]))
        let conflicts = try #require(document["conflicts"] as? [[String: Any]])
        #expect(conflicts.count == 5 && conflicts.allSatisfy { $0["school_id"] as? String == "01AB00" }, "\(conflicts)")
        let dutch = folder + "/nl", english = folder + "/en"
        _ = try Self.run(database, arguments + ["--format", "csv", "--locale", "nl", "--output", dutch])
        _ = try Self.run(database, arguments + ["--format", "csv", "--output", english])
        let keys = ["kind", "school_id", "class_id", "weekday", "start", "gym_id", "detail"]
        let text = try Self.file(dutch + "/conflicts.csv")
        #expect(text == Self.line(keys) + conflicts.map { conflict in Self.line(keys.map { Self.text(conflict[$0]) }) }.joined())
        // A detail with a comma is quoted in the English CSV and not in the Dutch one.
        let detail = try #require(conflicts.compactMap { $0["detail"] as? String }.first { $0.contains(",") && !$0.contains(";") })
        #expect(text.contains(";" + detail + "\r\n"))
        #expect(try Self.file(english + "/conflicts.csv", dutch: false).contains(",\"" + detail.replacingOccurrences(of: "\"", with: "\"\"") + "\"\r\n"))
    }
}
