/// Close-ups of the municipalities with obstacles: the same projection as the main map, zoomed
/// (by the SVG view box) to the municipality's schools, so that clustered schools can be told apart.
struct ReportCloseUps {
    let export: MinistryExport
    let outlines: MunicipalityOutlines?
    let projection: MapProjection
    /// At most this many close-ups, the municipalities with the most schools with an obstacle first.
    var limit = 12

    /// The close-ups under a heading, or nothing when no municipality with schools on the map has an obstacle.
    func section() -> HTML {
        let bySchool = Dictionary(grouping: export.schools.filter { $0.latitude != nil && $0.longitude != nil }, by: \.municipalityCode)
        let chosen = export.municipalities
            .filter { !$0.obstacles.isEmpty && bySchool[$0.code] != nil }
            .sorted { (affected($0), $1.code) > (affected($1), $0.code) }
            .prefix(limit)
        guard !chosen.isEmpty else { return .empty }
        let figures = chosen.map { figure($0, schools: bySchool[$0.code] ?? []) }.joined(separator: "\n")
        return """
            <h3>Close-ups of municipalities with obstacles</h3>
            <div class="closeups">
            \(figures)
            </div>
            """
    }

    /// Schools with an obstacle.
    private func affected(_ municipality: MinistryExport.Municipality) -> Int {
        municipality.schoolsWithDistanceObstacle + municipality.schoolsWithCapacityObstacle
    }

    private func figure(_ municipality: MinistryExport.Municipality, schools: [MinistryExport.School]) -> HTML {
        let points = schools.map { projection.point(latitude: $0.latitude ?? 0, longitude: $0.longitude ?? 0) }
        let minX = points.map(\.x).min() ?? 0, maxX = points.map(\.x).max() ?? 0
        let minY = points.map(\.y).min() ?? 0, maxY = points.map(\.y).max() ?? 0
        let extent = max(maxX - minX, maxY - minY, 6) * 1.25
        let left = (minX + maxX - extent) / 2, top = (minY + maxY - extent) / 2
        let radius = extent / 45
        let box = [left, top, extent, extent].map { $0.formatted(fractionDigits: 2) }.joined(separator: " ")
        let title = "\(municipality.name) (\(municipality.code)): \(municipality.obstacles.map(\.rawValue).joined(separator: " and ")) obstacle"
        var svg: HTML = "<svg viewBox=\"\(box)\" role=\"img\" aria-label=\"\(title)\"><rect x=\"\(left)\" y=\"\(top)\" "
            + "width=\"\(extent)\" height=\"\(extent)\" class=\"sea\"/>"
        if let path = outlines?.paths[municipality.code] {
            svg += "<path class=\"outline\" d=\"\(path)\" stroke-width=\"\((extent / 300).formatted(fractionDigits: 3))\"/>"
        }
        for (school, point) in zip(schools, points) {
            let status = school.status
            svg += "<circle class=\"school-zoom\" data-status=\"\(status.rawValue)\" cx=\"\(point.x.formatted(fractionDigits: 2))\" "
                + "cy=\"\(point.y.formatted(fractionDigits: 2))\" r=\"\(radius.formatted(fractionDigits: 3))\" fill=\"\(status.colour)\" "
                + "stroke-width=\"\((radius / 6).formatted(fractionDigits: 3))\">"
                + "<title>\(school.schoolId + " " + school.name): \(status.label)</title></circle>"
        }
        svg += "</svg>"
        return "<figure class=\"closeup\">\(svg)<figcaption>\(title)</figcaption></figure>"
    }
}
