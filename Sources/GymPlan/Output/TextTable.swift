/// A plain-text table for the terminal: a header, aligned columns (numbers to the right).
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int>

    public init(headers: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
    }

    public var rendered: String {
        let columnCount = headers.count
        var widths = headers.map(\.count)
        for row in rows {
            for (index, cell) in row.prefix(columnCount).enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for index in 0..<columnCount {
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                parts.append(rightAligned.contains(index) ? padding + cell : cell + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = [line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}
