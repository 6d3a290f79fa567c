"""The index the views' search box reads: every person, body, place, law, act and
issue with a page, under its name and every form the text printed it in ("Kopru",
"ŠIŠKOVIČA"), folded to lower case without diacritics, written as a script so that
it loads from file:// with no server."""
from __future__ import annotations

import json
import unicodedata

import networkx as nx
from rdflib import Graph, URIRef

from .vocab import MK

SEARCH_INDEX = "search-index.js"


def fold(text: str) -> str:
    """'ŠIŠKOVIČ' -> 'siskovic' (the search box folds what is typed the same way)."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def search_entries(graph: Graph, full: nx.MultiDiGraph, pages: dict[str, str]) -> list[list]:
    """[label, kind, page, folded names] for every node with a page, in a stable order."""
    rows = []
    for n, page in sorted(pages.items(), key=lambda kv: kv[1]):
        d = full.nodes[n]
        label = d["label"]
        forms = {label} | {str(f) for f in graph.objects(URIRef(n), MK.surfaceForm)}
        if d["kind"] == "act" and d.get("act_type"):
            forms.add(f"{d['act_type']} {label}")
        rows.append([label, d["kind"], page, sorted({fold(" ".join(f.split())) for f in forms})])
    return rows


def search_script(rows: list[list]) -> str:
    # </script> cannot close anything in a .js file, but "<" is escaped all the same
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f"window.MUNIKG_SEARCH = {data};\n"
