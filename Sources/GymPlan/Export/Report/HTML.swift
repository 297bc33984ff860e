/// A piece of HTML markup that is safe by construction: the literal text written in the source is
/// markup, and every value interpolated into it is escaped, except nested `HTML` values (already
/// safe) and text passed as `\(raw: ...)`, which the caller vouches for.
///
///     let cell: HTML = "<td title=\"\(school.name)\">\(count)</td>"   // name and count escaped
struct HTML: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The markup, ready to be written out.
    private(set) var markup: String

    /// No markup at all.
    static let empty = HTML(trusted: "")

    /// Markup the caller vouches for, taken as it is.
    init(trusted markup: String) {
        self.markup = markup
    }

    /// Escaped text, safe in element content and in quoted attribute values.
    init(text: String) {
        markup = HTML.escape(text)
    }

    /// A literal without interpolations is markup written by the programmer.
    init(stringLiteral markup: String) {
        self.markup = markup
    }

    init(stringInterpolation: Interpolation) {
        markup = stringInterpolation.markup
    }

    var description: String { markup }

    static func + (left: HTML, right: HTML) -> HTML {
        HTML(trusted: left.markup + right.markup)
    }

    static func += (left: inout HTML, right: HTML) {
        left.markup += right.markup
    }

    /// Escapes the five characters that matter in HTML text and quoted attributes.
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: a scan of its bytes is much cheaper than a copy by character.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Builds markup from literal pieces and interpolated values, escaping the values.
    struct Interpolation: StringInterpolationProtocol {
        var markup: String

        init(literalCapacity: Int, interpolationCount: Int) {
            markup = ""
            markup.reserveCapacity(literalCapacity + interpolationCount * 8)
        }

        mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        /// Text, escaped.
        mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        /// Any other value by its description, escaped.
        mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            markup += HTML.escape(value.description)
        }

        /// Nested markup, already safe, as it is.
        mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        /// Text the caller vouches for (an embedded style sheet or script), not escaped.
        mutating func appendInterpolation(raw markup: String) {
            self.markup += markup
        }
    }
}

extension Sequence where Element == HTML {
    /// The pieces one after the other, with `separator` (markup) between them.
    func joined(separator: HTML = .empty) -> HTML {
        HTML(trusted: map(\.markup).joined(separator: separator.markup))
    }
}
