"""Masthead, table of contents and act segmentation on the bundled issues."""
import pytest

from ner.structure.segment import caps_title, find_headings, unglue_o

@pytest.mark.parametrize("stem, gazette, number, date", [
    ("001", "Uradne objave", 13, "1989-05-12"),
    ("002", "Uradne objave", 28, "1979-12-07"),
    ("004", "Uradne objave", 7, "1982-03-12"),
    ("000", None, None, None),  # a stand-alone act has no masthead
])
def test_masthead(docs, stem, gazette, number, date):
    info = docs[stem].issue
    assert (info.gazette, info.number, info.date) == (gazette, number, date)


def test_masthead_lists_the_municipalities(docs):
    assert docs["004"].issue.municipalities == ["Koper", "Izola", "Piran", "Sežana", "Postojna",
                                                "Ilirska Bistrica"]


@pytest.mark.parametrize("stem, entries, first, last", [
    ("001", 26, ("Izola", "popravek"), ("Koper", "spremembe statuta")),
    ("002", 9, ("Ilirska Bistrica", "samoupravni sporazum"), (None, "odločba")),
    ("004", 18, ("Obalna skupnost", "odlok"), ("Izola", "sklep")),
])
def test_contents(docs, stem, entries, first, last):
    toc = docs[stem].toc
    assert len(toc) == entries
    assert (toc[0].municipality, toc[0].type) == first
    assert (toc[-1].municipality, toc[-1].type) == last


@pytest.mark.parametrize("text, title", [
    ("ODLOK O NADOMESTILU ZA UPORABO STAVBNEGA ZEMLJIŠČA NA OBMOČJU OBČINE IZOLA L Splošne določbe 1. člen",
     "O NADOMESTILU ZA UPORABO STAVBNEGA ZEMLJIŠČA NA OBMOČJU OBČINE IZOLA"),
    ("PRAVILNIK O POGOJIH IN MERILIH ZA DODELJEVANJE SOLIDARNOSTNIH STANOVANJ I. SPLOŠNE DOLOČBE 1. člen S tem",
     "O POGOJIH IN MERILIH ZA DODELJEVANJE SOLIDARNOSTNIH STANOVANJ"),
    ("ODLOK O ZAZIDALNEM NAČRTU ZA OBMOČJE ŠOL V PORTOROŽU UVODNE DOLOČBE 1. člen Sprejme",
     "O ZAZIDALNEM NAČRTU ZA OBMOČJE ŠOL V PORTOROŽU"),
    ("SKLEP O ZAČASNEM UKREPU V GOSTINSKI DELOVNI ORGANIZACIJI »GALEB« KOPER 1. Skupščina občine",
     "O ZAČASNEM UKREPU V GOSTINSKI DELOVNI ORGANIZACIJI »GALEB« KOPER"),
    ("SKLEP 1. člen Potrdi se", ""),
])
def test_title_in_capitals(text, title):
    start = text.index(" ") + 1
    s, e = caps_title(text, start)
    assert text[s:e] == title


@pytest.mark.parametrize("raw, fixed", [
    ("OMERILIH ZA RAZVRSTITEV", "O MERILIH ZA RAZVRSTITEV"),
    ("O MERILIH", "O MERILIH"),
    ("ODLOKU", "ODLOKU"),
])
def test_glued_preposition(raw, fixed):
    assert unglue_o(raw) == fixed


def test_references_in_capitals_are_not_headings():
    text = ("9. člen E CELOTNI PROGRAM Vrednost vseh vlaganj ... PRILOGA K PRAVILNIKU O DELNI "
            "NADOMESTITVI ... je skupščina občine Izola dne 4. marca 1982 sprejela ODLOK O NADOMESTILU "
            "ZA UPORABO 1. člen V občini")
    heads = find_headings(text, 0, frozenset())
    assert [(h.type, h.title) for h in heads] == [("odlok", "o nadomestilu za uporabo")]


@pytest.mark.parametrize("stem, with_text, from_contents", [
    ("000", 1, 0), ("001", 26, 0), ("002", 9, 0), ("004", 16, 2),
])
def test_act_counts(docs, stem, with_text, from_contents):
    acts = docs[stem].acts
    assert sum(a.span is not None for a in acts) == with_text
    assert sum(a.span is None for a in acts) == from_contents


def test_acts_do_not_overlap_and_lie_in_the_text_numbered_in_its_order(docs):
    for doc in docs.values():
        assert [a.seq for a in doc.acts] == list(range(1, len(doc.acts) + 1))
        spans = [a.span for a in doc.acts if a.span]
        assert all(0 <= s.start < s.end <= len(doc.source.text) for s in spans)
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_missing_pages_explain_acts_known_from_contents(docs):
    notes = [p.message for p in docs["004"].problems if p.level == "info"]
    assert len(notes) == 2 and all("pages 117-120 are missing" in n for n in notes)


@pytest.mark.parametrize("pages, missing", [
    # a page a header every page prints, 5,000 characters a page
    ([(115, 0), (116, 5000), (121, 10000), (122, 15000)], [117, 118, 119, 120]),
    # a header the OCR lost leaves its page's text: nothing is missing
    ([(121, 0), (122, 5000), (124, 15000), (125, 20000)], []),
    # a number misread lower than the one before is left out
    ([(136, 0), (137, 5000), (136, 10000), (139, 15000), (140, 20000)], []),
])
def test_missing_pages(pages, missing):
    from ner.structure.layout import missing_pages

    assert missing_pages(pages) == missing


def test_act_whose_heading_page_is_lost_is_named_by_the_contents(docs):
    act = next(a for a in docs["004"].acts if a.type == "samoupravni sporazum")
    assert act.span is not None and act.municipality == "Postojna"
    assert act.title.startswith("o temeljih plana Samoupravne komunalne interesne skupnosti")
    assert act.number == "30-20/80-3" and act.date == "1980-12"


def test_a_section_header_right_before_a_bare_heading_in_one_line_text(pipeline):
    from ner.core.records import Source

    text = ("Predsednik ANTON MIKELN, l. r. SOCIALISTIČNA REPUBLIKA SLOVENIJA USTAVNO SODIŠČE ODLOČBA "
            "Ustavno sodišče Socialistične republike Slovenije je v postopku za oceno ustavnosti odločilo. "
            "Štev.: U I 22/78 Datum: 23/10 – 1979 Sodnica, ki nadomešča predsednika dr. MAJDA STROBL, l.r.")
    doc = pipeline(Source("x.txt", "x.txt", text, "utf-8", "0" * 64))
    act = next(a for a in doc.acts if a.type == "odločba")
    assert act.section == "SOCIALISTIČNA REPUBLIKA SLOVENIJA USTAVNO SODIŠČE"
    assert act.issuer == "Ustavno sodišče SR Slovenije"


@pytest.mark.parametrize("between, section", [
    # the parties to an agreement, listed in capitals, are no section header
    ("Podpisniki: 43. POKRAJINSKI MUZEJ Koper 44 OBALNA DELAVSKA UNIVERZA IVAN REGENT Koper "
     "45. RTV Ljubljana", None),
    ("Predsednik JANEZ NOVAK, l. r. SAMOUPRAVNA KOMUNALNA INTERESNA SKUPNOST OBČINE KOPER",
     "SAMOUPRAVNA KOMUNALNA INTERESNA SKUPNOST OBČINE KOPER"),
    ("12. maja 1989 - št. 13 URADNE OBJAVE 135 OBČINA PIRAN", "OBČINA PIRAN"),
])
def test_section_header_between_acts(between, section):
    from ner.structure.segment import section_and_start

    text = between + " Na podlagi 27. člena statuta je skupščina sprejela"
    assert section_and_start(text, 0, len(text))[0] == section


def test_an_issue_that_ends_in_a_preamble_keeps_that_act(pipeline):
    """1980's issue 25 breaks off in the preamble of its first act: the act is kept,
    marked incomplete, with its body, section, citations and legal basis, and matched to
    its entry of the contents."""
    from conftest import ROOT

    doc = pipeline.read(ROOT / "tests" / "gold" / "excerpts" / "texts" / "02.txt")
    act = doc.acts[0]
    assert act.missing == ["heading", "body", "closing"] and act.span is not None
    assert (act.type, act.title) == ("odlok", "o sestavi komiteja za družbeno planiranje")
    assert (act.issuer, act.municipality, act.section) == ("Skupščina Obalne skupnosti Koper", "Obalna skupnost",
                                                           "OBALNA SKUPNOST KOPER")
    assert [(c.gazette, c.number, c.year) for c in act.citations] == [("Uradne objave", 14, 1980),
                                                                        ("Uradne objave", 13, 1974)]
    assert len(act.legal_basis) == 2
    assert any("preamble of act" in p.message for p in doc.problems)


def test_an_issue_that_ends_inside_an_act_marks_its_closing_missing(pipeline):
    from conftest import ROOT

    doc = pipeline.read(ROOT / "tests" / "gold" / "excerpts" / "texts" / "07.txt")
    act = next(a for a in doc.acts if a.span is not None)
    assert (act.type, act.title, act.missing) == ("odlok", "o davkih občanov", ["closing"])
    assert (act.issuer, act.date) == ("Skupščina občine Ilirska Bistrica", "1972-03-02")
