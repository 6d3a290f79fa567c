"""The page a historian starts from: the corpus at a glance, the issues in date order,
acts per year and municipality, the most frequent signers, the most cited laws and
issues, and every person, body and place, each linking to its page."""
from __future__ import annotations

from collections import Counter
from typing import Iterable

import networkx as nx
from markupsafe import Markup
from rdflib import RDF, Graph
from rdflib.namespace import DCTERMS, FOAF, ORG

from .exports import label
from .html import env
from .vocab import ELI, MK

TOP = 15
CHART_COLOURS = ("#4a78a8", "#e08a2c", "#4f9d69", "#b55a3c", "#8c6bb1", "#9a9a2e", "#5fa2b8", "#c45f8f", "#777")


def _count(graph: Graph, cls) -> int:
    return sum(1 for _ in graph.subjects(RDF.type, cls))


def _printed(graph: Graph) -> Iterable:
    """The issue of each act read from the corpus (not of the acts its acts refer to)."""
    for act in graph.subjects(RDF.type, MK.Act):
        yield from graph.objects(act, MK.publishedIn)


def at_a_glance(graph: Graph) -> list[tuple[str, int]]:
    printed = set(_printed(graph))
    return [("gazette issues read", len(printed)), ("acts", _count(graph, MK.Act)),
            ("people", _count(graph, FOAF.Person)), ("bodies", _count(graph, ORG.Organization)),
            ("places", _count(graph, MK.Place)), ("citations", _count(graph, MK.Citation)),
            ("gazette issues cited", len(set(graph.objects(None, MK.citesIssue))))]


def issues_in_order(graph: Graph, pages: dict) -> list[tuple[str, str, int, str]]:
    """(label, page, acts printed, date) of every issue the corpus holds, oldest first."""
    acts = Counter(_printed(graph))
    rows = [(str(graph.value(i, DCTERMS.issued) or ""), label(graph, i), pages.get(str(i), ""), n)
            for i, n in acts.items()]
    return [(name, page, n, date) for date, name, page, n in sorted(rows)]


def ranked(graph: Graph, pairs: Iterable, pages: dict, top: int = TOP) -> list[tuple[str, str, int]]:
    """The ``top`` most frequent targets of (act, target) pairs, counted once per act."""
    counts = Counter(target for _, target in set(pairs))
    best = sorted(counts.items(), key=lambda kv: (-kv[1], label(graph, kv[0])))[:top]
    return [(label(graph, node), pages.get(str(node), ""), n) for node, n in best]


def signers(graph: Graph) -> Iterable:
    for act, sig in graph.subject_objects(MK.signature):
        yield act, graph.value(sig, MK.signer)


def acts_per_year(graph: Graph) -> dict[int, Counter]:
    out: dict[int, Counter] = {}
    for act in graph.subjects(RDF.type, MK.Act):
        date = graph.value(act, ELI.date_document)
        if date is None:
            continue
        place = graph.value(act, MK.municipality)
        muni = label(graph, place) if place is not None else "other"
        out.setdefault(int(str(date)[:4]), Counter())[muni] += 1
    return out


def year_chart(per_year: dict[int, Counter]) -> Markup:
    """Acts per year as stacked bars, one colour per municipality, as inline SVG."""
    if not per_year:
        return Markup("")
    years = list(range(min(per_year), max(per_year) + 1))
    munis = sorted({m for c in per_year.values() for m in c}, key=lambda m: (m == "other", m))
    colour = {m: CHART_COLOURS[k % len(CHART_COLOURS)] for k, m in enumerate(munis)}
    peak = max(sum(c.values()) for c in per_year.values())
    bar, height, left = max(6, min(28, 720 // len(years))), 160, 30
    parts = []
    for k, year in enumerate(years):
        y = height
        for m in munis:
            n = per_year.get(year, Counter())[m]
            if n:
                h = n * height / peak
                y -= h
                parts.append(Markup('<rect x="{}" y="{:.1f}" width="{}" height="{:.1f}" fill="{}"><title>{}: {} acts of {}</title></rect>')
                             .format(left + k * bar, y, bar - 1, h, colour[m], year, n, m))
        if len(years) <= 30 or year % 5 == 0:
            parts.append(Markup('<text x="{}" y="{}" font-size="10" text-anchor="middle">{}</text>')
                         .format(left + k * bar + bar / 2, height + 13, year))
    parts.append(Markup('<text x="0" y="10" font-size="10">{}</text>').format(peak))
    width = left + len(years) * bar + 10
    keys = Markup("").join(Markup('<span><svg width="10" height="10"><rect width="10" height="10" fill="{}"/></svg> {}</span> ')
                           .format(colour[m], m) for m in munis)
    return Markup('<svg class="chart" width="{}" height="{}" role="img" aria-label="acts per year">{}</svg><p class="legend">{}</p>').format(
        width, height + 18, Markup("").join(parts), keys)


def index_html(graph: Graph, full: nx.MultiDiGraph, views: list, pages: dict) -> str:
    def listed(kind: str) -> list[tuple[str, str, int]]:
        nodes = [n for n, d in full.nodes(data=True) if d["kind"] == kind and n in pages]
        degree = {n: sum(1 for m in nx.all_neighbors(full, n) if full.nodes[m]["kind"] == "act") for n in nodes}
        return sorted(((full.nodes[n]["label"], pages[n], degree[n]) for n in nodes), key=lambda r: (r[0].lower(), r[1]))

    return env().get_template("index.html").render(
        glance=at_a_glance(graph), views=views, issues=issues_in_order(graph, pages),
        chart=year_chart(acts_per_year(graph)),
        signers=ranked(graph, signers(graph), pages),
        laws=ranked(graph, graph.subject_objects(ELI.based_on), pages),
        cited=ranked(graph, graph.subject_objects(MK.citesIssue), pages),
        bodies=ranked(graph, graph.subject_objects(ELI.passed_by), pages),
        people=listed("person"), all_bodies=listed("body"), places=listed("place") + listed("municipality"))
