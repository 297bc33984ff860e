import Foundation
import TestSupport
import Testing

/// The README's layout section names the tree as it is: every folder of the repository, of
/// Sources/ and of Sources/GymPlan/, and nothing that is not there.
@Suite struct ReadmeLayoutTests {
    /// The paths the section names, first word of each entry; an entry indented by two spaces is
    /// a folder of the entry above it that is not indented.
    static func namedPaths() throws -> [String] {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Layout\n").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```\n").dropFirst().first)
        var paths: [String] = []
        var parent = ""
        for line in block.split(separator: "\n") {
            let word = String(line.split(separator: " ").first ?? "")
            if line.hasPrefix("  "), !line.hasPrefix("   ") {
                paths.append(parent + word)
            } else if !line.hasPrefix(" ") {
                parent = word
                paths.append(word)
            }
        }
        return paths
    }

    private static func folders(in relative: String) throws -> [String] {
        let url = relative.isEmpty ? Repository.root : Repository.root.appendingPathComponent(relative)
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isDirectoryKey])
            .filter { try $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == true }
            .map(\.lastPathComponent).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func everyNamedPathExists() throws {
        let paths = try Self.namedPaths()
        #expect(paths.count > 20)
        for path in paths {
            #expect(FileManager.default.fileExists(atPath: Repository.root.appendingPathComponent(path).path), "\(path)")
        }
    }

    @Test func everyFolderIsNamed() throws {
        let paths = Set(try Self.namedPaths())
        // Folders git ignores (a benchmark's data, an output folder) are not the tree's.
        for folder in try Self.folders(in: "") where !["out", "bench-data"].contains(folder) {
            #expect(paths.contains { $0.hasPrefix(folder + "/") }, "\(folder)/ is not in the README's layout")
        }
        for folder in try Self.folders(in: "Sources") {
            #expect(paths.contains("Sources/\(folder)/"), "Sources/\(folder)/ is not in the README's layout")
        }
        for folder in try Self.folders(in: "Sources/GymPlan") {
            #expect(paths.contains("Sources/GymPlan/\(folder)/"), "Sources/GymPlan/\(folder)/ is not in the README's layout")
        }
    }
}
