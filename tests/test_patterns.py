"""The small parsers, table-driven with forms printed in the corpus."""
import pytest

from ner.core import patterns as P


@pytest.mark.parametrize("printed, place, iso", [
    ("Koper, 9 marca 1982", "Koper", "1982-03-09"),
    ("Izola, dne 4. marca 1982", "Izola", "1982-03-04"),
    ("Koper, 27. 11. 1979", "Koper", "1979-11-27"),
    ("Ilirska Bistrica, november 1979", "Ilirska Bistrica", "1979-11"),
    ("Postojna, 26. november 1970", "Postojna", "1970-11-26"),
    ("Koper. 25. aprila 1989", "Koper", "1989-04-25"),
    ("Izola, 4. m^rca 1982", "Izola", "1982-03-04"),
    ("Koper, 18. marca 2017", "Koper", "2017-03-18"),
])
def test_place_and_date(printed, place, iso):
    m = P.PLACE_DATE_RE.search(printed)
    assert m.group("place") == place
    assert P.parse_date(P.DATE_RE.search(m.group("date"))) == iso


@pytest.mark.parametrize("printed, iso", [
    ("Datum: 23/10 – 1979", "1979-10-23"),
    ("Datum:4. marca 1982", "1982-03-04"),
    ("Datum: 11. 3. 1982", "1982-03-11"),
])
def test_datum_line(printed, iso):
    m = P.DATUM_RE.search(printed)
    assert P.parse_date(P.DATE_RE.search(m.group("date"))) == iso


def test_day_and_month_without_year_take_the_year_given():
    m = P.DAY_MONTH_RE.search("na seji dne 9. marca sprejela")
    assert P.parse_date(m, 1982) == "1982-03-09"


@pytest.mark.parametrize("printed, number", [
    ("Št.: 352-3/83 Koper", "352-3/83"),
    ("štev.: 30-8,82. Koper", "30-8/82"),
    ("Številka: 021-2,78-82 Piran", "021-2/78-82"),
    ("Štev.: U I 22/78 – 16\n\nU I 97/79\n\nDatum", "U I 22/78-16, U I 97/79"),
    ("Št.: 214 – 1/2017   ŽUPAN", "214-1/2017"),
    ("St.: 39/82 Izola", "39/82"),
    ("Številka: 61/81 Datum:4.", "61/81"),
    ("Št.: C 1-1/6-89 Koper", "C 1-1/6-89"),
])
def test_file_number(printed, number):
    assert P.normalise_number(P.NUMBER_RE.search(printed).group("num")) == number


@pytest.mark.parametrize("printed", ["Št.:\n\nKoper, 27. 11. 1979", "Uradni list SRS, št. 36/88"])
def test_no_file_number(printed):
    assert P.NUMBER_RE.search(printed) is None


@pytest.mark.parametrize("printed, mark", [
    ("RAUL ŠIŠKOVIČ. !. r.", "!. r."),
    ("ANTON MIKELN, l.r.", "l.r."),
    ("BRUNO PODREKA 1. r.", "1. r."),
    ("BRUNO PODREKA, 1 r.", "1 r."),
    ("JAMNIK ANDREJ, I r V skladu", "I r"),
    ("CIRIL KOBAL, i. r.", "i. r."),
    ("RAUL ŠIŠKOVIČ. ]. r.", "]. r."),
    ("CIRIL RENER. t.r Na", "t.r"),
])
def test_lastnorocno_mark(printed, mark):
    assert P.LR_RE.search(printed).group() == mark


@pytest.mark.parametrize("printed", ["finančnega načrta ir", "skupnosti lr", "v roku"])
def test_no_lastnorocno_mark(printed):
    assert P.LR_RE.search(printed) is None


@pytest.mark.parametrize("printed, act_type", [
    ("ODLOK", "odlok"), ("SKLEPI", "sklep"), ("S K L E P E", "sklep"), ("PRAVILNIK", "pravilnik"),
    ("SAMOUPRAVNI SPORAZUM", "samoupravni sporazum"), ("SPREMEMBE STATUTA", "spremembe statuta"),
    ("ODREDBO", "odredba"), ("ODLOČBA", "odločba"), ("POPRAVEK", "popravek"),
])
def test_type_words(printed, act_type):
    m = P.TYPE_RE.search(f"sprejela {printed} O ČEM")
    assert m and P.type_of(m.group()) == act_type


# contents genres in capitals: with their title's first word (1988), garbled by the OCR (1974, 1993)
@pytest.mark.parametrize("printed, act_type", [
    ("POPRAVEK ODLOKA", "popravek"), ("POPRAVEK SKLEPA", "popravek"), ("URADNI POL^AVEK", "popravek"),
    ("SKEP", "sklep"), ("ODLOKA", "odlok"), ("SPREMEMBE IN DOPOLNITVE DOLGOROČNEGA PLANA", "other"),
    ("TRŽNI RED", "other"), ("OKLIC", "other"), ("TOZD", "other"),
])
def test_genres_in_contents(printed, act_type):
    assert P.type_of(printed) == act_type


# how preambles open: "Na podlagi", Ormož and Ptuj's "Po 13. točki", the OCR's "Po L odstavku"
# (Novo mesto 1961), a 1950s act numbered with its body first (Celje 1960)
@pytest.mark.parametrize("text, opens", [
    ("Po 13. točki 166. člena statuta", True), ("Po L odstavku 15. člena in 108. člena", True),
    ("342. Občinski ljudski odbor Mozirje je po 33/i členu uredbe", True),
    ("12. Odlok o notranji organizaciji upravnih organov. 13. Odlok", False),
    ("po tem odloku se plača", False),
])
def test_preamble_openers(text, opens):
    m = P.OPENER_RE.match(text)
    assert (m is not None) == opens


def test_changes_to_a_statute_are_one_type():
    assert P.refine_type("other", "SPREMEMBE", "statuta samoupravne skupnosti") == (
        "spremembe statuta", "samoupravne skupnosti")


@pytest.mark.parametrize("printed, pages", [
    ("122 URADNE OBJAVE 12. maja 1969 - št. 13 Pri", ["122"]),
    ("dalje. 12. maja 1989 - št. 13 URADNE OBJAVE 123 Na podlagi", ["123"]),
    ("12. marca 1982 — št. 7 URADNE OBJAVE 101 6. člen", ["101"]),
    ("l.r. PRIMORSKE NOVICE KOPER * Uradne objave SAMOUPRAVNA", [None]),
])
def test_page_headers(printed, pages):
    found = [m.group("p1") or m.group("p2") for m in P.PAGE_HEADER_RE.finditer(printed)]
    assert found == pages
