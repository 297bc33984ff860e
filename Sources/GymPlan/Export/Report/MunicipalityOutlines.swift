import Foundation

/// Municipality borders for the report's map, read from a GeoJSON FeatureCollection of
/// polygons with a `code` property (CBS's `gemeentegrenzen`), already projected to SVG paths.
public struct MunicipalityOutlines: Sendable, Equatable {
    /// SVG path data by municipality code.
    public var paths: [String: String]
    /// The municipalities merged since the borders were drawn, added to `paths` as their
    /// predecessors together: code to predecessors' codes (`mergers`).
    public var merged: [String: [String]]

    public init(paths: [String: String] = [:], merged: [String: [String]] = [:]) {
        self.paths = paths
        self.merged = merged
    }

    /// Reads and projects a GeoJSON file; points closer than half a unit to the previous are dropped.
    public init(geoJSON data: Data, projection: MapProjection) throws {
        let collection = try JSONDecoder().decode(FeatureCollection.self, from: data)
        var paths: [String: String] = [:]
        for feature in collection.features {
            guard let code = feature.properties.code else { continue }
            var text = ""
            for ring in Self.rings(feature.geometry.coordinates) {
                text += Self.path(ring, projection)
            }
            if !text.isEmpty { paths[code, default: ""] += text }
        }
        var merged: [String: [String]] = [:]
        for (code, predecessors) in Self.mergers where paths[code] == nil {
            let parts = predecessors.compactMap { paths[$0] }
            if parts.count == predecessors.count {
                paths[code] = parts.joined()
                merged[code] = predecessors
            }
        }
        self.paths = paths
        self.merged = merged
    }

    /// The codes to draw so that each piece of land is drawn once: a merged municipality when the
    /// report lists it (`listed`), else its predecessors; sorted.
    public func drawn(listed: Set<String>) -> [String] {
        let replaced = Set(merged.filter { listed.contains($0.key) }.flatMap(\.value))
        return paths.keys.filter { code in
            merged[code] == nil ? !replaced.contains(code) : listed.contains(code)
        }.sorted()
    }

    /// How many municipalities the borders hold, a merged one not counted beside its predecessors.
    public var municipalityCount: Int { paths.count - merged.count }

    /// Municipalities formed after 2019 by merging whole municipalities (CBS's lists of 2021 and 2023
    /// hold these codes, the 2019 borders do not): each is drawn as its predecessors together.
    static let mergers: [String: [String]] = [
        "GM1979": ["GM0003", "GM0010", "GM0024"],  // Eemsdelta (2021): Appingedam, Delfzijl, Loppersum
        "GM1980": ["GM0398", "GM0416"],  // Dijk en Waard (2022): Heerhugowaard, Langedijk
        "GM1982": ["GM0756", "GM0786", "GM1684", "GM0815", "GM1702"],  // Land van Cuijk (2022)
        "GM1991": ["GM1685", "GM0856"],  // Maashorst (2022): Landerd, Uden
        "GM1992": ["GM0501", "GM0530", "GM0614"],  // Voorne aan Zee (2023): Brielle, Hellevoetsluis, Westvoorne
    ]

    /// The outlines that ship inside gymplan (`Assets/municipality-outlines.geojson`, CBS's 2019
    /// borders simplified by `tools/simplify_outlines.py`), projected with `projection`.
    public static func embedded(_ projection: MapProjection) -> MunicipalityOutlines {
        (try? MunicipalityOutlines(geoJSON: Data(ReportAssets.outlines.utf8), projection: projection)) ?? MunicipalityOutlines()
    }

    /// The outlines in the file at `path`, or nil when it does not exist or cannot be read.
    public static func load(path: String, projection: MapProjection) -> MunicipalityOutlines? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? MunicipalityOutlines(geoJSON: data, projection: projection)
    }

    /// Every linear ring in Polygon or MultiPolygon coordinates, as [longitude, latitude] pairs.
    static func rings(_ value: JSONValue) -> [[(Double, Double)]] {
        guard case .array(let items) = value, let first = items.first else { return [] }
        if let point = pair(first), point.0.isFinite {
            return [items.compactMap(pair)]
        }
        return items.flatMap(rings)
    }

    private static func pair(_ value: JSONValue) -> (Double, Double)? {
        guard case .array(let numbers) = value, numbers.count >= 2,
              let longitude = numbers[0].numeric, let latitude = numbers[1].numeric else { return nil }
        return (longitude, latitude)
    }

    private static func path(_ ring: [(Double, Double)], _ projection: MapProjection) -> String {
        var text = ""
        var last: (x: Double, y: Double)?
        for (longitude, latitude) in ring {
            let point = projection.point(latitude: latitude, longitude: longitude)
            if let last, abs(point.x - last.x) < 0.5 && abs(point.y - last.y) < 0.5 { continue }
            text += (last == nil ? "M" : "L") + point.x.formatted(fractionDigits: 1) + "," + point.y.formatted(fractionDigits: 1)
            last = point
        }
        return text.isEmpty ? "" : text + "Z"
    }

    private struct FeatureCollection: Decodable {
        var features: [Feature]
    }

    private struct Feature: Decodable {
        var properties: Properties
        var geometry: Geometry
    }

    private struct Properties: Decodable {
        var code: String?
    }

    private struct Geometry: Decodable {
        var coordinates: JSONValue
    }
}
