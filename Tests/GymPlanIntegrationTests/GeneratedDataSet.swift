import Foundation
import TestSupport
import Testing

/// A data set written by tools/gymplan_generate into a fresh temporary folder.
enum GeneratedDataSet {
    /// Runs the generator with `arguments` (seed, scale, years, profiles) and returns the folder.
    static func write(label: String, _ arguments: [String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-\(label)-\(UUID().uuidString.prefix(8))")
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", Repository.root.appendingPathComponent("tools/gymplan_generate").path]
            + arguments + ["--data", Repository.sharedData, folder.path]
        generator.standardOutput = FileHandle.nullDevice
        generator.standardError = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        try #require(generator.terminationStatus == 0, "tools/gymplan_generate \(arguments.joined(separator: " ")) failed")
        return folder
    }
}
