"""One page per body, place, municipality and law: its names as printed, where the
register places it, and the acts that name it, each linking to the act's page."""
from __future__ import annotations

from typing import Callable

from rdflib import RDF, Graph
from rdflib.namespace import ORG, SKOS

from .exports import label
from .vocab import ELI, GEO, MK

# What the register of spatial units says of a place (GURS RPE).
REGISTER = ((MK.registerKind, "kind"), (MK.registerId, "identifier"), (MK.registerSettlement, "settlement"),
            (MK.registerMunicipality, "municipality today"))
# How an act points at the entity, in the order the page lists them.
ROLES = ((ELI.passed_by, "passed"), (MK.signatoryBody, "signed as a party"), (ELI.based_on, "rest on it"),
         (MK.municipality, "belong to it"), (MK.concerns, "are about it"), (MK.mentions, "name it"))


def act_line(graph: Graph, act) -> str:
    """"1989-04-25 · odlok o ...": how an act is listed on the pages."""
    date = graph.value(act, ELI.date_document)
    kind = graph.value(graph.value(act, ELI.type_document), SKOS.prefLabel)
    return " · ".join(str(x) for x in (date, f"{kind or ''} {label(graph, act)}".strip()) if x)


def entity_page(graph: Graph, node, kind: str, link: Callable[[object], str]) -> dict:
    forms = sorted({str(f) for f in graph.objects(node, MK.surfaceForm)} - {label(graph, node)})
    lat, long = graph.value(node, GEO.lat), graph.value(node, GEO.long)
    register = [(str(graph.value(node, p)), name) for p, name in REGISTER if graph.value(node, p) is not None]
    groups, seen = [], set()
    for prop, role in ROLES:
        acts = sorted(a for a in graph.subjects(prop, node) if (a, RDF.type, MK.Act) in graph and a not in seen)
        seen.update(acts)
        if acts:
            groups.append((role, sorted(((act_line(graph, a), link(a)) for a in acts), key=lambda x: x[0])))
    return {"title": label(graph, node), "kind": kind, "forms": forms, "groups": groups,
            "acts": len(seen), "where": (str(lat), str(long)) if lat is not None else None,
            "register": register,
            "unit_of": [(label(graph, u), link(u)) for u in graph.objects(node, ORG.unitOf)],
            "units": sorted((label(graph, u), link(u)) for u in graph.subjects(ORG.unitOf, node))}
