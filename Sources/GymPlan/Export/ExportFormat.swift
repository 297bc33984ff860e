import Foundation

/// The forms the ministry export takes: the JSON document, CSV tables, or an HTML report.
public enum ExportFormat: String, Sendable, CaseIterable {
    case json
    case csv
    case html
}

/// Writes an export in one format to files.
public struct ExportWriter: Sendable {
    public var format: ExportFormat
    /// Dutch CSV: `;` and decimal commas.
    public var dutch: Bool
    /// The language of the CSV tables' column names and booleans, and of the HTML report.
    public var language: Language
    /// Municipality borders for the HTML report's map; without them, those built into gymplan.
    public var outlines: MunicipalityOutlines?
    /// The investment plan that `export --with-plan` adds to the JSON and the HTML report.
    public var investment: ExportInvestment?

    public init(format: ExportFormat, dutch: Bool = false, language: Language = .en, outlines: MunicipalityOutlines? = nil) {
        self.format = format
        self.dutch = dutch
        self.language = language
        self.outlines = outlines
    }

    /// The bytes of the JSON document or the HTML page (for CSV, the schools table alone).
    public func document(_ export: MinistryExport) throws -> Data {
        switch format {
        case .json: try investment.map { try export.jsonData(with: $0) } ?? export.jsonData()
        case .html: Data(ExportReport(export: export, outlines: outlines, language: language, investment: investment).html().utf8)
        case .csv: Data(ExportCSV(dutch: dutch, language: language).schools(export).utf8)
        }
    }

    /// Writes to `path`: a file for JSON and HTML, a folder (created when missing) of
    /// `schools.csv` and `municipalities.csv` for CSV, all or nothing (see `OutputFiles`). Returns the
    /// paths written.
    @discardableResult
    public func write(_ export: MinistryExport, to path: String) throws -> [String] {
        guard format == .csv else {
            try OutputFiles.write(try document(export), to: path)
            return [path]
        }
        try OutputFiles.createFolder(path)
        let files = ExportCSV(dutch: dutch, language: language).files(export).map { name, content in
            (path: URL(fileURLWithPath: path).appendingPathComponent(name).path, data: Data(content.utf8))
        }
        try OutputFiles.write(files)
        return files.map(\.path)
    }
}
