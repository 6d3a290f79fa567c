"""Draw the ontology's classes and the properties between them as an SVG.

Classes are boxes; an object property is an arrow from its domain to its range;
rdfs:subClassOf is a dashed arrow. The layout comes from networkx (seeded, so the
drawing is the same every time).

    python scripts/ontology_diagram.py [--out ontology/diagram.svg]
"""
from __future__ import annotations

import argparse
import math
import sys
from html import escape
from pathlib import Path

import networkx as nx
from rdflib import OWL, RDF, RDFS, Graph

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.vocab import ONTOLOGY, PREFIXES  # noqa: E402

WIDTH, HEIGHT, BOX_H = 1100, 760, 28


def short(graph: Graph, iri) -> str:
    for prefix, ns in PREFIXES.items():
        if str(iri).startswith(str(ns)):
            return f"{prefix}:{str(iri)[len(str(ns)):]}"
    return graph.namespace_manager.normalizeUri(iri)


def diagram(graph: Graph) -> nx.MultiDiGraph:
    d = nx.MultiDiGraph()
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        dom, rng = graph.value(prop, RDFS.domain), graph.value(prop, RDFS.range)
        if dom is not None and rng is not None:
            d.add_edge(short(graph, dom), short(graph, rng), label=short(graph, prop), kind="property")
    for cls in graph.subjects(RDF.type, OWL.Class):
        for sup in graph.objects(cls, RDFS.subClassOf):
            if not isinstance(sup, type(cls)):
                continue
            d.add_edge(short(graph, cls), short(graph, sup), label="subClassOf", kind="subclass")
    return d


def render(d: nx.MultiDiGraph) -> str:
    # The act in the middle, everything else on a ring, neighbours kept together
    # (a ring order by spectral ordering of the undirected graph would also do;
    # a breadth-first order from the act is simple and stable).
    centre = "mk:Act" if "mk:Act" in d else sorted(d.nodes)[0]
    und = nx.Graph(d)
    ring = [n for n in nx.dfs_preorder_nodes(und, centre, sort_neighbors=sorted) if n != centre]
    ring += sorted(n for n in d.nodes if n not in ring and n != centre)
    pos = nx.shell_layout(d, nlist=[[centre], ring])
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]

    def place(node):
        x, y = pos[node]
        return (80 + (x - min(xs)) / ((max(xs) - min(xs)) or 1) * (WIDTH - 160),
                50 + (y - min(ys)) / ((max(ys) - min(ys)) or 1) * (HEIGHT - 100))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'font-family="sans-serif" font-size="12">',
             '<defs><marker id="a" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
             'markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>',
             '<rect width="100%" height="100%" fill="white"/>']
    seen: dict[tuple, int] = {}
    for u, v, data in sorted(d.edges(data=True), key=lambda e: (e[0], e[1], e[2]["label"])):
        (x1, y1), (x2, y2) = place(u), place(v)
        n = seen[(u, v)] = seen.get((u, v), -1) + 1
        dash = ' stroke-dasharray="5,4"' if data["kind"] == "subclass" else ""
        if u == v:  # a property from a class to itself: a loop above the box
            parts.append(f'<path d="M{x1 - 20:.0f},{y1 - BOX_H / 2:.0f} C{x1 - 40:.0f},{y1 - 70:.0f} '
                         f'{x1 + 40:.0f},{y1 - 70:.0f} {x1 + 20:.0f},{y1 - BOX_H / 2:.0f}" fill="none" '
                         f'stroke="#555" marker-end="url(#a)"/>')
            parts.append(f'<text x="{x1:.0f}" y="{y1 - 60 - 12 * n:.0f}" text-anchor="middle" '
                         f'fill="#333">{escape(data["label"])}</text>')
            continue
        length = math.hypot(x2 - x1, y2 - y1) or 1
        ex, ey = x2 - (x2 - x1) / length * 60, y2 - (y2 - y1) / length * 18
        parts.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{ex:.0f}" y2="{ey:.0f}" stroke="#555"'
                     f'{dash} marker-end="url(#a)"/>')
        mx, my = (x1 + ex) / 2, (y1 + ey) / 2 - 4 - 12 * n
        parts.append(f'<text x="{mx:.0f}" y="{my:.0f}" text-anchor="middle" fill="#333">'
                     f'{escape(data["label"])}</text>')
    for node in sorted(d.nodes):
        x, y = place(node)
        w = 9 * len(node) + 16
        own = node.startswith("mk:")
        parts.append(f'<rect x="{x - w / 2:.0f}" y="{y - BOX_H / 2:.0f}" width="{w}" height="{BOX_H}" '
                     f'rx="6" fill="{"#dbe9f6" if own else "#eeeeee"}" stroke="#345"/>')
        parts.append(f'<text x="{x:.0f}" y="{y + 4:.0f}" text-anchor="middle" font-weight="bold">'
                     f'{escape(node)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ONTOLOGY.parent / "diagram.svg"))
    args = ap.parse_args(argv)
    g = Graph().parse(ONTOLOGY)
    Path(args.out).write_text(render(diagram(g)), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
