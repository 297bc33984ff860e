import Foundation

/// The files named by the paths of `gymplan import`: files as given, folders as their `.csv` files
/// (and their spreadsheets, to name them as skipped).
enum ImportSources {
    struct Source {
        var path: String
        /// The name used in messages.
        var name: String
        var inFolder: Bool
    }

    /// Files that a user may have meant as data, but that are not CSV text.
    static let spreadsheetExtensions = [".xlsx", ".xlsm", ".xls", ".ods", ".pdf", ".numbers"]

    static func expand(_ paths: [String], problems: inout [ImportProblem]) -> [Source] {
        var sources: [Source] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(ImportProblem(file: path, line: 0, message: "no such file or folder"))
                continue
            }
            guard isFolder.boolValue else {
                sources.append(Source(path: path, name: path, inFolder: false))
                continue
            }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: path)
            } catch {
                problems.append(ImportProblem(file: path, line: 0, message: "cannot list the folder"))
                continue
            }
            let visible = names.filter { !$0.hasPrefix(".") }.sorted()
            let csvNames = visible.filter { $0.lowercased().hasSuffix(".csv") }
            if csvNames.isEmpty {
                problems.append(ImportProblem(file: path, line: 0, message: "the folder has no .csv files"))
            }
            // Spreadsheets beside the CSV files are read only to be named as skipped.
            let taken = visible.filter { name in
                csvNames.contains(name) || spreadsheetExtensions.contains { name.lowercased().hasSuffix($0) }
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            sources += (csvNames.isEmpty ? [] : taken).map { Source(path: prefix + $0, name: prefix + $0, inFolder: true) }
        }
        return sources
    }
}
