"""People, organisations and places: the rule components, table-driven, and the
trained model."""
import pytest

from ner.mentions import canonical_org, find_organizations, find_people, find_places
from test_structure import REGION


@pytest.mark.parametrize("text, people", [
    ("Občinski svet imenuje naslednje člane: Peter Bolčič, Mojca Hilj Trivič, Ingrid", ["Peter Bolčič", "Mojca Hilj Trivič"]),
    ("1. DELGIUSTO Jožef, sin Martina, Sečovlje 3", ["Jožef Delgiusto"]),
    ("sodniki dr. Viktor Damjan, dr. Josip Globevnik, Marjan Jenko", ["Viktor Damjan", "Josip Globevnik", "Marjan Jenko"]),
    ("namestnice člana JOŽICA JAMNIK iz Izole", ["Jožica Jamnik"]),
    ("ODLOK O POGOJIH IN MERILIH ZA DODELJEVANJE STANOVANJ", []),       # a heading is no name
    ("Krajevna skupnost Sečovlje in Ilirska Bistrica", []),
])
def test_people(text, people):
    assert [m.canonical for m in find_people(text)] == people


@pytest.mark.parametrize("text, orgs", [
    ("ki jo pripravi Center za socialno delo Piran.", ["Center za socialno delo Piran"]),
    ("v gostinski delovni organizaciji »GALEB« KOPER 1. Skupščina", ["Galeb Koper"]),
    ("2. KRAJEVNA SKUPNOST SEČOVLJE 1. DELGIUSTO", ["Krajevna skupnost Sečovlje"]),
    ("mnenju Geodetske uprave SR Slovenije št. 015", ["Geodetska uprava SR Slovenije"]),
])
def test_organisations(text, orgs):
    assert [m.canonical for m in find_organizations(text, propers=frozenset({"piran"}))] == orgs


@pytest.mark.parametrize("phrase, canonical", [
    ("Krajevne skupnosti Žusterna", "Krajevna skupnost Žusterna"),
    ("Občinske skupnosti socialnega skrbstva Izola", "Občinska skupnost socialnega skrbstva Izola"),
    ("Urbanističnega inštituta SR Slovenije", "Urbanistični inštitut SR Slovenije"),
])
def test_organisation_names_in_the_nominative(phrase, canonical):
    assert canonical_org(phrase, frozenset({"žusterna", "izola"})) == canonical


@pytest.mark.parametrize("text, known, places", [
    ("- vlož. št. 1382 k.o. Sečovlje, parc. 6195", frozenset(), ["Sečovlje"]),
    ("v naselju Hrvatini, ki ga je", frozenset(), ["Hrvatini"]),
    ("integracijsko hišo v objektu na Škofijah in v Kopru", frozenset(), ["Koper"]),
    ("v veži zgradbe, Verdijeva ulica 10", frozenset(), ["Verdijeva ulica 10"]),
    ("kmetije v Sečovljah", frozenset({"Sečovlje"}), ["Sečovlje"]),
    ("6. DEBERNARDI Emilija, roj. Kocjančič, Dragonja 43\n - vlož.", frozenset(), ["Dragonja"]),
    ("Koper, 25. aprila 1989", frozenset(), ["Koper"]),  # a date, not a house number
])
def test_places(text, known, places):
    assert [m.canonical for m in find_places(text, 0, None, REGION, known)] == places


def test_tokenizer_keeps_the_abbreviations_of_the_genre():
    from ner.nlp import blank

    assert [t.text for t in blank()("Št.: 352 (Ur. l. SRS, št. 36/88) čl. 5 l. r.")] == [
        "Št.", ":", "352", "(", "Ur.", "l.", "SRS", ",", "št.", "36/88", ")", "čl.", "5", "l.", "r."]


def test_trained_model_is_shipped_small_and_finds_entities():
    from ner.nlp import MODEL_DIR, entities

    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 20_000_000
    text = "Občinski svet imenuje Petra Bolčiča in Mojco Hilj Trivič. Center za socialno delo Piran skliče sejo v Kopru."
    labels = {label for label, _, _ in entities(text, 0, len(text))}
    assert labels & {"PER", "ORG", "LOC"}


def test_mentions_in_the_graph(built):
    from rdflib import Graph

    from conftest import ROOT
    _, out = built
    g = Graph().parse(out / "munikg.ttl")
    rows = list(g.query((ROOT / "queries" / "06-organisation-mentions.rq").read_text()))
    assert [(str(o), str(t)) for o, t in rows] == [
        ("Galeb Koper", "o začasnem ukrepu družbenega varstva v gostinski delovni organizaciji »Galeb« Koper")]
    forms = {str(f) for f in g.objects(next(g.subjects(predicate=None, object=rows[0][0])),
                                       __import__("kg.vocab", fromlist=["MK"]).MK.surfaceForm)}
    assert {"»GALEB« KOPER"} <= forms


def test_people_resolved_across_forms():
    from kg.resolve import resolve_people

    canon = resolve_people([("Raul Šiškovič", ["Skupščina občine Koper"]), ("Raul Šiškovič", ["Koper"]),
                            ("Marua Bratina", ["SSS Piran"]), ("Marija Bratina", ["SSS Piran"]),
                            ("Marija Bratina", ["SSS Piran"]),
                            ("Andrej Jamnik", ["Koper"]), ("Jožica Jamnik", ["Izola"])])
    assert canon["Marua Bratina"] == "Marija Bratina"
    assert canon["Andrej Jamnik"] == "Andrej Jamnik" and canon["Jožica Jamnik"] == "Jožica Jamnik"
