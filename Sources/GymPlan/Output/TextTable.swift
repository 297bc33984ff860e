/// A plain-text table for the terminal: a header, aligned columns (numbers to the right), made to
/// fit a width: long names are cut with an ellipsis (`…`), long texts wrapped onto further lines.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int>
    /// Columns whose cells may be cut with `…` to fit the width (names).
    public var shrinkable: Set<Int>
    /// Columns whose cells may be wrapped onto further lines to fit the width (reasons, lists).
    public var wrapping: Set<Int>
    /// Columns left out, in this order, when the table does not fit otherwise; a line under the
    /// table names them.
    public var droppable: [Int]
    /// Cut or wrapped columns that may be narrower than the usual minimum, by column: short
    /// words such as a kind of conflict wrap well in less.
    public var narrowest: [Int: Int] = [:]

    /// The fewest characters a cut or wrapped column keeps (or its header's, when that is longer).
    static let minimumShrunkWidth = 8
    static let minimumWrappedWidth = 16

    public init(headers: [String], rows: [[String]] = [], rightAligned: Set<Int> = [],
                shrinkable: Set<Int> = [], wrapping: Set<Int> = [], droppable: [Int] = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
        self.shrinkable = shrinkable
        self.wrapping = wrapping
        self.droppable = droppable
    }

    /// The table at its natural width.
    public var rendered: String { rendered(width: nil) }

    /// The table within `width` characters a line where its cut and wrapped columns allow it
    /// (nil: every cell whole).
    public func rendered(width: Int?) -> String {
        guard let width else { return laidOut(width: nil) }
        var table = self
        var dropped: [String] = []
        var text = table.laidOut(width: width)
        for column in droppable where text.split(separator: "\n").contains(where: { $0.count > width }) {
            guard let index = table.headers.firstIndex(of: headers[column]) else { continue }
            dropped.append(headers[column])
            table = table.removing(column: index)
            text = table.laidOut(width: width)
        }
        guard !dropped.isEmpty else { return text }
        let note = "(not shown: \(dropped.joined(separator: ", ")); --wide shows every column)"
        return text + "\n" + Self.wrap(note, to: width).joined(separator: "\n")
    }

    /// The table without one of its columns.
    private func removing(column: Int) -> TextTable {
        func shifted(_ set: Set<Int>) -> Set<Int> { Set(set.compactMap { $0 == column ? nil : ($0 > column ? $0 - 1 : $0) }) }
        var table = self
        table.headers.remove(at: column)
        table.rows = rows.map { row in var row = row; if column < row.count { row.remove(at: column) }; return row }
        table.rightAligned = shifted(rightAligned)
        table.shrinkable = shifted(shrinkable)
        table.wrapping = shifted(wrapping)
        table.droppable = []
        table.narrowest = Dictionary(uniqueKeysWithValues: narrowest.compactMap { index, width in
            index == column ? nil : (index > column ? index - 1 : index, width)
        })
        return table
    }

    private func laidOut(width: Int?) -> String {
        let columnCount = headers.count
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.prefix(columnCount).enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        if let width { fit(&widths, into: width) }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for index in 0..<columnCount {
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                parts.append(rightAligned.contains(index) ? padding + cell : cell + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        // A header wider than its column goes onto more lines, at its spaces.
        let headerLines = headers.enumerated().map { Self.wrap($1, to: widths[$0]) }
        var lines = (0..<(headerLines.map(\.count).max() ?? 1)).map { number in
            line(headerLines.map { number < $0.count ? $0[number] : "" })
        }
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in rows {
            var cells = (0..<columnCount).map { $0 < row.count ? row[$0] : "" }
            var wrapped: [Int: [String]] = [:]
            for index in 0..<columnCount where cells[index].count > widths[index] {
                if wrapping.contains(index) {
                    wrapped[index] = Self.wrap(cells[index], to: widths[index])
                    cells[index] = wrapped[index]?.first ?? ""
                } else {
                    cells[index] = Self.cut(cells[index], to: widths[index])
                }
            }
            lines.append(line(cells))
            let more = wrapped.values.map(\.count).max() ?? 1
            for extra in 1..<max(1, more) {
                lines.append(line((0..<columnCount).map { index in
                    guard let parts = wrapped[index], extra < parts.count else { return "" }
                    return parts[extra]
                }))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Narrows the columns whose headers are wider than their cells (the header then takes more
    /// lines), then the cut columns, then the wrapped ones, the widest first, until the table fits.
    private func fit(_ widths: inout [Int], into width: Int) {
        var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - width
        for index in widths.indices where excess > 0 {
            let cells = rows.map { $0.count > index ? $0[index].count : 0 }.max() ?? 0
            let word = headers[index].split(separator: " ").map(\.count).max() ?? 0
            let narrowest = max(cells, word)
            let saved = min(excess, max(0, widths[index] - narrowest))
            widths[index] -= saved
            excess -= saved
        }
        let phases = [(shrinkable, 20), (wrapping, 24), (shrinkable, Self.minimumShrunkWidth), (wrapping, Self.minimumWrappedWidth)]
        for (columns, minimum) in phases {
            while excess > 0 {
                let floor = { (index: Int) in
                    max(self.narrowest[index].map { min($0, minimum) } ?? minimum,
                        self.headers[index].split(separator: " ").map(\.count).max() ?? 0)
                }
                guard let widest = columns.filter({ $0 < widths.count && widths[$0] > floor($0) })
                    .max(by: { (widths[$0], $1) < (widths[$1], $0) }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
        }
    }

    /// `text` in at most `width` characters, its end replaced by `…` when it is longer.
    static func cut(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)).trimmingTrailingSpaces + "…"
    }

    /// A line of text within `width` (its further lines indented by two), or as it is without one:
    /// the headings and summary lines around a table.
    public static func fitted(_ line: String, width: Int?) -> String {
        width.map { wrap(line, to: $0 - 2).joined(separator: "\n  ") } ?? line
    }

    /// `text` in lines of at most `width` characters, broken at spaces where it can be.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension TextTable {
    /// A share as a percentage for a table, `42.5%` (or `-` without one); JSON and CSV keep fractions.
    public static func percent(_ share: Double?) -> String {
        share.map { ($0 * 100).formatted(fractionDigits: 1) + "%" } ?? "-"
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
