"""Make the small base map the map view draws: the boundaries of Slovenia's 12
statistical regions (GURS RPE, CC BY 4.0, ../shared/data/si-statistical-regions.geojson),
simplified (Ramer-Douglas-Peucker) and rounded, written to kg/data/si-regions.geojson.

    python scripts/simplify_regions.py [SOURCE] [--tolerance 0.004]
"""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "si-statistical-regions.geojson"
TARGET = ROOT / "kg" / "data" / "si-regions.geojson"
ATTRIBUTION = "Statistical regions: GURS, Register prostorskih enot (RPE), CC BY 4.0; simplified"


def _distance(p, a, b) -> float:
    """Distance of p from the line through a and b (degrees, good enough at this scale)."""
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(x - x1, y - y1)
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / math.hypot(dx, dy)


def simplify(points: list, tolerance: float) -> list:
    """Ramer-Douglas-Peucker, iterative: the points that keep the line within tolerance."""
    keep = {0, len(points) - 1}
    todo = [(0, len(points) - 1)]
    while todo:
        i, j = todo.pop()
        far, k = max(((_distance(points[m], points[i], points[j]), m) for m in range(i + 1, j)), default=(0, 0))
        if far > tolerance:
            keep.add(k)
            todo += [(i, k), (k, j)]
    return [points[m] for m in sorted(keep)]


def rings(geometry: dict) -> list:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [ring for polygon in polygons for ring in polygon[:1]]  # outer rings: the map needs no holes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(SOURCE))
    ap.add_argument("--tolerance", type=float, default=0.004)
    args = ap.parse_args(argv)
    data = json.loads(Path(args.source).read_text(encoding="utf-8"))
    features = []
    for f in data["features"]:
        parts = [[[round(x, 4), round(y, 4)] for x, y in simplify(r, args.tolerance)] for r in rings(f["geometry"])]
        features.append({"type": "Feature", "properties": {"name": f["properties"]["SR_UIME"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": [[p] for p in parts if len(p) >= 4]}})
    out = {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(features)} regions, {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
