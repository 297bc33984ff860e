import Foundation
import GymPlan
import Testing
import TestSupport

/// The HTML report in a real headless Chromium (Debian's `chromium`); skipped where it is not installed.
@Suite("gymplan export report in a browser", .enabled(if: HeadlessChromium.path != nil))
struct ExportBrowserTests {
    @Test func reportRendersTheSchoolsWithoutConsoleErrors() throws {
        let database = try ExportCommandTests.database()
        let folder = try ExportTestFiles.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/report.html"
        var arguments = ["export", "--school-year", "2019-2020", "--format", "html", "--output", file]
        let borders = URL(fileURLWithPath: Repository.sharedData).appendingPathComponent("cbs/gemeentegrenzen-2019.geojson").path
        if FileManager.default.fileExists(atPath: borders) { arguments += ["--boundaries", borders] }
        let export = try GymPlanCLI.run(arguments, database: database)
        #expect(export.status == 0, "\(export.standardError)")

        let dom = try HeadlessChromium.run(["--dump-dom", "file://" + file], profile: folder + "/profile")
        #expect(dom.status == 0)
        #expect(dom.standardOutput.components(separatedBy: "<circle class=\"school\"").count - 1 == 2)
        #expect(dom.standardOutput.contains("id=\"obstacles\"") || dom.standardOutput.contains("No municipality has"))
        for problem in ["Uncaught", "Refused to"] {
            #expect(!dom.standardError.contains(problem), "\(dom.standardError)")
        }

        // The table sorts: a second click on "Lessons a week not placed" puts the largest first.
        let probe = """
            <script>var b = document.querySelectorAll("#obstacles th button"); b[5].click(); b[5].click();
            var rows = document.querySelectorAll("#obstacles tbody tr");
            document.body.setAttribute("data-probe", rows[0].cells[5].dataset.value + "," + rows[rows.length - 1].cells[5].dataset.value);
            </script></body>
            """
        let probed = folder + "/probe.html"
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe)
            .write(toFile: probed, atomically: true, encoding: .utf8)
        let sorted = try HeadlessChromium.run(["--dump-dom", "file://" + probed], profile: folder + "/profile")
        #expect(sorted.standardOutput.contains("data-probe=\"2,0\""))

        let picture = folder + "/report.png"
        let shot = try HeadlessChromium.run(["--screenshot=" + picture, "--window-size=1200,900", "file://" + file], profile: folder + "/profile")
        #expect(shot.status == 0)
        let size = (try? FileManager.default.attributesOfItem(atPath: picture)[.size] as? Int) ?? 0
        #expect(size > 10_000)
        try database.drop()
    }
}

/// Runs Debian's headless Chromium with a time limit.
enum HeadlessChromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func run(_ arguments: [String], profile: String, timeout: Double = 90) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/chromium")
        process.arguments = [
            "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--user-data-dir=" + profile,
            "--enable-logging=stderr", "--v=0",
        ] + arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: output.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: output.path + ".out")
            try? FileManager.default.removeItem(atPath: output.path + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: output.path + ".err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: (try? String(contentsOfFile: output.path + ".out", encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOfFile: output.path + ".err", encoding: .utf8)) ?? "")
    }
}
