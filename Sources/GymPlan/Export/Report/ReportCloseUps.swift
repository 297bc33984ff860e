import Foundation

/// Close-ups of the municipalities with obstacles: the same projection as the national map,
/// zoomed (by the SVG view box) to the municipality's outline and schools, with a scale bar. A
/// school's dot is filled by the goals it meets and ringed when it has no gym within reach; each
/// gym of the municipality is a dark square, larger with more halls, its number of halls in it. A
/// capacity shortage is named as its competing group's, never as one school's.
struct ReportCloseUps {
    let export: MinistryExport
    let outlines: MunicipalityOutlines?
    let projection: MapProjection
    let words: any ReportWords
    /// At most this many close-ups, the municipalities with the most schools with an obstacle first.
    var limit = 12

    /// The close-ups under a heading with their legend, or nothing when no municipality with schools on the map has an obstacle.
    func section() -> HTML {
        let judged = ReportJudgement(export: export)
        let bySchool = Dictionary(grouping: export.schools.filter { $0.latitude != nil && $0.longitude != nil }, by: \.municipalityCode)
        let byGym = Dictionary(grouping: export.gyms.filter { $0.latitude != nil && $0.longitude != nil }, by: \.municipalityCode)
        let chosen = export.municipalities
            .filter { !judged.obstacles($0).isEmpty && bySchool[$0.code] != nil }
            .sorted { (affected($0), $1.code) > (affected($1), $0.code) }
            .prefix(limit)
        guard !chosen.isEmpty else { return .empty }
        let schools = chosen.flatMap { bySchool[$0.code] ?? [] }
        let gyms = chosen.flatMap { byGym[$0.code] ?? [] }
        let fills = ExportGoalStatus.allCases.map { status -> HTML in
            "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"5\" fill=\"\(status.colour)\" stroke=\"#222\" stroke-width=\".6\"/></svg> "
                + "\(words.goalStatus(status)) <span class=\"count\">(\(words.n(schools.count { $0.goalStatus == status })))</span></li>"
        }.joined()
        let rings = [ExportObstacleRing.distance].map { ring -> HTML in
            "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"4.5\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2.5\"/></svg> "
                + "\(words.ringPrefix): \(words.ring(ring)) <span class=\"count\">(\(words.n(schools.count { judged.ring($0) == ring })))</span></li>"
        }.joined()
        let gymLegend: HTML = "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\"1\" y=\"1\" width=\"12\" height=\"12\" "
            + "class=\"gym-mark\"/></svg> \(words.gymMark) <span class=\"count\">(\(words.n(gyms.count)))</span></li>"
        let figures = chosen.map {
            figure($0, schools: bySchool[$0.code] ?? [], gyms: byGym[$0.code] ?? [], judged: judged)
        }.joined(separator: "\n")
        return """
            <h3>\(words.closeUpsHeading)</h3>
            <p>\(words.closeUpsIntro)</p>
            <ul class="legend inline">\(fills)\(rings)\(gymLegend)</ul>
            <div class="closeups">
            \(figures)
            </div>
            """
    }

    /// Schools with an obstacle of their own, then unplaced lessons.
    private func affected(_ municipality: MinistryExport.Municipality) -> Int {
        municipality.schoolsWithDistanceObstacle * 1000 + municipality.capacity.unmetLessons
    }

    private func figure(
        _ municipality: MinistryExport.Municipality, schools: [MinistryExport.School], gyms: [MinistryExport.Gym], judged: ReportJudgement
    ) -> HTML {
        let points = schools.map { projection.point(latitude: $0.latitude ?? 0, longitude: $0.longitude ?? 0) }
        let gymPoints = gyms.map { projection.point(latitude: $0.latitude ?? 0, longitude: $0.longitude ?? 0) }
        let path = outlines?.paths[municipality.code]
        let corners = path.map(Self.points) ?? []
        let all = points + gymPoints + corners
        let minX = all.map(\.x).min() ?? 0, maxX = all.map(\.x).max() ?? 0
        let minY = all.map(\.y).min() ?? 0, maxY = all.map(\.y).max() ?? 0
        let extent = max(maxX - minX, maxY - minY, 6) * 1.12
        let left = (minX + maxX - extent) / 2, top = (minY + maxY - extent) / 2 - extent * 0.04
        let height = extent * 1.1
        let radius = extent / 45
        let box = [left, top, extent, height].map { $0.formatted(fractionDigits: 2) }.joined(separator: " ")
        let title = "\(municipality.name) (\(municipality.code)): \(words.obstacles(judged.obstacles(municipality)))"
        var svg: HTML = "<svg viewBox=\"\(box)\" role=\"img\" aria-label=\"\(title)\"><rect x=\"\(left)\" y=\"\(top)\" "
            + "width=\"\(extent)\" height=\"\(height)\" class=\"sea\"/>"
        if let path {
            svg += "<path class=\"outline\" d=\"\(path)\" stroke-width=\"\((extent / 250).formatted(fractionDigits: 3))\"/>"
        }
        // Gyms first, so that the schools' dots stay on top where a school stands beside its gym.
        for (gym, point) in zip(gyms, gymPoints) {
            svg += gymMark(gym, at: point, radius: radius)
        }
        for (school, point) in zip(schools, points) {
            let status = school.goalStatus, ring = judged.ring(school)
            let stroke = ring == .distance ? radius / 2.2 : radius / 6
            svg += "<circle class=\"school-zoom\" data-status=\"\(status.rawValue)\" data-ring=\"\(ring.rawValue)\" "
                + "cx=\"\(point.x.formatted(fractionDigits: 2))\" cy=\"\(point.y.formatted(fractionDigits: 2))\" "
                + "r=\"\(radius.formatted(fractionDigits: 3))\" fill=\"\(status.colour)\" stroke-width=\"\(stroke.formatted(fractionDigits: 3))\">"
                + "<title>\(school.schoolId + " " + school.name): \(words.goalStatus(status))\(ring == .distance ? "; " + words.ring(ring) : "")</title></circle>"
        }
        svg += scaleBar(left: left, bottom: top + height, extent: extent)
        svg += "</svg>"
        // The shortage of each competing group the municipality is part of, with the group's schools.
        let groups = judged.obstacles(municipality).contains(.capacity)
            ? export.shortageGroups.filter { $0.municipalityCodes.contains(municipality.code) } : []
        let halls = gyms.reduce(0) { $0 + $1.halls }
        let gymLine: HTML = "<br><span class=\"gym-count\">\(words.gymsCaption(gyms.count, halls: halls))</span>"
        let shortage = groups.map { group -> HTML in
            "<br><span class=\"group-shortage\">\(words.groupShortage(group.unmetLessons, schools: group.schoolIds))</span>"
        }.joined()
        return "<figure class=\"closeup\" data-code=\"\(municipality.code)\">\(svg)<figcaption>\(title)\(gymLine)\(shortage)</figcaption></figure>"
    }

    /// A gym's square: its side grows with the halls (its tooltip names them). Even a one-hall gym's
    /// is wider than a school's dot (2.6 radii against 2), so a gym beside its school still shows as
    /// a frame around the dot drawn over it.
    private func gymMark(_ gym: MinistryExport.Gym, at point: (x: Double, y: Double), radius: Double) -> HTML {
        let side = radius * (2.6 + 0.6 * Double(min(max(gym.halls, 1), 10) - 1))
        return "<rect class=\"gym-mark gym-zoom\" data-gym=\"\(gym.gymId)\" data-halls=\"\(gym.halls)\" "
            + "x=\"\((point.x - side / 2).formatted(fractionDigits: 3))\" y=\"\((point.y - side / 2).formatted(fractionDigits: 3))\" "
            + "width=\"\(side.formatted(fractionDigits: 3))\" height=\"\(side.formatted(fractionDigits: 3))\">"
            + "<title>\(words.gymTooltip(gym.name, halls: gym.halls))</title></rect>"
    }

    /// A bar of a round number of kilometres in the lower left corner.
    private func scaleBar(left: Double, bottom: Double, extent: Double) -> HTML {
        let unitsPerKm = projection.height / ((MapProjection.maxLatitude - MapProjection.minLatitude) * 111.2)
        let wanted = extent / 4 / unitsPerKm
        let km = [0.5, 1, 2, 5, 10, 20, 50].last { $0 <= wanted } ?? 0.5
        let length = km * unitsPerKm, x = left + extent * 0.05, y = bottom - extent * 0.05
        let label = km < 1 ? "\(Int(km * 1000)) m" : "\(words.n(Int(km))) km"
        return "<g class=\"scale\"><rect x=\"\(x.formatted(fractionDigits: 2))\" y=\"\((y - extent * 0.012).formatted(fractionDigits: 2))\" "
            + "width=\"\(length.formatted(fractionDigits: 2))\" height=\"\((extent * 0.012).formatted(fractionDigits: 3))\"/>"
            + "<text x=\"\(x.formatted(fractionDigits: 2))\" y=\"\((y - extent * 0.025).formatted(fractionDigits: 2))\" "
            + "font-size=\"\((extent * 0.075).formatted(fractionDigits: 2))\">\(label)</text></g>"
    }

    /// The points of SVG path data written as `Mx,yLx,y...Z`.
    static func points(_ path: String) -> [(x: Double, y: Double)] {
        path.split { $0 == "M" || $0 == "L" || $0 == "Z" }.compactMap { pair in
            let numbers = pair.split(separator: ",").compactMap { Double($0) }
            return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
        }
    }
}
