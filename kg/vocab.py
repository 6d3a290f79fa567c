"""The project's vocabulary: namespaces, and the ontology and shapes files."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import XSD, Graph, Namespace, RDFS
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS, TIME

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
ONTOLOGY = ONTOLOGY_DIR / "munikg.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT = ONTOLOGY_DIR / "context.jsonld"

MK = Namespace("https://w3id.org/munikg/ontology#")
MKT = Namespace("https://w3id.org/munikg/act-type/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")

PREFIXES = {"mk": MK, "mkt": MKT, "eli": ELI, "wgs": GEO, "foaf": FOAF, "org": ORG, "prov": PROV,
            "dcterms": DCTERMS, "skos": SKOS, "xsd": XSD, "rdfs": RDFS, "time": TIME}


@lru_cache(maxsize=1)
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(SHAPES)
