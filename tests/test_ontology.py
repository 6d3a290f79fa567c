"""The ontology: every term declared and documented, consistent under OWL RL;
the shapes accept the bundled build and catch broken data."""
import re

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import FOAF, SKOS

from conftest import ROOT
from kg.validate import validate
from kg.vocab import MK, MKT, ontology


def declared(term: URIRef) -> bool:
    return any(ontology().triples((term, RDF.type, None)))


def contract_terms() -> set[URIRef]:
    text = (ROOT / "tests" / "CONTRACT.md").read_text(encoding="utf-8")
    return {MK[name] for name in re.findall(r"\bmk:([A-Za-z]+)", text)}


@pytest.fixture(scope="module")
def data(built):
    _, out = built
    return Graph().parse(out / "munikg.ttl")


def used_terms(graph: Graph) -> set[URIRef]:
    terms = set()
    for s, p, o in graph:
        terms.add(p)
        if p == RDF.type:
            terms.add(o)
    return {t for t in terms if str(t).startswith(str(MK))}


def test_every_contract_and_build_term_is_declared(data):
    terms = contract_terms() | used_terms(data)
    assert len(contract_terms()) >= 20
    assert sorted(t for t in terms if not declared(t)) == []


@pytest.mark.parametrize("predicate", [RDFS.label, RDFS.comment])
def test_every_term_is_labelled_and_explained_in_both_languages(predicate):
    g = ontology()
    for term in set(g.subjects(RDF.type, None)):
        if not str(term).startswith(str(MK)):
            continue
        langs = {o.language for o in g.objects(term, predicate) if isinstance(o, Literal)}
        assert {"sl", "en"} <= langs, f"{term} lacks {predicate} in {({'sl', 'en'} - langs)}"


def test_properties_have_domain_or_range():
    g = ontology()
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in g.subjects(RDF.type, kind):
            if str(prop).startswith(str(MK)) and prop not in (MK.surfaceForm, MK.surfaceText):
                assert g.value(prop, RDFS.domain) or g.value(prop, RDFS.range), prop


def test_alignment_with_standard_vocabularies():
    g = ontology()
    assert (MK.Act, RDFS.subClassOf, URIRef("http://data.europa.eu/eli/ontology#LegalResource")) in g
    assert (MK.Citation, RDF.type, OWL.Class) in g and (MK.Place, RDF.type, OWL.Class) in g
    assert g.value(URIRef("https://w3id.org/munikg/ontology"), OWL.versionInfo) is not None


@pytest.mark.parametrize("label", ["odlok", "sklep", "pravilnik", "odredba", "popravek",
                                   "samoupravni sporazum", "sporazum", "dogovor", "statut",
                                   "spremembe statuta", "odločba", "navodilo", "program", "poslovnik"])
def test_act_types_form_a_skos_scheme(label):
    g = ontology()
    concept = next(g.subjects(SKOS.prefLabel, Literal(label, lang="sl")))
    assert (concept, SKOS.inScheme, URIRef(str(MKT).rstrip("/"))) in g or (concept, SKOS.inScheme, MKT[""]) in g


def owl_rl_errors(graph: Graph) -> list[str]:
    from owlrl import OWLRL_Semantics

    g = Graph()
    for t in graph:
        g.add(t)
    closure = OWLRL_Semantics(g, axioms=False, daxioms=False, rdfs=False)
    closure.closure()
    return closure.error_messages


def test_ontology_is_consistent():
    assert owl_rl_errors(ontology()) == []


def test_ontology_and_data_are_consistent(data):
    assert owl_rl_errors(ontology() + data) == []


def test_consistency_check_catches_a_contradiction(data):
    act = next(data.subjects(RDF.type, MK.Act))
    broken = ontology() + data
    broken.add((act, RDF.type, FOAF.Person))  # acts and people are disjoint
    assert owl_rl_errors(broken)


def test_bundled_build_conforms_to_the_shapes(data):
    report = validate(data)
    assert report.conforms and report.violations == []


def test_shapes_catch_broken_acts_and_report_them_by_act(data):
    g = Graph()
    for t in data:
        g.add(t)
    act = next(s for s in g.subjects(MK.sequence, Literal(3)) if "/1989/13/" in str(s))
    sig = next(g.objects(act, MK.signature))
    g.set((act, MK.charEnd, Literal(0)))                                 # span ends before it starts
    g.remove((act, URIRef("http://data.europa.eu/eli/ontology#type_document"), None))  # no type
    g.set((sig, MK.role, Literal("predsednik", lang="en")))               # wrong language
    report = validate(g)
    assert not report.conforms
    by_act = report.by_act(g)
    assert set(by_act) == {str(act)}
    paths = {v.path.rsplit("#", 1)[-1] for v in by_act[str(act)]}
    assert {"charStart", "type_document", "role"} <= paths
