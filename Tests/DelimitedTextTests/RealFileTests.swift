import Foundation
import Testing
@testable import DelimitedText

/// The real public files in `shared/data` (beside the repository), read as they are shipped.
@Suite(.enabled(if: RealFiles.available, "shared/data not found"))
struct RealFileTests {
    @Test func duoSchoolLocationsAreWindows1252SemicolonCrlf() throws {
        let t = try DelimitedTable(contentsOfFile: RealFiles.path("duo/03-alle-vestigingen-bo-2021-10-01.csv"), file: "duo.csv")
        #expect(t.encoding == .windows1252)
        #expect(t.delimiter == .semicolon)
        #expect(t.problems.isEmpty)
        #expect(t.records.count == 6215)
        let code = try #require(t.header.index(of: "vestigingsnummer"))
        #expect(t.records.first?[code] == "16AH00")
        let name = try #require(t.header.index(of: "VESTIGINGSNAAM"))
        #expect(t.records.contains { $0[name]?.contains("é") == true })
    }

    @Test func cbsMunicipalitiesAndPc4AreUtf8Comma() throws {
        let cbs = try DelimitedTable(contentsOfFile: RealFiles.path("cbs/gemeenten-alfabetisch-2021.csv"))
        #expect(cbs.delimiter == .comma)
        #expect(cbs.records.count == 352)
        #expect(cbs.problems.isEmpty)
        let pc4 = try DelimitedTable(contentsOfFile: RealFiles.path("pc4/4pp.csv"))
        #expect(pc4.records.count == 4699)
        #expect(pc4.problems.isEmpty)
    }
}

enum RealFiles {
    /// `GYMPLAN_SHARED_DATA`, or `shared/data` beside the repository.
    static let directory: String = {
        if let value = ProcessInfo.processInfo.environment["GYMPLAN_SHARED_DATA"] { return value }
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Tests/DelimitedTextTests/RealFileTests.swift, and the repository
        return parts.joined(separator: "/") + "/shared/data"
    }()

    static var available: Bool { (try? FileBytes.contents(of: path("pc4/4pp.csv"))) != nil }

    static func path(_ relative: String) -> String { directory + "/" + relative }
}
