/// The report's map: municipality outlines (when known) and one circle per school with
/// coordinates, coloured by its status, with a legend.
struct ReportMap {
    let export: MinistryExport
    let outlines: MunicipalityOutlines?
    let projection: MapProjection

    func section() -> HTML {
        let statuses = Dictionary(grouping: export.schools, by: \.status)
        let located = export.schools.filter { $0.latitude != nil && $0.longitude != nil }
        let radius = located.count > 1500 ? 1.8 : located.count > 300 ? 2.8 : 4.5
        var svg: HTML = "<svg id=\"map\" viewBox=\"0 0 \(Int(projection.width)) \(Int(projection.height))\" role=\"img\" "
            + "aria-labelledby=\"map-title\"><title id=\"map-title\">Map of the schools, coloured by status</title>"
        svg += "<rect width=\"100%\" height=\"100%\" class=\"sea\"/>"
        if let outlines {
            let obstacles = Set(export.municipalities.filter { !$0.obstacles.isEmpty }.map(\.code))
            svg += "<g class=\"outlines\">"
            for code in outlines.paths.keys.sorted() {
                let style: HTML = obstacles.contains(code) ? " class=\"obstacle\"" : .empty
                svg += "<path\(style) d=\"\(outlines.paths[code] ?? "")\"><title>\(name(of: code))</title></path>"
            }
            svg += "</g>"
        }
        svg += "<g class=\"schools\">"
        // Draw the most pressing statuses last, so that they stay visible on top.
        for status in ExportSchoolStatus.drawingOrder {
            for school in located where school.status == status {
                let point = projection.point(latitude: school.latitude ?? 0, longitude: school.longitude ?? 0)
                svg += "<circle class=\"school\" data-status=\"\(status.rawValue)\" cx=\"\(point.x.formatted(fractionDigits: 1))\" "
                    + "cy=\"\(point.y.formatted(fractionDigits: 1))\" r=\"\(radius)\" fill=\"\(status.colour)\">"
                    + "<title>\(school.schoolId + " " + school.name): \(status.label)</title></circle>"
            }
        }
        svg += "</g></svg>"
        let legend = ExportSchoolStatus.drawingOrder.reversed().map { status -> HTML in
            "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"6\" fill=\"\(status.colour)\"/></svg> "
                + "\(status.label) <span class=\"count\">(\(statuses[status]?.count ?? 0))</span></li>"
        }.joined()
        let missing = export.schools.count - located.count
        let note: HTML = missing == 0 ? .empty : missing == 1
            ? "<p>1 school has no coordinates and is not on the map.</p>"
            : "<p>\(missing) schools have no coordinates and are not on the map.</p>"
        let outlineNote: HTML = outlines == nil ? .empty : "<p>Shaded municipalities have a distance or capacity obstacle.</p>"
        return """
            <section aria-labelledby="map-heading">
            <h2 id="map-heading">Where the schools are</h2>
            <div class="map-layout">
            <figure>\(svg)</figure>
            <div><p>Each dot is a school. A school takes the colour of the first of these that applies:</p>
            <ul class="legend">\(legend)</ul>\(note)\(outlineNote)
            \(ReportCloseUps(export: export, outlines: outlines, projection: projection).section())</div>
            </div>
            </section>
            """
    }

    private func name(of code: String) -> String {
        export.municipalities.first { $0.code == code }.map { "\($0.name) (\(code))" } ?? code
    }
}

extension ExportSchoolStatus {
    /// Least pressing first.
    static let drawingOrder: [ExportSchoolStatus] = [.noData, .meetsBoth, .missesQualified, .missesLessons, .capacityObstacle, .distanceObstacle]
}
