#!/usr/bin/env python3
"""Writes the municipal outlines that ship inside gymplan (embedded at build time by EmbedFiles).

Source: CBS, Wijk- en buurtkaart / gemeentegrenzen 2019 (shared/data/cbs/gemeentegrenzen-2019.geojson).
Run once when the source changes:
    python3 tools/simplify_outlines.py ../shared/data/cbs/gemeentegrenzen-2019.geojson \
        Sources/GymPlan/Export/Report/Assets/municipality-outlines.geojson
Each ring is simplified by Douglas-Peucker (tolerance 0.004 degrees, about 270-450 m; a map
of the country is 560 units wide, so one unit is about 450 m) and rounded to 3 decimals."""
import json, sys

TOLERANCE = 0.004

def distance(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5

def simplify(points):
    if len(points) < 5:
        return points
    keep, stack = {0, len(points) - 1}, [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0, None
        for i in range(first + 1, last):
            d = distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > TOLERANCE:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [points[i] for i in sorted(keep)]

def rings(coordinates, depth):
    if depth == 1:
        ring = simplify([[round(x, 3), round(y, 3)] for x, y, *_ in coordinates])
        return ring if len(ring) >= 4 else None
    kept = [r for r in (rings(c, depth - 1) for c in coordinates) if r]
    return kept or None

source, target = sys.argv[1], sys.argv[2]
collection = json.load(open(source, encoding="utf-8"))
features = []
for feature in sorted(collection["features"], key=lambda f: f["properties"]["code"]):
    geometry = feature["geometry"]
    depth = 2 if geometry["type"] == "Polygon" else 3
    coordinates = rings(geometry["coordinates"], depth)
    if coordinates:
        features.append({"type": "Feature", "properties": {"code": feature["properties"]["code"]},
                         "geometry": {"type": geometry["type"], "coordinates": coordinates}})
with open(target, "w", encoding="utf-8") as out:
    out.write('{"type":"FeatureCollection","source":"CBS gemeentegrenzen 2019, simplified by tools/simplify_outlines.py","features":[\n')
    out.write(",\n".join(json.dumps(f, separators=(",", ":")) for f in features))
    out.write("\n]}\n")
print(f"{len(features)} municipalities")
