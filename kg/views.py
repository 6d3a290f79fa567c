"""Interactive HTML views of the graph (pyvis / vis-network), self-contained:
the vis-network script and style are copied from the pyvis package into
views/lib/ and loaded from there; nothing is fetched from the network.

Views: who signed what; the citation network; one page per person; one page per
gazette issue; and an index linking them. Nodes are coloured and shaped by
class, sized by degree; tooltips give the facts and a snippet of the source.
Small views lay themselves out (physics, switched off once stable); larger ones
get positions computed here and no physics; a view larger than MAX_NODES is
split into one page per municipality.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Iterable

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network
from rdflib import Graph

from .atomic import write_text
from .exports import to_networkx
from .iris import slug

KINDS = {  # kind: (colour, vis shape, legend)
    "act": ("#4a78a8", "dot", "act"),
    "person": ("#e08a2c", "diamond", "person"),
    "body": ("#4f9d69", "square", "body / organisation"),
    "municipality": ("#9a9a2e", "triangleDown", "municipality"),
    "issue": ("#8c6bb1", "triangle", "gazette issue"),
    "gazette": ("#6b4f91", "star", "gazette"),
    "law": ("#b55a3c", "box", "law or statute"),
    "referenced act": ("#9fb7cf", "dot", "act known from a reference"),
    "place": ("#7aa37a", "dot", "place"),
}
PHYSICS_MAX = 300  # above this many nodes the layout is computed here, without physics
MAX_NODES = 2500  # above this a view is split into one page per municipality

TEMPLATES = Path(__file__).with_name("templates")


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def copy_vis_assets(views: Path) -> None:
    """vis-network as pyvis ships it, into views/lib/."""
    lib = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    for name, target in (("vis-network.min.js", "vis-network.min.js"), ("vis-network.css", "vis-network.min.css")):
        write_text(views / "lib" / target, lib.joinpath(name).read_text(encoding="utf-8"))


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


def grouped_layout(g: nx.Graph) -> dict:
    """Positions for a large view in linear time: acts on a spiral ordered by
    municipality and date, every other node at the centre of its neighbours."""
    acts = sorted((n for n, d in g.nodes(data=True) if d.get("kind") == "act"),
                  key=lambda n: (g.nodes[n].get("municipality") or "", g.nodes[n].get("date") or "", n))
    pos = {}
    for i, n in enumerate(acts):
        r = 40 * math.sqrt(i + 1)
        a = i * 2.399963  # the golden angle spreads the points evenly
        pos[n] = (r * math.cos(a), r * math.sin(a))
    rest = [n for n in sorted(g.nodes) if n not in pos]
    for k, n in enumerate(rest):
        near = [pos[m] for m in g.neighbors(n) if m in pos]
        if near:
            x = sum(p[0] for p in near) / len(near)
            y = sum(p[1] for p in near) / len(near)
        else:
            x = y = 0.0
        jitter = 25 + (k % 7) * 6
        pos[n] = (x + jitter * math.cos(k), y + jitter * math.sin(k))
    return pos


def _options(physics: bool) -> dict:
    return {
        "physics": {"enabled": physics, "solver": "barnesHut",
                    "stabilization": {"enabled": physics, "iterations": 250, "fit": True},
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not physics},
        "edges": {"smooth": False, "color": {"color": "#aab4be", "highlight": "#333"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}, "font": {"size": 9}},
        "nodes": {"font": {"size": 11}},
        "layout": {"improvedLayout": False},
    }


def render_view(g: nx.Graph, title: str, description: str, index_href: str, lib: str = "lib/",
                facts: Iterable[str] = ()) -> str:
    """One self-contained HTML page for a networkx graph with munikg node attributes."""
    physics = g.number_of_nodes() <= PHYSICS_MAX
    pos = None if physics else grouped_layout(g)
    net = Network(directed=True)
    for n, d in sorted(g.nodes(data=True), key=lambda x: x[0]):
        colour, shape, _ = KINDS.get(d.get("kind"), ("#999", "dot", ""))
        attrs = {k: d[k] for k in ("kind", "municipality", "act_type", "year", "href") if d.get(k) is not None}
        if pos:
            attrs.update(x=pos[n][0], y=pos[n][1], physics=False)
        net.add_node(n, label=d.get("label", n)[:40], title=tooltip(d), color=colour, shape=shape,
                     size=8 + 4 * math.sqrt(g.degree(n)), **attrs)
    for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("kind", ""))):
        net.add_edge(u, v, title=d.get("role") or d.get("kind", ""), label="" if not physics else "")
    nodes, edges, _, _, _, _ = net.get_network_data()
    acts = [d for _, d in g.nodes(data=True) if d.get("kind") == "act"]
    years = [d["year"] for d in acts if d.get("year")]
    kinds = sorted({d.get("kind") for _, d in g.nodes(data=True)} & set(KINDS))
    return _env().get_template("view.html").render(
        title=title, description=description, index_href=index_href, nodes=nodes, edges=edges,
        facts=list(facts),
        options=_options(physics), lib=lib,
        legend=[{"label": KINDS[k][2], "color": KINDS[k][0], "shape": KINDS[k][1]} for k in kinds],
        municipalities=sorted({d["municipality"] for d in acts if d.get("municipality")}),
        types=sorted({d["act_type"] for d in acts if d.get("act_type")}),
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


def write_views(graph: Graph, out: Path) -> dict[str, Path]:
    """All views under out/views; returns the index and each view's path."""
    views = out / "views"
    full = to_networkx(graph)
    people = sorted((n for n, d in full.nodes(data=True) if d["kind"] == "person"),
                    key=lambda n: full.nodes[n]["label"])
    issues = sorted((n for n, d in full.nodes(data=True) if d["kind"] == "issue"),
                    key=lambda n: full.nodes[n]["label"])
    for n in people:
        full.nodes[n]["href"] = "../" + _page("people", n)
    for n in issues:
        full.nodes[n]["href"] = "../" + _page("issues", n)
    offices = offices_held(graph)
    copy_vis_assets(views)
    written: dict[str, Path] = {}
    entries = []

    def emit(rel: str, g: nx.Graph, title: str, description: str, facts: Iterable[str] = ()) -> None:
        depth = rel.count("/")
        html = render_view(g, title, description, "../" * depth + "index.html", "../" * depth + "lib/", facts)
        if depth == 0:  # pages at the top level link one folder less deep
            html = html.replace('"../people/', '"people/').replace('"../issues/', '"issues/')
        path = views / rel
        write_text(path, html)
        written[rel] = path

    main_views = [
        ("who-signed-what", "Who signed what", "People, the acts they signed and the bodies that passed them.",
         subgraph(full, {"person", "act", "body"}, {"signed", "passed_by"})),
        ("citations", "Citation network", "Acts, the gazette issues and laws they cite, and what they amend or correct.",
         subgraph(full, {"act", "issue", "law", "referenced act"}, {"cites", "based_on", "amends", "corrects"})),
    ]
    for name, title, description, g in main_views:
        if g.number_of_nodes() <= MAX_NODES:
            emit(f"{name}.html", g, title, description)
            entries.append((title, f"{name}.html", g.number_of_nodes()))
            continue
        # Too large for one page: one page per municipality.
        by_muni = defaultdict(set)
        for n, d in g.nodes(data=True):
            if d.get("kind") == "act":
                by_muni[d.get("municipality") or "other"].add(n)
        for muni, acts in sorted(by_muni.items()):
            keep = set(acts) | {m for a in acts for m in nx.all_neighbors(g, a)}
            part = nx.DiGraph(g.subgraph(keep))
            rel = f"{name}-{slug(muni)}.html"
            emit(rel, part, f"{title}: {muni}", description)
            entries.append((f"{title}: {muni}", rel, part.number_of_nodes()))
    person_entries = []
    for n in people:
        label = full.nodes[n]["label"]
        g = ego(full, n, {"signed", "mentions"}, {"signed", "passed_by"})
        rel = _page("people", n)
        emit(rel, g, label, "Acts this person signed or is named in, the bodies, and co-signers.",
             offices.get(n, []))
        person_entries.append((label, rel, g.number_of_nodes()))
    issue_entries = []
    for n in issues:
        label = full.nodes[n]["label"]
        g = ego(full, n, {"published_in", "cites"}, {"signed", "passed_by", "municipality"})
        if g.number_of_nodes() < 2:
            continue
        rel = _page("issues", n)
        emit(rel, g, label, "Acts printed in this issue or citing it, their signers, bodies and municipalities.")
        issue_entries.append((label, rel, g.number_of_nodes()))
    index = _env().get_template("index.html").render(views=entries, people=person_entries,
                                                     issues=issue_entries)
    write_text(views / "index.html", index)
    written["index.html"] = views / "index.html"
    return written


OFFICES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX mk: <https://w3id.org/munikg/ontology#>
SELECT ?person ?role ?body ?from ?to WHERE {
  ?m a org:Membership ; org:member ?person ; org:role/skos:prefLabel ?role ;
     org:organization/skos:prefLabel ?body .
  OPTIONAL { ?m mk:firstAttested ?from ; mk:lastAttested ?to }
} ORDER BY ?person ?from ?role ?body"""


def offices_held(graph: Graph) -> dict[str, list[str]]:
    """Person -> "predsednik, Skupščina občine Koper (1989-04-25)" lines."""
    out: dict[str, list[str]] = defaultdict(list)
    for person, role, body, start, end in graph.query(OFFICES):
        when = "" if start is None else f" ({start}{'' if end == start else f' – {end}'})"
        out[str(person)].append(f"{role}, {body}{when}")
    return out


def _page(folder: str, iri: str) -> str:
    # readable and unique: the IRI's path after /id/
    tail = slug(re.sub(r"^.*/id/", "", iri))
    return f"{folder}/{tail}.html"
