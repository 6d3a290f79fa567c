"""Gazette references and legal bases, table-driven with forms printed in the corpus
(eyecite-style), plus properties that must hold for any input."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ner.core.gazette_refs import find_citations, full_year
from ner.acts.legal_basis import find_legal_basis, referenced_act
from ner.core.records import Span

CITATIONS = [
    ("(Uradni list SRS, št. 36/88)", [("Uradni list SRS", 36, 88)]),
    ("Uradni list SFRJ, št. 33/72, 55/75, 28/73 in 39/85",
     [("Uradni list SFRJ", 33, 72), ("Uradni list SFRJ", 55, 75), ("Uradni list SFRJ", 28, 73),
      ("Uradni list SFRJ", 39, 85)]),
    ("(Uradne objave, št. 12/78, 6/82,4/86.21/86)",
     [("Uradne objave", 12, 78), ("Uradne objave", 6, 82), ("Uradne objave", 4, 86), ("Uradne objave", 21, 86)]),
    ("(Ur. objave št. 8/79)", [("Uradne objave", 8, 79)]),
    ("(Ur. l. SRS, št. 1,80)", [("Uradni list SRS", 1, 80)]),          # comma for the slash
    ("(Ur. 1. SRS, št. 35/79)", [("Uradni list SRS", 35, 79)]),        # "1" for "l"
    ("(Ur. i. SRS, št. 15/76)", [("Uradni list SRS", 15, 76)]),
    ("(Ur. t. SRS. št. 1/79) ali", [("Uradni list SRS", 1, 79)]),
    ("(Uradni tist SRS. št. 36/88)", [("Uradni list SRS", 36, 88)]),   # unrepaired OCR
    ("(Uradne objav e, št. 3/82)", [("Uradne objave", 3, 82)]),
    ("(Uradni list SRS, št. 12/77, 3078 in 23/81)",                     # a lost slash in a list
     [("Uradni list SRS", 12, 77), ("Uradni list SRS", 30, 78), ("Uradni list SRS", 23, 81)]),
    ("(Uradni list SRS št. 15^76) je", [("Uradni list SRS", 15, 76)]),
    ("(Uradni list SRS, št. 5/f72)", [("Uradni list SRS", 5, 72)]),
    ("Uradne objave, št. 10–75 in 3–77)", [("Uradne objave", 10, 75), ("Uradne objave", 3, 77)]),
    ("(Ur. objave št. 8 z dne 7. apri) 1989)", [("Uradne objave", 8, 1989)]),
    ("(Uradne objave št. 10 z dne 14. 4. 1989 z izvirnikom", [("Uradne objave", 10, 1989)]),
    ("(Uradne objave občin Ilirska Bistrica, Izola, Koper, Piran, Postojna in Sežana, št. 18/77), s",
     [("Uradne objave", 18, 77)]),
    ("(Uradne objave, št. 40/00, 30/01, 29/03 in Uradni list RS, št. 90/05, 67/06 in 39/08)",
     [("Uradne objave", 40, 0), ("Uradne objave", 30, 1), ("Uradne objave", 29, 3),
      ("Uradni list RS", 90, 5), ("Uradni list RS", 67, 6), ("Uradni list RS", 39, 8)]),
    ("(Ur. list št. 3/81)", [("Uradni list", 3, 81)]),
    ("ki je bil objavljen v Uradnih objavah št. 28/79.", [("Uradne objave", 28, 79)]),
    # not references: where an act is published, and an act's own file number
    ("začne veljati osmi dan po objavi v Uradnih objavah. Številka: 332-24/81", []),
    ("po objavi v Uradnih objavah. St.: 39/82 Izola", []),
    ("(Uradne objave, št 12. marca 1982", []),
    ("Uradni list SRS, št. 1035 in", []),  # a lone 4-digit number is not a lost slash
]


@pytest.mark.parametrize("text, expected", CITATIONS)
def test_citation(text, expected):
    assert [(f.gazette, f.number, f.year) for f in find_citations(text)] == expected


@pytest.mark.parametrize("text, item", [
    ("(Uradni list SRS, št. 36/88)", "36/88"),
    ("(Uradne objave, št. 12/78, 6/82,4/86.21/86)", "21/86"),
])
def test_citation_spans(text, item):
    found = list(find_citations(text))
    assert found[-1].item.text(text) == item
    assert found[0].reference.text(text).startswith("Uradn")


@pytest.mark.parametrize("year, act_year, full", [
    (88, 1989, 1988), (0, 2017, 2000), (8, 2017, 2008), (79, 1982, 1979), (1989, 1990, 1989),
    (80, None, 1980), (5, None, 2005),
])
def test_full_year(year, act_year, full):
    assert full_year(year, act_year) == full


@given(st.text(alphabet=st.sampled_from(list("Uradni list SRS objave št.,/ 0123456789in!tl()–^Ž")), max_size=200))
@settings(max_examples=400, deadline=None)
def test_parser_never_crashes_and_stays_in_the_text(text):
    for f in find_citations(text):
        assert f.reference.covers(f.item) and f.item.start < f.item.end <= f.reference.end <= len(text)
        assert f.number > 0 and 0 <= f.year <= 9999


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 300))
@settings(max_examples=300, deadline=None)
def test_parser_respects_bounds_on_any_text(text, a, b):
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    for f in find_citations(text, lo, hi):
        assert Span(lo, hi).covers(f.reference)


LEGAL_BASIS = [
    ("Na podlagi 269. člena zakona o davkih občanov (Uradni list SRS. št. 36/88) in 239. člena statuta "
     "občine Koper je skupščina", [("zakon o davkih občanov", ["269"]), ("statut občine Koper", ["239"])]),
    ("Na podlagi 68. člena statuta Obalne skupnosti Koper (Uradne objave št. 13,78) ter na podlagi 136. do "
     "145. člena in 181. člena zakona o sistemu družbenega planiranja in o družbenem planu SR Slovenije "
     "(Ur. 1. SRS, št. 1,80), je skupščina",
     [("statut Obalne skupnosti Koper", ["68"]),
      ("zakon o sistemu družbenega planiranja in o družbenem planu SR Slovenije", ["136-145", "181"])]),
    ("Na osnovi 8. člena Zakona o družbeni pomoči v stanovanjskem gospodarstvu (Uradni list SRS, št. 5/72) "
     "10. člena Zakona o stanovanjski skupnosti (Uradni list SRS, št. 8/78), 30. člena samoupravnega "
     "sporazuma o ustanovitvi Samoupravne stanovanjske skupnosti občine Piran in odloka o delni "
     "nadomestitvi stanarin, ki ga je sprejela skupščina",
     [("zakon o družbeni pomoči v stanovanjskem gospodarstvu", ["8"]),
      ("zakon o stanovanjski skupnosti", ["10"]),
      ("samoupravni sporazum o ustanovitvi Samoupravne stanovanjske skupnosti občine Piran", ["30"]),
      ("odlok o delni nadomestitvi stanarin", [])]),
    ("pomoč, sprejemamo v skladu z zakonom o skladih skupnih rezerv naslednji",
     [("zakon o skladih skupnih rezerv", [])]),
    ("Na podlagi 27. člena Statuta Mestne občine Koper  Koper (Uradne objave, št. 40/00) je Občinski svet",
     [("statut Mestne občine Koper", ["27"])]),
    ("Na podlagi 61. člena Zakona o družbenem varstvu otrok (Ur. 1. SRS, št. 35/79), 14. člena "
     "Samoupravnega sporazuma o temeljih plana Skupnosti otroškega varstva občine Izola za obdobje "
     "1981—1985 in skladno s 23. členom Dogovora o enotnih merilih za pridobitev pravice ter po uskladitvi",
     [("zakon o družbenem varstvu otrok", ["61"]),
      ("samoupravni sporazum o temeljih plana Skupnosti otroškega varstva občine Izola za obdobje 1981—1985", ["14"]),
      ("dogovor o enotnih merilih za pridobitev pravice", ["23"])]),
    # a correction names the act it corrects, but that is no legal basis
    ("Pri primerjavi objavljenega besedila odloka o določitvi števila delegatov z izvirnim besedilom", []),
]


@pytest.mark.parametrize("text, expected", LEGAL_BASIS)
def test_legal_basis(text, expected):
    assert [(name, arts) for name, arts, *_ in find_legal_basis(text)] == expected


@pytest.mark.parametrize("act_type, title, expected", [
    ("odlok", "o spremembah in dopolnitvah odloka o proračunu občine Koper za leto 1979",
     ("amends", "odlok", "o proračunu občine Koper za leto 1979")),
    ("odlok", "o dopolnitvi odloka o podelitvi domicila", ("amends", "odlok", "o podelitvi domicila")),
    ("sklep", "o spremembah in dopolnitvah sklepa o obračunavanju prispevkov",
     ("amends", "sklep", "o obračunavanju prispevkov")),
    ("samoupravni sporazum", "o spremembah in dopolnitvah samoupravnega sporazuma o ustanovitvi skupnosti",
     ("amends", "samoupravni sporazum", "o ustanovitvi skupnosti")),
    ("popravek", "odloka o proračunu občine Izola za leto 1989", ("corrects", "odlok", "o proračunu občine Izola za leto 1989")),
    ("spremembe statuta", "samoupravne interesne skupnosti za ceste", ("amends", "statut", "samoupravne interesne skupnosti za ceste")),
    ("odlok", "o proračunu občine Koper za leto 1979", None),
])
def test_what_an_act_amends_or_corrects(act_type, title, expected):
    assert referenced_act(act_type, title) == expected
