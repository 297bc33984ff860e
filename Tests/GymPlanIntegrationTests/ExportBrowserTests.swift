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
        // No --boundaries: the borders ship with the program.
        let arguments = ["export", "--school-year", "2019-2020", "--format", "html", "--output", file]
        let export = try GymPlanCLI.run(arguments, database: database)
        #expect(export.status == 0, "\(export.standardError)")

        let dom = try HeadlessChromium.run(["--dump-dom", "file://" + file], profile: folder + "/profile")
        #expect(dom.status == 0)
        #expect(dom.standardOutput.components(separatedBy: "<circle class=\"school\"").count - 1 == 0)
        #expect(dom.standardOutput.components(separatedBy: "<path class=\"municipality\"").count - 1 >= 1)
        #expect(dom.standardOutput.contains("id=\"obstacles\"") || dom.standardOutput.contains("No municipality has"))
        for problem in ["Uncaught", "Refused to"] {
            #expect(!dom.standardError.contains(problem), "\(dom.standardError)")
        }

        // The table sorts: a second click on "Lessons a week not placed" puts the largest first.
        let probe = """
            <script>var b = document.querySelectorAll("#obstacles th button"); b[5].click(); b[5].click();
            var rows = document.querySelectorAll("#obstacles tbody tr");
            var values = Array.prototype.map.call(rows, function (r) { return parseFloat(r.cells[5].dataset.value); });
            document.body.setAttribute("data-probe", String(rows.length > 0 && values[0] === Math.max.apply(null, values)));
            </script></body>
            """
        let probed = folder + "/probe.html"
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "</body>", with: probe)
            .write(toFile: probed, atomically: true, encoding: .utf8)
        let sorted = try HeadlessChromium.run(["--dump-dom", "file://" + probed], profile: folder + "/profile")
        #expect(sorted.standardOutput.contains("data-probe=\"true\""))

        // What is shown: every drawn municipality has a fill, and the map fits the screen.
        let shown = """
            var paths = document.querySelectorAll("#map path.municipality");
            result.paths = paths.length;
            result.filled = Array.prototype.filter.call(paths, function (p) { return getComputedStyle(p).fill !== "none"; }).length;
            result.map = rect(document.getElementById("map")).width;
            var background = document.querySelectorAll("#map path.background");
            result.background = background.length;
            result.backgroundFill = background.length ? getComputedStyle(background[0]).fill : null;
            var noSchools = document.querySelector(".legend li.no-schools");
            result.noSchools = noSchools ? noSchools.innerText.trim() : null;
            result.noSchoolsFill = noSchools ? noSchools.querySelector("rect").getAttribute("fill") : null;
            """
        for width in [1400, 390] {
            let picture = folder + "/report-\(width).png"
            let seen = try BrowserProbe.run(file, width: width, screenshot: picture, shown)
            let paths = seen["paths"] as? Int ?? 0, map = seen["map"] as? Double ?? 0
            #expect(paths > 0 && seen["filled"] as? Int == paths, "at \(width) px: \(seen)")
            #expect(map > 300 && map <= Double(width) && seen["innerWidth"] as? Int == width, "at \(width) px: \(seen)")
            // The municipalities without schools have their own neutral fill and a legend entry with their count.
            let background = seen["background"] as? Int ?? 0
            #expect(background > 0 && seen["noSchools"] as? String == "no schools on record (\(background))", "\(seen)")
            #expect(seen["backgroundFill"] as? String == "rgb(247, 247, 244)" && seen["noSchoolsFill"] as? String == "#f7f7f4")
            let size = (try? FileManager.default.attributesOfItem(atPath: picture)[.size] as? Int) ?? 0
            #expect(size > 10_000)
            if let keep = ProcessInfo.processInfo.environment["GYMPLAN_KEEP_SCREENSHOTS"] {
                try? FileManager.default.removeItem(atPath: keep + "/report-\(width).png")
                try? FileManager.default.copyItem(atPath: picture, toPath: keep + "/report-\(width).png")
                try? FileManager.default.copyItem(atPath: file, toPath: keep + "/report-\(width).html")
            }
        }
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
