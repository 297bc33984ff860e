/// `Codable` for values written as their text (dates, school years): a single string, parsed by
/// the type's own parser.
enum TextCoding {
    static func decode<Value: LosslessStringConvertible>(from decoder: any Decoder, noun: String) throws -> Value {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Value(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not \(noun): \(text)"))
        }
        return value
    }

    static func encode(_ value: some CustomStringConvertible, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value.description)
    }
}
