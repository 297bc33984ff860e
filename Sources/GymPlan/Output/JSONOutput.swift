import Foundation

/// How gymplan writes JSON, for every document and `--json` output alike: keys sorted, two-space
/// indented, slashes unescaped, so the same data always gives the same bytes.
enum JSONOutput {
    /// An encoder with that formatting; `snakeCaseKeys` turns Swift property names into
    /// `snake_case` keys, for documents without coding keys of their own.
    static func encoder(snakeCaseKeys: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return encoder
    }

    /// The value as JSON text.
    static func text(_ value: some Encodable, snakeCaseKeys: Bool = false) throws -> String {
        String(decoding: try encoder(snakeCaseKeys: snakeCaseKeys).encode(value), as: UTF8.self)
    }
}
