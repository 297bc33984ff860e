import Foundation
@testable import GymPlan
import Testing

@Suite("JSON output: explicit nulls and one encoder configuration")
struct ExplicitNullTests {
    private struct Row: Codable, Equatable {
        var name: String
        @ExplicitNull var share: Double?
        @ExplicitNull var source: LocationSource?
        var plain: Int?
    }

    @Test func aMissingValueIsWrittenAsNullAndAPlainOptionalIsLeftOut() throws {
        let text = try JSONOutput.text(Row(name: "a/b", share: nil, source: nil, plain: nil))
        #expect(text == "{\n  \"name\" : \"a/b\",\n  \"share\" : null,\n  \"source\" : null\n}")
        let full = try JSONOutput.text(Row(name: "x", share: 0.25, source: .pc4, plain: 1))
        #expect(full == "{\n  \"name\" : \"x\",\n  \"plain\" : 1,\n  \"share\" : 0.25,\n  \"source\" : \"pc4\"\n}")
    }

    @Test func nullsAndMissingKeysReadBackAsNoValue() throws {
        let row = Row(name: "x", share: 0.5, source: .file, plain: nil)
        #expect(try JSONDecoder().decode(Row.self, from: Data(try JSONOutput.text(row).utf8)) == row)
        let empty = Row(name: "y", share: nil, source: nil, plain: nil)
        #expect(try JSONDecoder().decode(Row.self, from: Data(#"{"name":"y","share":null}"#.utf8)) == empty)
    }

    @Test func snakeCaseKeysOnlyWhenAsked() throws {
        struct Figures: Encodable { var unmetLessons = 2 }
        #expect(try JSONOutput.text(Figures()) == "{\n  \"unmetLessons\" : 2\n}")
        #expect(try JSONOutput.text(Figures(), snakeCaseKeys: true) == "{\n  \"unmet_lessons\" : 2\n}")
    }
}
