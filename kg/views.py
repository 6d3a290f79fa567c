"""The HTML views of a build, self-contained: the vis-network script and style
are copied from the pyvis package into views/lib/ and loaded from there; nothing is
fetched from the network.

Graph views (this module): who signed what; the citation network; one page per
person and per gazette issue. Nodes are coloured and shaped by class (kg.palette),
sized by degree; tooltips give the facts and a snippet of the source. Small views
lay themselves out (physics, switched off once stable); larger ones get positions
computed here by community (kg.layout) and no physics; a view larger than
MAX_NODES is split into one page per municipality. write_views also writes the
other pages: acts (kg.act_pages), bodies, places and laws (kg.entity_pages), the
index (kg.index_page), the map (kg.map_page) and the search index (kg.search_index).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Iterable

import networkx as nx
from pyvis.network import Network
from rdflib import Graph, URIRef

from .act_pages import act_page, source_reader
from .atomic import write_text
from .entity_pages import act_line, entity_page
from .exports import to_networkx
from .html import TEMPLATES, env
from .index_page import index_html
from .iris import slug
from .layout import community_layout
from .map_page import map_html, placed
from .palette import KINDS
from .search_index import SEARCH_INDEX, search_entries, search_script
from .timeline import Office, timeline

LABEL_MAX = 40
PHYSICS_MAX = 300  # above this many nodes the layout is computed here, without physics
MAX_NODES = 2500  # above this a view is split into one page per municipality



def copy_assets(views: Path, search: list[list] = ()) -> None:
    """vis-network as pyvis ships it, the pages' style and search script into views/lib/,
    and the search index (empty for a page drawn alone)."""
    lib = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    for name, target in (("vis-network.min.js", "vis-network.min.js"), ("vis-network.css", "vis-network.min.css")):
        write_text(views / "lib" / target, lib.joinpath(name).read_text(encoding="utf-8"))
    for asset in ("pages.css", "search.js"):
        write_text(views / "lib" / asset, (TEMPLATES / asset).read_text(encoding="utf-8"))
    write_text(views / SEARCH_INDEX, search_script(list(search)))


def short_label(text: str, limit: int = LABEL_MAX) -> str:
    """A label cut at the last whole word within ``limit`` characters (the full name is in the tooltip)."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:-–") + "…"


def tooltip(data: dict) -> str:
    """Plain text (vis-network shows a string title as text, never as HTML)."""
    lines = [data.get("label", "")]
    for key, name in (("act_type", "type"), ("date", "date"), ("number", "number"), ("body", "body"),
                      ("municipality", "municipality"), ("issue_label", "issue")):
        if data.get(key):
            lines.append(f"{name}: {data[key]}")
    if data.get("source"):
        lines.append(f"source: {data['source']}")
    if data.get("snippet"):
        lines.append(f"“{data['snippet']}”")
    return "\n".join(lines)


def _options(physics: bool) -> dict:
    return {
        "physics": {"enabled": physics, "solver": "barnesHut",
                    "stabilization": {"enabled": physics, "iterations": 250, "fit": True},
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not physics},
        "edges": {"smooth": False, "color": {"color": "#aab4be", "highlight": "#333"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}, "font": {"size": 9}},
        "nodes": {"font": {"size": 11}},
        "layout": {"improvedLayout": False, "randomSeed": 1},  # the same picture at every opening
    }


def render_view(g: nx.Graph, title: str, description: str, root: str = "", facts: Iterable[str] = (),
                acts: Iterable[tuple[str, str]] = (), chart: str = "") -> str:
    """One self-contained HTML page for a networkx graph with munikg node attributes;
    ``root`` leads from the page to the views' folder, ``acts`` are (line, page) links."""
    physics = g.number_of_nodes() <= PHYSICS_MAX
    pos = None if physics else community_layout(g)
    net = Network(directed=True)
    for n, d in sorted(g.nodes(data=True), key=lambda x: x[0]):
        colour, shape, _ = KINDS.get(d.get("kind"), ("#999", "dot", ""))
        attrs = {k: d[k] for k in ("kind", "municipality", "act_type", "year", "page", "body") if d.get(k) is not None}
        if pos:
            attrs.update(x=pos[n][0], y=pos[n][1], physics=False)
        net.add_node(n, label=short_label(d.get("label", n)), title=tooltip(d), color=colour, shape=shape,
                     size=8 + 4 * math.sqrt(g.degree(n)), degree=g.degree(n), **attrs)
    for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("kind", ""))):
        net.add_edge(u, v, title=d.get("role") or d.get("kind", ""))
    nodes, edges, _, _, _, _ = net.get_network_data()
    graph_acts = [d for _, d in g.nodes(data=True) if d.get("kind") == "act"]
    years = [d["year"] for d in graph_acts if d.get("year")]
    kinds = sorted({d.get("kind") for _, d in g.nodes(data=True)} & set(KINDS))
    return env().get_template("view.html").render(
        title=title, description=description, root=root, nodes=nodes, edges=edges,
        facts=list(facts), acts=list(acts), chart=chart, options=_options(physics),
        legend=[{"kind": k, "label": KINDS[k][2], "color": KINDS[k][0], "shape": KINDS[k][1]} for k in kinds],
        municipalities=sorted({d["municipality"] for d in graph_acts if d.get("municipality")}),
        types=sorted({d["act_type"] for d in graph_acts if d.get("act_type")}),
        bodies=sorted({b for d in graph_acts if d.get("body") for b in d["body"].split("; ")}),
        year_min=min(years, default=""), year_max=max(years, default=""))


def subgraph(full: nx.MultiDiGraph, kinds: Iterable[str], edge_kinds: Iterable[str]) -> nx.DiGraph:
    kinds, edge_kinds = set(kinds), set(edge_kinds)
    g = nx.DiGraph()
    for u, v, d in full.edges(data=True):
        if d.get("kind") in edge_kinds and full.nodes[u].get("kind") in kinds and full.nodes[v].get("kind") in kinds:
            g.add_node(u, **full.nodes[u])
            g.add_node(v, **full.nodes[v])
            g.add_edge(u, v, **d)
    return g


def ego(full: nx.MultiDiGraph, centre: str, first: set[str], second: set[str]) -> nx.DiGraph:
    """The centre, its neighbours over edges of kinds ``first``, and their
    neighbours over edges of kinds ``second``."""
    und = full.to_undirected(as_view=True)
    keep = {centre}
    ring = set()
    for n in und.neighbors(centre):
        if any(d.get("kind") in first for d in und.get_edge_data(centre, n).values()):
            ring.add(n)
    keep |= ring
    for n in ring:
        for m in und.neighbors(n):
            if any(d.get("kind") in second for d in und.get_edge_data(n, m).values()):
                keep.add(m)
    return nx.DiGraph(full.subgraph(keep))


PAGE_FOLDERS = {"act": "acts", "person": "people", "issue": "issues", "body": "bodies", "place": "places",
                "municipality": "places", "law": "laws"}
GRAPH_PAGES = ("person", "issue")  # the kinds whose page is a graph view; the others' are lists


def page_paths(full: nx.MultiDiGraph) -> dict[str, str]:
    """The page of every node that has one, relative to the views' folder."""
    return {n: _page(PAGE_FOLDERS[d["kind"]], n) for n, d in full.nodes(data=True) if d["kind"] in PAGE_FOLDERS}


def write_views(graph: Graph, out: Path) -> dict[str, Path]:
    """All views under out/views; returns the index and each view's path."""
    views = out / "views"
    full = to_networkx(graph)
    pages = page_paths(full)
    for n, rel in pages.items():
        full.nodes[n]["page"] = rel
    copy_assets(views, search_entries(graph, full, pages))
    written: dict[str, Path] = {}

    def put(rel: str, html: str) -> None:
        written[rel] = views / rel
        write_text(views / rel, html)

    def linker(rel: str):
        root = "../" * rel.count("/")
        return root, lambda node: root + pages[str(node)] if str(node) in pages else ""

    entries = _main_views(full, put)
    source = source_reader(out)
    offices = offices_held(graph)
    for n, d in sorted(full.nodes(data=True)):
        rel = pages.get(n)
        if rel is None:
            continue
        root, link = linker(rel)
        if d["kind"] in GRAPH_PAGES:
            _graph_page(graph, full, n, rel, root, link, offices, put)
        elif d["kind"] == "act":
            put(rel, env().get_template("act.html").render(page=act_page(graph, URIRef(n), source, link), root=root))
        else:
            put(rel, env().get_template("entity.html").render(
                page=entity_page(graph, URIRef(n), KINDS[d["kind"]][2], link), root=root))
    points = placed(graph, full, pages)
    put("map.html", map_html(points))
    entries.append(("Map of places", "map.html", len(points)))
    put("index.html", index_html(graph, full, entries, pages))
    return written


def _main_views(full: nx.MultiDiGraph, put) -> list[tuple[str, str, int]]:
    """Who signed what and the citation network: one page each, or one per municipality when too large."""
    entries = []
    main_views = [
        ("who-signed-what", "Who signed what", "People, the acts they signed and the bodies that passed them.",
         subgraph(full, {"person", "act", "body"}, {"signed", "passed_by"})),
        ("citations", "Citation network", "Acts, the gazette issues and laws they cite, and what they amend or correct.",
         subgraph(full, {"act", "issue", "law", "referenced act"}, {"cites", "based_on", "amends", "corrects"})),
    ]
    for name, title, description, g in main_views:
        if g.number_of_nodes() <= MAX_NODES:
            put(f"{name}.html", render_view(g, title, description))
            entries.append((title, f"{name}.html", g.number_of_nodes()))
            continue
        by_muni = defaultdict(set)
        for n, d in g.nodes(data=True):
            if d.get("kind") == "act":
                by_muni[d.get("municipality") or "other"].add(n)
        for muni, acts in sorted(by_muni.items()):
            keep = set(acts) | {m for a in acts for m in nx.all_neighbors(g, a)}
            part = nx.DiGraph(g.subgraph(keep))
            rel = f"{name}-{slug(muni)}.html"
            put(rel, render_view(part, f"{title}: {muni}", description))
            entries.append((f"{title}: {muni}", rel, part.number_of_nodes()))
    return entries


def _graph_page(graph: Graph, full: nx.MultiDiGraph, n: str, rel: str, root: str, link, offices, put) -> None:
    """A person's or an issue's page: its neighbourhood as a graph, and its acts listed."""
    label = full.nodes[n]["label"]
    if full.nodes[n]["kind"] == "person":
        g = ego(full, n, {"signed", "mentions"}, {"signed", "passed_by"})
        description, facts = "Acts this person signed or is named in, the bodies, and co-signers.", offices.get(n, [])
    else:
        g = ego(full, n, {"published_in", "cites"}, {"signed", "passed_by", "municipality"})
        description, facts = "Acts printed in this issue or citing it, their signers, bodies and municipalities.", []
    acts = sorted(((act_line(graph, URIRef(a)), link(a)) for a in g if full.nodes[a]["kind"] == "act"))
    put(rel, render_view(g, label, description, root, [str(f) for f in facts], acts, timeline(facts)))


OFFICES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX mk: <https://w3id.org/munikg/ontology#>
SELECT ?person ?role ?body ?from ?to WHERE {
  ?m a org:Membership ; org:member ?person ; org:role/skos:prefLabel ?role ;
     org:organization/skos:prefLabel ?body .
  OPTIONAL { ?m mk:firstAttested ?from ; mk:lastAttested ?to }
} ORDER BY ?person ?from ?role ?body"""


def offices_held(graph: Graph) -> dict[str, list[Office]]:
    """Person -> the offices the signatures attest, in order."""
    out: dict[str, list[Office]] = defaultdict(list)
    for person, role, body, start, end in graph.query(OFFICES):
        out[str(person)].append(Office(str(role), str(body), start and str(start), end and str(end)))
    return out


def _page(folder: str, iri: str) -> str:
    # readable and unique: the IRI's path after /id/
    tail = slug(re.sub(r"^.*/id/", "", iri))
    return f"{folder}/{tail}.html"
