import Foundation
import TestSupport

/// Opens a report in headless Chromium (`scripts/chromium-probe.py`), runs a probe in the loaded
/// page and returns what it measured in the rendered page (texts, sizes, positions) as JSON.
enum BrowserProbe {
    /// Runs `body`, JavaScript that fills the object `result`, in `file` at a viewport of `width`
    /// CSS pixels (emulated through the DevTools protocol: Chromium's headless window is at least
    /// 500 px wide). The helpers `visibleTexts(root, skip)` and `rect(element)` are defined for it.
    /// With `screenshot`, a PNG of the first 900 px is saved there too.
    static func run(_ file: String, width: Int, screenshot: String? = nil, _ body: String) throws -> [String: Any] {
        let expression = """
            (function () {
            function visibleTexts(root, skip) {
              var walker = document.createTreeWalker(root || document.body, NodeFilter.SHOW_TEXT), node, found = [];
              while ((node = walker.nextNode())) {
                var text = node.textContent.trim(), element = node.parentElement;
                if (!text || element.closest("title,script,style" + (skip ? "," + skip : ""))) continue;
                var range = document.createRange(); range.selectNodeContents(node);
                var rects = range.getClientRects();
                if (!rects.length || rects[0].width === 0 || rects[0].height === 0) continue;
                var size = parseFloat(getComputedStyle(element).fontSize);
                if (element instanceof SVGElement && element.getScreenCTM()) {
                  var m = element.getScreenCTM(); size *= Math.sqrt(m.a * m.a + m.b * m.b);
                }
                found.push({ text: text, size: size, tag: element.tagName });
              }
              return found;
            }
            function rect(element) { var r = element.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, width: r.width, height: r.height }; }
            var result = { innerWidth: innerWidth, scrollWidth: document.documentElement.scrollWidth };
            \(body)
            return result;
            })()
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Repository.root.appendingPathComponent("scripts/chromium-probe.py").path,
                             "--chromium", HeadlessChromium.path ?? "/usr/bin/chromium", "--width", String(width), "--eval", expression]
            + (screenshot.map { ["--screenshot", $0] } ?? []) + [file]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any] else {
            throw ProbeFailed(output: String(decoding: data, as: UTF8.self) + problems)
        }
        return value
    }

    struct ProbeFailed: Error, CustomStringConvertible {
        var output: String
        var description: String { "the probe found no result: \(output)" }
    }
}
