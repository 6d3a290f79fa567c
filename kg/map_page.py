"""A map of the places the acts name, offline: each place with register coordinates
drawn where it lies, sized by the number of acts that name it and linking to its page,
over the boundaries of Slovenia's statistical regions (kg/data/si-regions.geojson,
simplified from GURS RPE by scripts/simplify_regions.py). No tile server: the map is
one SVG in the page."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import networkx as nx
from markupsafe import Markup
from rdflib import Graph, URIRef

from .html import env
from .palette import KINDS
from .vocab import GEO

REGIONS = Path(__file__).with_name("data") / "si-regions.geojson"
WIDTH = 960
LABELLED = 12  # the most named places carry their name on the map


@lru_cache(maxsize=1)
def regions() -> dict:
    return json.loads(REGIONS.read_text(encoding="utf-8"))


def bounds(points: list[tuple[float, float]], features: list, margin: float = 0.15,
           least: float = 0.5) -> tuple[float, float, float, float]:
    """(west, south, east, north) to draw: the places with a margin, at least ``least``
    degrees wide and high; all the regions when no place has coordinates. The places
    outside are listed under the map."""
    if not points:
        points = [(x, y) for f in features for poly in f["geometry"]["coordinates"] for x, y in poly[0]]
        margin, least = 0.0, 0.0
    # the bulk of the places: a namesake far from the rest should not shrink the map to a corner
    trim = len(points) // 20
    xs, ys = sorted(x for x, _ in points), sorted(y for _, y in points)
    xs, ys = xs[trim:len(xs) - trim], ys[trim:len(ys) - trim]
    cx, cy = (xs[0] + xs[-1]) / 2, (ys[0] + ys[-1]) / 2
    half_x = max(least, (xs[-1] - xs[0]) * (1 + 2 * margin)) / 2
    half_y = max(least * 0.7, (ys[-1] - ys[0]) * (1 + 2 * margin)) / 2
    return cx - half_x, cy - half_y, cx + half_x, cy + half_y


class Projection:
    """Longitude and latitude to SVG pixels: equirectangular, true to scale at Slovenia's latitude."""

    def __init__(self, box: tuple[float, float, float, float]):
        west, south, east, north = box
        self.west, self.north = west, north
        self.kx = math.cos(math.radians((south + north) / 2))
        self.scale = WIDTH / ((east - west) * self.kx)
        self.height = (north - south) * self.scale

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.west) * self.kx * self.scale, (self.north - lat) * self.scale


def _region_paths(project: Projection) -> list[tuple[str, str]]:
    out = []
    for f in regions()["features"]:
        d = " ".join("M" + " L".join("{:.1f},{:.1f}".format(*project(x, y)) for x, y in poly[0]) + " Z"
                     for poly in f["geometry"]["coordinates"])
        out.append((f["properties"]["name"], d))
    return out


def placed(graph: Graph, full: nx.MultiDiGraph, pages: dict) -> list[dict]:
    """Every place and municipality with coordinates, with the number of acts that name it."""
    out = []
    for n, d in full.nodes(data=True):
        lat, lon = graph.value(URIRef(n), GEO.lat), graph.value(URIRef(n), GEO.long)
        if d["kind"] not in ("place", "municipality") or lat is None or lon is None:
            continue
        acts = {m for m in nx.all_neighbors(full, n) if full.nodes[m]["kind"] == "act"}
        out.append({"label": d["label"], "kind": d["kind"], "page": pages.get(n, ""), "acts": len(acts),
                    "lat": float(lat), "lon": float(lon)})
    return sorted(out, key=lambda p: (-p["acts"], p["label"]))


def map_html(points: list[dict]) -> str:
    """The map page of the places ``placed`` found."""
    project = Projection(bounds([(p["lon"], p["lat"]) for p in points], regions()["features"]))
    for k, p in enumerate(points):
        p["x"], p["y"] = project(p["lon"], p["lat"])
        p["r"] = 3 + 2 * math.sqrt(p["acts"])
        p["colour"] = KINDS[p["kind"]][0]
        p["labelled"] = k < LABELLED
    return env().get_template("map.html").render(
        root="", regions=_region_paths(project), points=points[::-1],  # the largest drawn first, below
        listed=points, width=WIDTH, height=round(project.height), attribution=Markup.escape(regions()["attribution"]))
