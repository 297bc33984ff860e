import Foundation
import GymPlan
import Testing
import TestSupport

/// The borders built into gymplan are CBS's of 2019; municipalities merged since then are drawn as
/// their predecessors together, so the real municipality lists of 2021 and 2023 are all on the map.
@Suite("municipality outlines of merged municipalities")
struct MunicipalityOutlineMergerTests {
    @Test func everyMunicipalityOfTheRealListsOf2021And2023HasAnOutline() throws {
        let outlines = MunicipalityOutlines.embedded(MapProjection())
        for year in [2021, 2023] {
            let text = try String(contentsOfFile: Repository.sharedData + "/cbs/gemeenten-alfabetisch-\(year).csv", encoding: .utf8)
            let codes = text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
                line.split(separator: ",").first { $0.hasPrefix("GM") }.map(String.init)
            }
            #expect(codes.count > 340, "\(year)")
            #expect(codes.filter { outlines.paths[$0] == nil } == [], "\(year)")
            if year == 2021 {
                // The land drawn once: the 352 municipalities of 2021 and Haaren (GM0788, divided among
                // its neighbours in 2021), not Eemsdelta's three predecessors beside it.
                #expect(outlines.drawn(listed: Set(codes)).count == 353)
                #expect(outlines.drawn(listed: Set(codes)).filter { !codes.contains($0) } == ["GM0788"])
            }
        }
        #expect(outlines.municipalityCount == 355)
        // Eemsdelta is Appingedam, Delfzijl and Loppersum.
        #expect(outlines.paths["GM1979"] == ["GM0003", "GM0010", "GM0024"].map { outlines.paths[$0]! }.joined())
    }

    @Test func aMergerIsOnlyDrawnWhenItHasNoOutlineAndAllItsPredecessorsHave() throws {
        func feature(_ code: String, _ lon: Double) -> String {
            """
            {"type":"Feature","properties":{"code":"\(code)"},"geometry":{"type":"Polygon","coordinates":[[[\(lon),52],[\(lon + 0.1),52],[\(lon + 0.1),52.1],[\(lon),52]]]}}
            """
        }
        func outlines(_ features: [String]) throws -> MunicipalityOutlines {
            try MunicipalityOutlines(geoJSON: Data("{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}".utf8),
                                     projection: MapProjection())
        }
        let three = try outlines([feature("GM0003", 6.8), feature("GM0010", 6.9), feature("GM0024", 6.7)])
        #expect(three.paths["GM1979"] == three.paths["GM0003"]! + three.paths["GM0010"]! + three.paths["GM0024"]!)
        #expect(three.municipalityCount == 3)
        // Each piece of land once: the merger where the report lists it, else its predecessors.
        #expect(three.drawn(listed: ["GM1979"]) == ["GM1979"])
        #expect(three.drawn(listed: ["GM0003"]) == ["GM0003", "GM0010", "GM0024"])
        #expect(three.drawn(listed: []) == ["GM0003", "GM0010", "GM0024"])
        #expect(try outlines([feature("GM0003", 6.8), feature("GM0010", 6.9)]).paths["GM1979"] == nil)
        let own = try outlines([feature("GM0003", 6.8), feature("GM0010", 6.9), feature("GM0024", 6.7), feature("GM1979", 5.0)])
        #expect(own.paths["GM1979"] != own.paths["GM0003"]! + own.paths["GM0010"]! + own.paths["GM0024"]!)
    }
}
