"""The graph in the formats people use: N-Triples, JSON-LD, GraphML for Gephi,
CSV tables for spreadsheets. Turtle is written by the build itself."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS

from .atomic import atomic_open, write_text
from .vocab import CONTEXT, ELI, MK

# Classes shown as nodes in GraphML, with a short name, and the links between them.
NODE_CLASSES = {MK.Act: "act", FOAF.Person: "person", ORG.Organization: "body",
                MK.Municipality: "municipality", MK.GazetteIssue: "issue", MK.Gazette: "gazette",
                MK.Place: "place", MK.Law: "law", MK.ActPlaceholder: "referenced act"}
EDGE_PROPERTIES = {ELI.passed_by: "passed_by", MK.municipality: "municipality",
                   MK.publishedIn: "published_in", MK.citesIssue: "cites", ELI.amends: "amends",
                   MK.corrects: "corrects", MK.mentions: "mentions", MK.gazette: "gazette",
                   ELI.based_on: "based_on"}


def ntriples(graph: Graph) -> str:
    lines = graph.serialize(format="nt").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def turtle(nt: str, graph: Graph) -> str:
    """The graph as Turtle with the project's prefixes, written by Oxigraph from the
    sorted N-Triples: the same file for the same graph, and fast for an archive's
    million triples (rdflib's serializer takes minutes)."""
    prefixes = {p: str(ns) for p, ns in sorted(graph.namespaces()) if p and f"<{ns}" in nt}
    triples = ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")


def jsonld(graph: Graph) -> str:
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    doc = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    if isinstance(doc.get("@graph"), list):
        doc["@graph"].sort(key=lambda node: node.get("@id", ""))
    # The context is inlined, so the file reads anywhere offline; the same context
    # is written beside it (context.jsonld) for documents of one's own.
    doc["@context"] = context
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def label(graph: Graph, node) -> str:
    """A node's name for people: an act's title, a person's name, an issue as a
    historian cites it ("Uradne objave, št. 13/1989")."""
    number, year = graph.value(node, MK.issueNumber), graph.value(node, MK.year)
    if number is not None and year is not None:
        return f"{label(graph, graph.value(node, MK.gazette))}, št. {number}/{year}"
    for p in (ELI.title, FOAF.name, SKOS.prefLabel):
        value = graph.value(node, p)
        if value is not None:
            return str(value)
    kind = graph.value(node, ELI.type_document)
    if kind is not None:  # an act printed without a title: "sklep, act 1 of 000_3e3b3cd49ed342d4.txt"
        src = graph.value(graph.value(node, PROV.wasDerivedFrom), DCTERMS.identifier)
        return f"{label(graph, kind)}, act {graph.value(node, MK.sequence)} of {src}"
    return str(node).rsplit("/", 1)[-1]


def _act_details(graph: Graph, act) -> dict:
    """Facts shown with an act: its type, number, body, municipality, issue and source."""
    out = {}
    for key, path in (("act_type", (ELI.type_document, SKOS.prefLabel)), ("body", (ELI.passed_by, SKOS.prefLabel)),
                      ("municipality", (MK.municipality, SKOS.prefLabel)), ("issue_label", (MK.publishedIn, RDFS.label)),
                      ("number", (ELI.id_local,))):
        values = [act]
        for p in path:  # every value, in one order whatever the store: a joint act has several bodies
            values = sorted({o for v in values for o in graph.objects(v, p)})
        if values:
            out[key] = "; ".join(map(str, values))
    src = graph.value(graph.value(act, PROV.wasDerivedFrom), DCTERMS.identifier)
    start, end = graph.value(act, MK.charStart), graph.value(act, MK.charEnd)
    if src is not None and start is not None:
        out["source"] = f"{src}, characters {start}–{end}"
    heading = graph.value(URIRef(f"{act}/evidence/heading"), MK.surfaceText)
    if heading is not None:
        text = " ".join(str(heading).split())
        out["snippet"] = text[:160] + ("…" if len(text) > 160 else "")
    return out


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """People, acts, bodies, places and issues as nodes; who signed and what cites what as edges."""
    g = nx.MultiDiGraph()
    for cls, kind in NODE_CLASSES.items():
        for node in sorted(graph.subjects(RDF.type, cls)):
            attrs = {"kind": kind, "label": label(graph, node)}
            date = graph.value(node, ELI.date_document)
            if date is not None:
                attrs["date"] = str(date)
                attrs["year"] = int(str(date)[:4])
            if cls == MK.Act:
                attrs.update(_act_details(graph, node))
            g.add_node(str(node), **attrs)
    for act in sorted(graph.subjects(RDF.type, MK.Act)):
        for sig in sorted(graph.objects(act, MK.signature)):
            person = graph.value(sig, MK.signer)
            role = graph.value(sig, MK.role)
            g.add_edge(str(person), str(act), key="signed", kind="signed", role=str(role or ""))
    for p, kind in EDGE_PROPERTIES.items():
        for s, o in sorted(graph.subject_objects(p)):
            if str(s) in g and str(o) in g:
                g.add_edge(str(s), str(o), key=kind, kind=kind)
    return g


TABLES = {
    # a joint act's issuers in one cell, "; " between them; so are the parts of an incomplete act
    "acts": ("""SELECT ?act ?file ?seq ?type ?title ?issuer ?municipality ?date ?number ?place
                       ?gazette ?issue_number ?issue_year ?char_start ?char_end ?missing WHERE {
        ?act a mk:Act ; mk:sequence ?seq ; prov:wasDerivedFrom/dcterms:identifier ?file .
        OPTIONAL { ?act eli:type_document/skos:prefLabel ?type }
        OPTIONAL { ?act eli:title ?title }
        OPTIONAL { SELECT ?act (GROUP_CONCAT(DISTINCT ?by; separator="; ") AS ?issuer)
                   WHERE { ?act eli:passed_by/skos:prefLabel ?by } GROUP BY ?act }
        OPTIONAL { ?act mk:municipality/skos:prefLabel ?municipality }
        OPTIONAL { ?act eli:date_document ?date } OPTIONAL { ?act eli:id_local ?number }
        OPTIONAL { ?act mk:place ?place }
        OPTIONAL { ?act mk:publishedIn ?i . ?i mk:gazette/skos:prefLabel ?gazette ;
                   mk:issueNumber ?issue_number ; mk:year ?issue_year }
        OPTIONAL { ?act mk:charStart ?char_start ; mk:charEnd ?char_end }
        OPTIONAL { SELECT ?act (GROUP_CONCAT(DISTINCT ?part; separator="; ") AS ?missing)
                   WHERE { ?act mk:missingPart ?part } GROUP BY ?act }
    } ORDER BY ?file ?seq"""),
    "signatures": ("""SELECT ?act ?title ?date ?person ?name ?role ?body ?printed ?file ?char_start ?char_end WHERE {
        ?act mk:signature ?sig . ?sig mk:signer ?person ; mk:surfaceText ?printed ;
             mk:charStart ?char_start ; mk:charEnd ?char_end ; prov:wasDerivedFrom/dcterms:identifier ?file .
        ?person foaf:name ?name .
        OPTIONAL { ?sig mk:role ?role } OPTIONAL { ?act eli:title ?title }
        OPTIONAL { ?sig mk:signsFor/skos:prefLabel ?body }
        OPTIONAL { ?act eli:date_document ?date }
    } ORDER BY ?file ?char_start"""),
    "citations": ("""SELECT ?act ?gazette ?number ?year ?printed ?file ?char_start ?char_end WHERE {
        ?act mk:citation ?c . ?c mk:citedIssue ?i ; mk:surfaceText ?printed .
        ?i mk:gazette/skos:prefLabel ?gazette ; mk:issueNumber ?number ; mk:year ?year .
        OPTIONAL { ?c mk:charStart ?char_start ; mk:charEnd ?char_end ;
                   prov:wasDerivedFrom/dcterms:identifier ?file }
    } ORDER BY ?file ?char_start"""),
}


def csv_table(graph: Graph, query: str) -> str:
    result = graph.query(query, initNs={"mk": MK, "eli": ELI, "foaf": FOAF, "org": ORG, "skos": SKOS,
                                        "prov": PROV, "dcterms": DCTERMS})
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([str(v) for v in result.vars])
    for row in result:
        writer.writerow(["" if v is None else str(v) for v in row])
    return buf.getvalue()


ENTITY_CLASSES = {FOAF.Person: "person", ORG.Organization: "organisation",
                  MK.Municipality: "municipality", MK.Place: "place"}
# How an act points at an entity of each kind.
ACT_LINKS = ((MK.signature, MK.signer), (ELI.passed_by,), (MK.municipality,), (MK.mentions,))


def entities_table(graph: Graph) -> str:
    acts_of: dict = {}
    for act in graph.subjects(RDF.type, MK.Act):
        for path in ACT_LINKS:
            nodes = [act]
            for p in path:
                nodes = [o for n in nodes for o in graph.objects(n, p)]
            for node in nodes:
                acts_of.setdefault(node, set()).add(act)
    rows = []
    for cls, kind in ENTITY_CLASSES.items():
        for node in graph.subjects(RDF.type, cls):
            forms = sorted({str(f) for f in graph.objects(node, MK.surfaceForm)})
            rows.append((kind, label(graph, node), str(node), " | ".join(forms),
                         len(acts_of.get(node, ()))))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["kind", "label", "entity", "surface_forms", "acts"])
    writer.writerows(sorted(rows))
    return buf.getvalue()


def write_exports(graph: Graph, out: Path, nt: str) -> dict[str, Path]:
    """Every export beside the Turtle, from the graph and its sorted N-Triples."""
    paths = {
        "ntriples": out / "munikg.nt",
        "jsonld": out / "munikg.jsonld",
        "jsonld_context": out / "context.jsonld",
        "graphml": out / "munikg.graphml",
    }
    write_text(paths["ntriples"], nt)
    write_text(paths["jsonld_context"], CONTEXT.read_text(encoding="utf-8"))
    write_text(paths["jsonld"], jsonld(graph))
    with atomic_open(paths["graphml"], "wb") as fh:
        nx.write_graphml(to_networkx(graph), fh)
    for name, query in TABLES.items():
        paths[f"csv_{name}"] = out / f"{name}.csv"
        write_text(paths[f"csv_{name}"], csv_table(graph, query))
    paths["csv_entities"] = out / "entities.csv"
    write_text(paths["csv_entities"], entities_table(graph))
    return paths

