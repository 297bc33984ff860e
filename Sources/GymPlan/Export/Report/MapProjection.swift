import Foundation

/// Projects WGS84 degrees inside the Netherlands' bounding box (lat 50.7..53.6, lon 3.3..7.3)
/// onto an SVG canvas: equirectangular, with longitude shrunk by the cosine of the middle
/// latitude so that the country keeps its shape.
public struct MapProjection: Sendable {
    public static let minLatitude = 50.7, maxLatitude = 53.6
    public static let minLongitude = 3.3, maxLongitude = 7.3

    /// Canvas width and height in SVG units.
    public let width: Double
    public let height: Double
    private let scale: Double
    private let longitudeFactor: Double

    public init(width: Double = 560) {
        let middle = (Self.minLatitude + Self.maxLatitude) / 2 * Double.pi / 180
        longitudeFactor = cos(middle)
        scale = width / ((Self.maxLongitude - Self.minLongitude) * longitudeFactor)
        self.width = width
        height = ((Self.maxLatitude - Self.minLatitude) * scale).rounded(.up)
    }

    /// The canvas point of a coordinate, x to the east and y downwards.
    public func point(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        ((longitude - Self.minLongitude) * longitudeFactor * scale, (Self.maxLatitude - latitude) * scale)
    }
}
