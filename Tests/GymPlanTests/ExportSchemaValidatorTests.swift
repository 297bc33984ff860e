import Foundation
import GymPlan
import TestSupport
import Testing

@Suite("JSON Schema validator")
struct ExportSchemaValidatorTests {
    /// The sample document as a mutable JSON object.
    private func sample() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: ExportSamples.export().jsonData()) as? [String: Any] ?? [:]
    }

    private func problems(_ object: [String: Any]) throws -> [String] {
        try ExportSamples.schemaValidator().problems(in: JSONSerialization.data(withJSONObject: object))
    }

    @Test func rejectsAMissingRequiredField() throws {
        var object = try sample()
        object["summary"] = nil
        #expect(try problems(object) == ["$: missing summary"])
    }

    @Test func rejectsAnUnknownField() throws {
        var object = try sample()
        object["teacher_id"] = "T1"
        #expect(try problems(object) == ["$: unexpected property teacher_id"])
    }

    @Test func rejectsWrongTypesPatternsAndConstants() throws {
        var object = try sample()
        object["schema_version"] = "2"
        object["school_year"] = "2019/2020"
        var schools = object["schools"] as? [[String: Any]] ?? []
        schools[0]["nearest_gym_m"] = 1.5
        schools[0]["meets_lessons_goal"] = "yes"
        schools[1]["unmet_lessons"] = -1
        object["schools"] = schools
        let found = try problems(object)
        #expect(found.contains("$.schema_version: must be \"1\""))
        #expect(found.contains { $0.hasPrefix("$.school_year: '2019/2020' does not match") })
        #expect(found.contains("$.schools[0].nearest_gym_m: number where integer or null is expected"))
        #expect(found.contains("$.schools[0].meets_lessons_goal: string where boolean or null is expected"))
        #expect(found.contains("$.schools[1].unmet_lessons: -1.0 is below 0.0"))
        #expect(found.count == 5)
    }

    @Test func rejectsAnUnknownObstacle() throws {
        var object = try sample()
        var municipalities = object["municipalities"] as? [[String: Any]] ?? []
        municipalities[0]["obstacles"] = ["traffic"]
        object["municipalities"] = municipalities
        #expect(try problems(object) == ["$.municipalities[0].obstacles[0]: not one of the allowed values"])
    }

    @Test func reportsUnsupportedKeywords() throws {
        let validator = try JSONSchemaValidator(schema: Data(#"{"type": "integer", "multipleOf": 2}"#.utf8))
        #expect(try validator.problems(in: Data("3".utf8)) == ["$: unsupported keyword multipleOf"])
    }

    @Test func checksLengthsAndUpperLimits() throws {
        let text = try JSONSchemaValidator(schema: Data(#"{"type": "string", "minLength": 1, "maxLength": 2}"#.utf8))
        #expect(try text.problems(in: Data(#""ab""#.utf8)) == [])
        #expect(try text.problems(in: Data(#""abc""#.utf8)) == ["$: 'abc' breaks maxLength 2"])
        #expect(try text.problems(in: Data(#""""#.utf8)).count == 1)
        let number = try JSONSchemaValidator(schema: Data(#"{"type": "number", "exclusiveMinimum": 0, "maximum": 5}"#.utf8))
        #expect(try number.problems(in: Data("5".utf8)) == [])
        #expect(try number.problems(in: Data("0".utf8)).count == 1)
        #expect(try number.problems(in: Data("6".utf8)).count == 1)
    }

    @Test func booleansAreNotNumbers() throws {
        let validator = try JSONSchemaValidator(schema: Data(#"{"type": "integer"}"#.utf8))
        #expect(try validator.problems(in: Data("true".utf8)) == ["$: boolean where integer is expected"])
        #expect(try validator.problems(in: Data("3".utf8)) == [])
    }
}
