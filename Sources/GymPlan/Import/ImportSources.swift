import Foundation

/// The files named by the paths of `gymplan import`: files as given, folders as their `.csv` files.
enum ImportSources {
    struct Source {
        var path: String
        /// The name used in messages.
        var name: String
        var inFolder: Bool
    }

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
            let csvNames = names.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()
            if csvNames.isEmpty {
                problems.append(ImportProblem(file: path, line: 0, message: "the folder has no .csv files"))
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            sources += csvNames.map { Source(path: prefix + $0, name: prefix + $0, inFolder: true) }
        }
        return sources
    }
}
