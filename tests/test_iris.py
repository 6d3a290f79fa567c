import pytest

from kg.iris import Minter, slug


@pytest.mark.parametrize("text, expected", [
    ("Raul Šiškovič", "raul-siskovic"),
    ("Uradni list SRS", "uradni-list-srs"),
    ("Skupščina občine Koper", "skupscina-obcine-koper"),
    ("  ---  ", "x"),
])
def test_slug(text, expected):
    assert slug(text) == expected


def test_names_that_slug_alike_never_share_an_iri():
    m = Minter("https://example.org/id/")
    for name in ("Raul Šiškovič", "Raul Siskovic", "Bruno Podreka"):
        m.reserve("person", name)
    a, b = m.named("person", "Raul Šiškovič"), m.named("person", "Raul Siskovic")
    assert a != b and str(a).startswith("https://example.org/id/person/raul-siskovic-")
    assert str(m.named("person", "Bruno Podreka")) == "https://example.org/id/person/bruno-podreka"


def test_iris_do_not_depend_on_the_order_names_are_seen():
    names = ["Raul Šiškovič", "Raul Siskovic"]
    m1, m2 = Minter(), Minter()
    for n in names:
        m1.reserve("person", n)
    for n in reversed(names):
        m2.reserve("person", n)
    assert [m1.named("person", n) for n in names] == [m2.named("person", n) for n in names]


def test_issue_iri_is_readable():
    m = Minter("https://w3id.org/munikg/id/")
    assert str(m.path("issue", slug("Uradni list SRS"), 1988, 36)) == \
        "https://w3id.org/munikg/id/issue/uradni-list-srs/1988/36"


def test_build_uses_the_configured_base(tmp_path):
    from conftest import CORPUS
    from kg.build import build
    from rdflib import Graph
    from kg.vocab import MK
    from rdflib import RDF

    build([next(CORPUS.glob("002_*.txt"))], tmp_path, base="https://example.org/gazettes/")
    g = Graph().parse(tmp_path / "munikg.ttl")
    acts = list(g.subjects(RDF.type, MK.Act))
    assert len(acts) == 9 and all(str(a).startswith("https://example.org/gazettes/act/") for a in acts)
