/// The report's national map: a choropleth of the municipalities, shaded by the share of their
/// schools meeting both goals, with the obstacles marked (a thick border for distance, hatching
/// for capacity) and the municipalities without gym data in neutral grey. At national scale
/// 6,000 dots are unreadable; the close-ups beside it show the schools.
struct ReportMap {
    let export: MinistryExport
    let outlines: MunicipalityOutlines?
    let projection: MapProjection
    let words: any ReportWords

    /// The shading classes of the share meeting both goals, lowest first (ColorBrewer YlGnBu, colour-blind safe).
    static let shades = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]

    func section() -> HTML {
        let judged = ReportJudgement(export: export)
        var svg: HTML = "<svg id=\"map\" viewBox=\"0 0 \(Int(projection.width)) \(Int(projection.height))\" role=\"img\" "
            + "aria-labelledby=\"map-title\"><title id=\"map-title\">\(words.mapTitle)</title>"
            + "<defs><pattern id=\"hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#000\" stroke-width=\"1.2\"/></pattern></defs>"
            + "<rect width=\"100%\" height=\"100%\" class=\"sea\"/>"
        var drawn = 0, background = 0
        if let outlines {
            svg += "<g class=\"outlines\">"
            // The rest of the country as background, so that the map keeps its shape.
            let listed = Set(export.municipalities.map(\.code))
            for code in outlines.drawn(listed: listed) where !listed.contains(code) {
                background += 1
                svg += "<path class=\"background\" d=\"\(outlines.paths[code] ?? "")\"/>"
            }
            for municipality in export.municipalities {
                guard let path = outlines.paths[municipality.code] else { continue }
                drawn += 1
                let share = judged.bothShare(municipality.code)
                let kind = judged.noGymData.contains(municipality.code) ? "no-gym-data" : share == nil ? "no-data" : "judged"
                let fill = kind == "judged" ? Self.shade(share ?? 0) : "#d9d9d9"
                let obstacles = judged.obstacles(municipality)
                let text = "\(municipality.name) (\(municipality.code)): " + judged.describe(municipality, words: words)
                svg += "<path class=\"municipality\" data-code=\"\(municipality.code)\" data-kind=\"\(kind)\" "
                    + "data-obstacles=\"\(obstacles.map(\.rawValue).joined(separator: " "))\" d=\"\(path)\" fill=\"\(fill)\">"
                    + "<title>\(text)</title></path>"
            }
            // The marks on top of every fill, so that neighbours do not cover them.
            for municipality in export.municipalities {
                guard let path = outlines.paths[municipality.code] else { continue }
                let obstacles = judged.obstacles(municipality)
                if obstacles.contains(.capacity) { svg += "<path class=\"mark-capacity\" d=\"\(path)\"/>" }
                if obstacles.contains(.distance) { svg += "<path class=\"mark-distance\" d=\"\(path)\"/>" }
            }
            svg += "</g>"
        }
        svg += "</svg>"
        let bins = Self.shades.indices.map { index -> HTML in
            let low = index * 20, high = low + 20
            let count = export.municipalities.count { code in
                judged.bothShare(code.code).map { Self.bin($0) == index } ?? false
            }
            return "\(HTML.swatch(Self.shades[index])) \(low)–\(high)% <span class=\"count\">(\(words.n(count)))</span></li>"
        }.joined()
        let noData = export.municipalities.count { judged.bothShare($0.code) == nil && !judged.noGymData.contains($0.code) }
        let marks: HTML = "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"12\" height=\"12\" fill=\"#fff\" "
            + "stroke=\"#D55E00\" stroke-width=\"2.5\"/></svg> \(words.distanceMark) <span class=\"count\">(\(words.n(judged.distanceMunicipalities)))</span></li>"
            + "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" fill=\"url(#hatch)\" stroke=\"#000\"/></svg> "
            + "\(words.capacityMark) <span class=\"count\">(\(words.n(judged.capacityMunicipalities)))</span></li>"
            + "\(HTML.swatch("#d9d9d9")) \(words.noGymDataMark) <span class=\"count\">(\(words.n(judged.noGymData.count)))</span></li>"
            + (noData == 0 ? .empty : "\(HTML.swatch("#d9d9d9")) \(words.noClassesMark) <span class=\"count\">(\(words.n(noData)))</span></li>")
            + (background == 0 ? .empty : "<li class=\"no-schools\"><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\".5\" y=\".5\" width=\"13\" "
                + "height=\"13\" fill=\"#f7f7f4\" stroke=\"#c8c8c8\"/></svg> \(words.noSchoolsMark) <span class=\"count\">(\(words.n(background)))</span></li>")
        let missing = export.municipalities.count - drawn
        let note: HTML = missing == 0 ? .empty : "<p>\(words.notOnMap(missing))</p>"
        return """
            <section aria-labelledby="map-heading">
            <h2 id="map-heading">\(words.mapHeading)</h2>
            <div class="map-layout">
            <figure>\(svg)</figure>
            <div><p>\(words.mapIntro)</p>
            <ul class="legend">\(bins)</ul>
            <ul class="legend">\(marks)</ul>\(note)
            </div>
            </div>
            \(ReportCloseUps(export: export, outlines: outlines, projection: projection, words: words).section())
            </section>
            """
    }

    static func bin(_ share: Double) -> Int { min(Int(share * 5), 4) }

    static func shade(_ share: Double) -> String { shades[bin(share)] }
}
