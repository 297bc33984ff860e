import Foundation

/// Writes the roster or the check in one format: JSON or HTML to one file, CSV tables into a folder,
/// all or nothing (see `OutputFiles`).
public struct RosterWriter: Sendable {
    public var format: ExportFormat
    /// Dutch CSV: `;` and decimal commas.
    public var dutch: Bool

    public init(format: ExportFormat, dutch: Bool = false) {
        self.format = format
        self.dutch = dutch
    }

    /// The JSON document or the HTML page (for CSV, the lessons table alone). `gyms` give the page its halls and slots.
    public func document(_ roster: RosterDocument, gyms: [RosterGym] = []) throws -> Data {
        switch format {
        case .json: try roster.jsonData()
        case .html: Data(RosterReport(document: roster, gyms: Dictionary(gyms.map { ($0.id, $0) }) { first, _ in first }).html().utf8)
        case .csv: Data(RosterCSV(dutch: dutch).lessons(roster).utf8)
        }
    }

    /// The check as JSON (also for HTML, which the check has no page of) or its conflicts table.
    public func document(_ check: RosterCheckDocument) throws -> Data {
        format == .csv ? Data(RosterCSV(dutch: dutch).conflicts(check).utf8) : try check.jsonData()
    }

    /// Writes the roster to `path`; returns the paths written.
    @discardableResult
    public func write(_ roster: RosterDocument, gyms: [RosterGym] = [], to path: String) throws -> [String] {
        guard format == .csv else {
            try OutputFiles.write(try document(roster, gyms: gyms), to: path)
            return [path]
        }
        return try writeFolder(RosterCSV(dutch: dutch).files(roster), to: path)
    }

    /// Writes the check to `path`; returns the paths written.
    @discardableResult
    public func write(_ check: RosterCheckDocument, to path: String) throws -> [String] {
        guard format == .csv else {
            try OutputFiles.write(try document(check), to: path)
            return [path]
        }
        return try writeFolder(RosterCSV(dutch: dutch).files(check), to: path)
    }

    private func writeFolder(_ tables: [(name: String, content: String)], to path: String) throws -> [String] {
        try OutputFiles.createFolder(path)
        let files = tables.map { name, content in
            (path: URL(fileURLWithPath: path).appendingPathComponent(name).path, data: Data(content.utf8))
        }
        try OutputFiles.write(files)
        return files.map(\.path)
    }
}
