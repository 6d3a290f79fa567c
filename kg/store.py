"""The on-disk Oxigraph store the build writes beside its files (output/store),
so that queries never re-parse Turtle."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .vocab import ONTOLOGY

STORE_DIR = "store"
ONTOLOGY_GRAPH = ox.NamedNode("https://w3id.org/munikg/ontology")


class StoreError(Exception):
    """No store where one was expected."""


def load(ntriples: Path, out: Path) -> Path:
    """Bulk-load the graph (default graph) and the ontology (a named graph) into a
    new store, then swap it in place of the old one."""
    target = out / STORE_DIR
    tmp = Path(tempfile.mkdtemp(prefix=".store.", dir=out))
    try:
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES)
        store.bulk_load(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE, to_graph=ONTOLOGY_GRAPH)
        store.flush()
        store.optimize()
        del store
        old = None
        if target.exists():
            old = out / f".store.old.{tmp.name}"
            target.rename(old)
        tmp.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def open_read_only(out: Path) -> ox.Store:
    path = out / STORE_DIR
    if not path.exists():
        raise StoreError(f"no store in {out}: run `python -m kg build --out {out}` first")
    return ox.Store.read_only(str(path))


def rdflib_graph(out: Path) -> Graph:
    """The store's graph behind rdflib's API (oxrdflib; SPARQL runs in Oxigraph), read
    only: code written for rdflib reads a build without parsing its Turtle again."""
    return Graph(store=OxigraphStore(store=open_read_only(out)), identifier=DATASET_DEFAULT_GRAPH_ID)
