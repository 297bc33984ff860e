import Foundation
import GymPlan

/// Checks a JSON document against a JSON Schema (draft 2020-12), for the keywords gymplan's
/// export schema uses: `$ref` to `#/$defs/...`, `type`, `const`, `enum`, `required`, `properties`,
/// `additionalProperties`, `items`, `minimum`, `maximum`, `exclusiveMinimum`, `minLength`, `maxLength`,
/// `pattern`. Any other assertion keyword is reported
/// as unsupported rather than silently passed.
public struct JSONSchemaValidator: Sendable {
    private let root: JSONValue
    private static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description", "$comment"]

    /// A validator for the schema in `schema` (JSON text).
    public init(schema: Data) throws {
        root = try JSONDecoder().decode(JSONValue.self, from: schema)
    }

    /// Every way `document` breaks the schema, as `path: message`; empty when it is valid.
    public func problems(in document: Data) throws -> [String] {
        let value = try JSONDecoder().decode(JSONValue.self, from: document)
        var problems: [String] = []
        check(value, against: root, at: "$", into: &problems)
        return problems
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let keywords) = schema else {
            if schema == .bool(false) { problems.append("\(path): not allowed") }
            return
        }
        for (keyword, argument) in keywords.sorted(by: { $0.key < $1.key }) {
            switch keyword {
            case "$ref": checkReference(value, argument, at: path, into: &problems)
            case "type": checkType(value, argument, at: path, into: &problems)
            case "const":
                if !value.sameValue(as: argument) { problems.append("\(path): must be \(argument.text)") }
            case "enum":
                if case .array(let options) = argument, !options.contains(where: { value.sameValue(as: $0) }) {
                    problems.append("\(path): not one of the allowed values")
                }
            case "minimum":
                if let number = value.numeric, let minimum = argument.numeric, number < minimum {
                    problems.append("\(path): \(number) is below \(minimum)")
                }
            case "maximum":
                if let number = value.numeric, let maximum = argument.numeric, number > maximum {
                    problems.append("\(path): \(number) is above \(maximum)")
                }
            case "exclusiveMinimum":
                if let number = value.numeric, let minimum = argument.numeric, number <= minimum {
                    problems.append("\(path): \(number) is not above \(minimum)")
                }
            case "minLength", "maxLength":
                if case .string(let text) = value, let limit = argument.numeric {
                    let length = Double(text.unicodeScalars.count)
                    if keyword == "minLength" ? length < limit : length > limit {
                        problems.append("\(path): '\(text)' breaks \(keyword) \(Int(limit))")
                    }
                }
            case "pattern": checkPattern(value, argument, at: path, into: &problems)
            case "required":
                if case .object(let members) = value, case .array(let names) = argument {
                    for case .string(let name) in names where members[name] == nil {
                        problems.append("\(path): missing \(name)")
                    }
                }
            case "properties", "additionalProperties":
                if keyword == "properties" || keywords["properties"] == nil {
                    checkMembers(value, keywords, at: path, into: &problems)
                }
            case "items":
                if case .array(let elements) = value {
                    for (index, element) in elements.enumerated() {
                        check(element, against: argument, at: "\(path)[\(index)]", into: &problems)
                    }
                }
            default:
                if !Self.annotations.contains(keyword) { problems.append("\(path): unsupported keyword \(keyword)") }
            }
        }
    }

    private func checkMembers(_ value: JSONValue, _ keywords: [String: JSONValue], at path: String, into problems: inout [String]) {
        guard case .object(let members) = value else { return }
        var properties: [String: JSONValue] = [:]
        if case .object(let declared) = keywords["properties"] { properties = declared }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            if let schema = properties[name] {
                check(member, against: schema, at: "\(path).\(name)", into: &problems)
            } else if let additional = keywords["additionalProperties"] {
                if additional == .bool(false) {
                    problems.append("\(path): unexpected property \(name)")
                } else {
                    check(member, against: additional, at: "\(path).\(name)", into: &problems)
                }
            }
        }
    }

    private func checkReference(_ value: JSONValue, _ argument: JSONValue, at path: String, into problems: inout [String]) {
        guard case .string(let reference) = argument, reference.hasPrefix("#/$defs/"),
              case .object(let rootKeywords) = root, case .object(let definitions) = rootKeywords["$defs"],
              let target = definitions[String(reference.dropFirst("#/$defs/".count))] else {
            problems.append("\(path): cannot resolve $ref \(argument)")
            return
        }
        check(value, against: target, at: path, into: &problems)
    }

    private func checkType(_ value: JSONValue, _ argument: JSONValue, at path: String, into problems: inout [String]) {
        var allowed: [String] = []
        switch argument {
        case .string(let name): allowed = [name]
        case .array(let names): allowed = names.compactMap { if case .string(let name) = $0 { name } else { nil } }
        default: break
        }
        let actual = value.typeName
        let matches = allowed.contains(actual)
            || (actual == "integer" && allowed.contains("number"))
            || (actual == "number" && allowed.contains("integer") && value.numeric.map { $0.rounded() == $0 } == true)
        if !matches { problems.append("\(path): \(actual) where \(allowed.joined(separator: " or ")) is expected") }
    }

    private func checkPattern(_ value: JSONValue, _ argument: JSONValue, at path: String, into problems: inout [String]) {
        guard case .string(let text) = value, case .string(let pattern) = argument else { return }
        guard let expression = try? NSRegularExpression(pattern: pattern) else {
            problems.append("\(path): bad pattern \(pattern)")
            return
        }
        let range = NSRange(text.startIndex..., in: text)
        if expression.firstMatch(in: text, range: range) == nil {
            problems.append("\(path): '\(text)' does not match \(pattern)")
        }
    }
}
