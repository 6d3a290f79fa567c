"""Masthead, table of contents and act segmentation on the bundled issues."""
import pytest

from ner.core.text import unglue_o
from ner.structure.segment import caps_title, clean_title, find_headings, self_type

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
    ("ozačasnem ukrepu", "o začasnem ukrepu"),
    ("ObLO Brežice o spremembah", "ObLO Brežice o spremembah"),  # an acronym in mixed case
])
def test_glued_preposition(raw, fixed):
    assert unglue_o(raw) == fixed


# the OCR's reading of a title's opening O (1968): ")", "0"; a number that opens a title stays
@pytest.mark.parametrize("raw, fixed", [
    (") USTANOVITVI SKLADA ZA IZGRADNJO CEST", "O USTANOVITVI SKLADA ZA IZGRADNJO CEST"),
    ("0 ureditvi prometa", "O ureditvi prometa"),
    ("- O PRORAČUNU *", "O PRORAČUNU"),
    ("1. faze zazidalnega načrta", "1. faze zazidalnega načrta"),
])
def test_title_opening_o(raw, fixed):
    assert clean_title(raw) == fixed


def test_references_in_capitals_are_not_headings():
    text = ("9. člen E CELOTNI PROGRAM Vrednost vseh vlaganj ... PRILOGA K PRAVILNIKU O DELNI "
            "NADOMESTITVI ... je skupščina občine Izola dne 4. marca 1982 sprejela ODLOK O NADOMESTILU "
            "ZA UPORABO 1. člen V občini")
    heads = find_headings(text, 0, frozenset())
    assert [(h.type, h.title) for h in heads] == [("odlok", "o nadomestilu za uporabo")]


@pytest.mark.parametrize("text, heading", [
    # web editions, the body's items numbered on lines of their own (Trbovlje 2021, Kamnik 1996)
    ("je Občinski svet Občine Trbovlje na 18. redni seji dne 17. 2. 2021 sprejel\n\n \n\nSKLEP\n\n"
     "O MNENJU OBČINE K OSNUTKOM POKRAJINSKE ZAKONODAJE\n\n \n\n1.\n\nS tem sklepom podaja Občina Trbovlje",
     ("sklep", "o mnenju občine k osnutkom pokrajinske zakonodaje")),
    ("je župan Občine Kamnik sprejel\nS K L E P\no javni razgrnitvi osnutka odloka o ureditvenem načrtu PN-1 "
     "Arboretum Volčji potok\nI\nJavno se razgrne osnutek odloka",
     ("sklep", "o javni razgrnitvi osnutka odloka o ureditvenem načrtu pn-1 arboretum volčji potok")),
    # chapters and articles still end a title on its own line (Novo mesto 2002)
    ("je Občinski svet Mestne občine Novo mesto na 41. seji dne 12. 9. 2002 sprejel\nO D L O K\n"
     "o urejanju zelenih površin\nI. SPLOŠNE DOLOČBE\n1. člen\n(Predmet odloka)",
     ("odlok", "o urejanju zelenih površin")),
    # a numbered phase inside the title, then a chapter (Uradni list RS, 2001)
    ("je Občinski svet občine Žalec na seji dne 14. 6. 2001 sprejel\nO D L O K\no spremembah in dopolnitvah "
     "I. faze zazidalnega načrta Škafarjev hrib\nI. SPLOŠNE DOLOČBE\n1. člen",
     ("odlok", "o spremembah in dopolnitvah i. faze zazidalnega načrta škafarjev hrib")),
    # a firm's abbreviation ends the title with its period (Uradni list RS's form)
    ("na 13. redni seji dne 15. 11. 2012 sprejel\nO D L O K\no ustanovitvi Javnega podjetja Komunala Metlika "
     "d.o.o.\nI. TEMELJNE DOLOČBE\n1. člen", ("odlok", "o ustanovitvi javnega podjetja komunala metlika d.o.o.")),
    # the type word capitalised and run on after the verb; a quoted passage ends the title (Ilirska Bistrica 2003)
    ("je Občinski svet Občine Ilirska Bistrica na nadaljevanju svoje 3. seje dne 31.3.2003 sprejel: Pravilnik o "
     "dopolnitvah in spremembah Pravilnika o plačah občinskih funkcionarjev ter o povračilih stroškov »Za "
     "nadaljevanje seje se predsedniku in članom določi nagrada",
     ("pravilnik", "o dopolnitvah in spremembah pravilnika o plačah občinskih funkcionarjev ter o povračilih "
                   "stroškov")),
    # the type word lost: the title alone on the line after the verb, the type from the body (Sežana 2015)
    ("je Občinski svet Občine Sežana na seji dne 19. 11. 2015 sprejel\no vrednosti točke za izračun "
     "nadomestila za leto 2016\nVrednost točke za izračun nadomestila znaša 0,0046 EUR/m2.\nTa sklep začne "
     "veljati naslednji dan po objavi", ("sklep", "o vrednosti točke za izračun nadomestila za leto 2016")),
    # a genre the graph has no type for, in one-line OCR (Uradno glasilo slovenskih občin's form)
    ("je občinski svet Občine Bled na 16.redni seji dne 11.4.2022 sprejel KONCESIJSKI AKT O JAVNO-ZASEBNEM "
     "PARTNERSTVU PRI PRENOVI DRSALIŠČA I. Splošne določbe 1. člen (vsebina akta)",
     ("other", "o javno-zasebnem partnerstvu pri prenovi drsališča")),
    # a title on its own line that names whose the act is, in the genitive (Kranjska Gora 2007, a
    # statute's form); a sentence of the body on the next line is no title (Trbovlje 2021)
    ("je Občinski svet Občine Kranjska Gora na 7. redni seji dne 23. 5. 2007 sprejel\n\nP O S L O V N I K\n\n"
     "Občinskega sveta Občine Kranjska Gora\n\nI. SPLOŠNE DOLOČBE\n\n1. člen",
     ("poslovnik", "občinskega sveta občine kranjska gora")),
    ("je Občinski svet Občine Metlika na 3. seji dne 5. 3. 2019 sprejel\nSTATUT\nObčine Metlika\n1. člen",
     ("statut", "občine metlika")),
    # a title in lines of their own, a blank line between, cut after an adjective (Vodice 2018)
    ("je Občinski svet Občine Vodice na 34. redni seji, dne 4. 9.2018 sprejel\n\n \n\n \n\nOdlok\n\no spremembi in "
     "dopolnitvi Odloka o javnem\n\nobčinskem glasilu Kopitarjev glas\n\n \n\n1. člen\n\n \n\nV Odloku",
     ("odlok", "o spremembi in dopolnitvi odloka o javnem občinskem glasilu kopitarjev glas")),
    # a genre of two words in capitals, its title in lower case after a blank line (Maribor 2002)
    ("Na podlagi 43. člena Statuta je župan Mestne občine Maribor določil\n\n \n\nPROGRAM PRIPRAVE\n\nprostorskih ureditvenih pogojev za "
     "podeželje\n\n \n\n1. RAZLOGI ZA PRIPRAVO\n\nMestna občina Maribor je v letu 2000 sprejela Odlok o "
     "spremembah plana (MUV, št. 2/01).",
     ("program", "priprave prostorskih ureditvenih pogojev za podeželje")),
    # the meeting named after the adopting verb (Skupščinski Dolenjski list 1982)
    ("je skupščina Samoupravne stanovanjske skupnosti sprejela na svoji seji dne 19/2-1982 STATUTARNI SKLEP o "
     "oblikovanju, nalogah in pristojnostih skupščine 1. člen Samoupravno stanovanjsko skupnost upravlja",
     ("sklep", "o oblikovanju, nalogah in pristojnostih skupščine")),
    # one-line OCR of the 1980s (Uradne objave 1982)
    ("je skupščina občine Izola dne 4. marca 1982 sprejela ODLOK O NADOMESTILU ZA UPORABO STAVBNEGA "
     "ZEMLJIŠČA 1. člen V občini", ("odlok", "o nadomestilu za uporabo stavbnega zemljišča")),
])
def test_headings_of_each_layout(text, heading):
    heads = find_headings(text, 0, frozenset())
    assert [(h.type, h.title.lower()) for h in heads] == [heading]


def test_a_sentence_after_a_heading_is_no_title():
    text = ("je Občinski svet Občine Trbovlje na 8. redni seji dne 20. 12. 2023 sprejel\nS K L E P\n"
            "Občinski svet Občine Trbovlje sprejme skrajšani zapisnik 8. redne seje\nSklep velja takoj.")
    assert [(h.type, h.title) for h in find_headings(text, 0, frozenset())] == [("sklep", None)]


@pytest.mark.parametrize("text", [
    # a capitalised type word in a sentence is no heading
    "Spremeni se 12. člen, tako da se Pravilnik o plačah glasi:",
    "v skladu s 5. členom je Sklep o javni razgrnitvi objavljen",
    # a line opening with "o" that follows no adopting verb
    "Javna razgrnitev traja 30 dni\no pripombah odloči župan\n",
])
def test_no_heading_in_running_text(text):
    assert find_headings(text, 0, frozenset()) == []


@pytest.mark.parametrize("body, act_type", [
    ("Vrednost točke znaša 0,0046 EUR/m2. Ta sklep začne veljati naslednji dan", "sklep"),
    ("1. člen S tem odlokom se ureja", "odlok"),
    ("Ta pravilnik začne veljati osmi dan", "pravilnik"),
    ("Ta odredba velja do preklica", "odredba"),
    ("Javno se razgrne osnutek za 30 dni.", "other"),
])
def test_an_act_without_its_type_word_is_typed_by_how_it_names_itself(body, act_type):
    assert self_type(body, 0) == act_type


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


@pytest.mark.parametrize("name, act_type, title", [
    # a district's gazette of 1957, its contents under no municipality
    ("16.txt", "odlok", "o spremembah in dopolnitvah proračuna okraja Koper (okrajnega proračuna) za leto 1957"),
    # a joint act of several municipalities in Uradni list RS, its Kazalo one numbered entry
    ("40.txt", "odlok", "o spremembah in dopolnitvah Odloka o ustanovitvi javnega podjetja Center za ravnanje "
                        "z odpadki Puconci d.o.o."),
])
def test_a_file_ending_in_a_preamble_takes_its_act_from_the_contents_in_their_order(pipeline, name, act_type,
                                                                                    title):
    from pathlib import Path

    doc = pipeline.read(Path(__file__).parent / "gold" / "other-gazettes" / "texts" / name)
    act, lay = list(doc.in_text())[-1]
    assert lay.preamble_end is not None and lay.heading is None
    assert (act.type, act.title) == (act_type, title)


def test_a_confirmed_consolidated_text_is_closed_before_its_heading(pipeline):
    """Uradni vestnik občine Ormož, 2015: the council confirms the consolidated
    statute, signs, and the statute's text follows under its heading."""
    from pathlib import Path

    doc = pipeline.read(Path(__file__).parent / "gold" / "other-gazettes" / "texts" / "39.txt")
    (act, lay), = doc.in_text()
    assert lay.closing.end < lay.heading.start
    assert (act.type, act.title) == ("statut", "občine Ormož (uradno prečiščeno besedilo – upb3)")
    assert (act.number, [(s.name, s.role) for s in act.signatures]) == (
        "007-14/2015 07/9", [("Alojz Sok", "župan občine ormož")])


@pytest.mark.parametrize("name, municipality", [
    ("12.txt", "Novo mesto"),  # Uradni list RS, 2002
    ("29.txt", "Zagorje ob Savi"),  # Uradni list RS, 2007
])
def test_a_contents_entry_under_no_municipality_takes_its_acts(pipeline, name, municipality):
    from pathlib import Path

    doc = pipeline.read(Path(__file__).parent / "gold" / "other-gazettes" / "texts" / name)
    assert [(e.municipality, doc.acts[e.act_index].municipality) for e in doc.toc] == [(municipality,) * 2]


def test_a_preamble_opened_by_po_is_kept_when_the_file_ends_in_it(pipeline):
    """Uradni vestnik občin Ormož in Ptuj, 1980s: "Po 13. točki 166. člena statuta"
    opens the preamble where others print "Na podlagi"."""
    from ner.core.records import Source

    text = ("Uradni vestnik občin Ormož in Ptuj Leto XVII Ptuj, dne 24. julija 1980 Številka: 15 VSEBINA "
            "SKUPŠČINA OBČINE ORMOŽ 119. Odlok o družbenih svetih občine Ormož 120. Odlok o sestavi Komiteja "
            "za družbeno planiranje 119. Po 13. točki 166. člena statuta občine Ormož (Uradni vestnik občin "
            "Ormož in Ptuj, št. 4-38/74) in po 5. členu zakona o družbenih svetih (Ur. list SRS, št. 5-278/80) je")
    doc = pipeline(Source("x.txt", "x.txt", text, "utf-8", "0" * 64))
    act, lay = list(doc.in_text())[-1]
    assert lay.preamble_end == len(text) and act.missing == ["heading", "body", "closing"]
    assert (act.type, act.title) == ("odlok", "o družbenih svetih občine Ormož")


@pytest.mark.parametrize("index", [
    "KRONOLOŠKO KAZALO PREDPISOV IN DRUGIH AKTOV, OBJAVLJENIH V LETU 1982",
    "KAZALO PREDPISOV, OBJAVLJENIH V LETU 1975",
])
def test_a_years_index_is_no_contents_of_the_issue(pipeline, index):
    """Uradne objave, 18. februarja 1983: the issue prints the index of 1982, entries
    with their issue and page; they are the acts of other issues."""
    from ner.core.records import Source

    text = (f"URADNE OBJAVE OBČIN ILIRSKA BISTRICA, IZOLA, KOPER, PIRAN, POSTOJNA IN SEŽANA KOPER, 18. februarja "
            f"1983 Št. 4 {index} OBALNA SKUPNOST KOPER št str — ODLOK o pripravi in sprejetju sprememb "
            f"družbenega plana obale 7 — ODREDBA o oblikovanju prodajnih cen 19 OBČINA IZOLA — ODLOK o proračunu 2")
    doc = pipeline(Source("x.txt", "x.txt", text, "utf-8", "0" * 64))
    assert doc.toc == [] and doc.acts == []
    assert any("a year's index" in p.message for p in doc.problems)


def test_a_numbered_act_of_the_1950s_opens_with_its_body(pipeline):
    """Uradni vestnik okraja Celje, 1960: the act's item number, then its body ("342.
    Občinski ljudski odbor Mozirje je po 33. členu ... sprejel ODLOK o ..."), which
    also ends the contents."""
    from ner.core.records import Source

    text = ("URADNI VESTNIK OKRAJA CELJE LETO V 29. SEPTEMBER 1960 ŠT. 30 VSEBINA OBČINSKI LJUDSKI ODBOR MOZIRJE "
            "342. Odlok o kategorizaciji stanovanjskih stavb. OBČINSKI LJUDSKI ODBOR ŠOŠTANJ 343. Odlok o "
            "socialnih podporah. 342. Občinski ljudski odbor Mozirje je po 33/i členu uredbe o dohodnini "
            "(Uradni list FLRJ, št. 18-171/56) na seji občinskega zbora in na seji zbora proizvajalcev dne "
            "10. septembra 1960 sprejel ODLOK o kategorizaciji stanovanjskih stavb. 1. člen Stanovanjske stavbe "
            "se razdelijo v štiri kategorije.")
    doc = pipeline(Source("x.txt", "x.txt", text, "utf-8", "0" * 64))
    assert [(e.municipality, e.title) for e in doc.toc] == [
        ("Mozirje", "o kategorizaciji stanovanjskih stavb"), ("Šoštanj", "o socialnih podporah")]
    act, _ = next(doc.in_text())
    assert (act.type, act.issuer, act.municipality, act.date) == (
        "odlok", "Občinski ljudski odbor Mozirje", "Mozirje", "1960-09-10")
    assert doc.toc[0].act_index == 0


def test_a_numbered_act_set_under_its_number_opens_with_its_subject(pipeline):
    """Uradne objave občin Pomurja, 1986: the item number and the type in capitals, then
    the body's subject and verb ("62 RAZGLAS Občinska volilna komisija ... objavlja na
    podlagi ..."), no preamble before the heading."""
    from ner.core.records import Source

    text = ("URADNE OBJAVE Leto XXI Murska Sobota, dne 6. marca 1986 Št.: 7 URADNE OBJAVE OBČINSKIH SKUPŠČIN: "
            "GORNJA RADGONA, LENDAVA, LJUTOMER IN MURSKA SOBOTA 62. Razglas liste kandidatov za delegate v "
            "Družbenopolitični zbor Skupščine občine Murska Sobota 63. Sklep o razpisu referenduma v Krajevni "
            "skupnosti Bratonci 62 RAZGLAS Občinska volilna komisija v Murski Soboti objavlja na podlagi 78. "
            "člena zakona o volitvah listo kandidatov, ki obsega naslednje kandidate: 1. ABRAHAM Aleksander")
    doc = pipeline(Source("x.txt", "x.txt", text, "utf-8", "0" * 64))
    assert [e.title for e in doc.toc] == [
        "liste kandidatov za delegate v Družbenopolitični zbor Skupščine občine Murska Sobota",
        "o razpisu referenduma v Krajevni skupnosti Bratonci"]
    act, _ = next(doc.in_text())
    assert (act.type, act.issuer) == ("other", "Občinska volilna komisija v Murski Soboti")
    assert doc.toc[0].act_index == 0


@pytest.mark.parametrize("printed, cased", [
    # a title in capitals: its roman numerals stay, its words do not
    ("O SPREMEMBAH II. FAZE ZAZIDALNEGA NAČRTA", "o spremembah II. faze zazidalnega načrta"),
    # a word in capitals alone among lower-case ones is an abbreviation, a word of the
    # language or not (Skupščinski Dolenjski list 1985: NOV, the liberation war)
    ("o priznavalninah udeležencem NOV in drugih vojn", "o priznavalninah udeležencem NOV in drugih vojn"),
    # capitals in a row inside lower case are a name printed in capitals, not abbreviations
    ("sklep o imenovanju ZDRAVSTVENEGA DOMA KOPER", "sklep o imenovanju zdravstvenega doma koper"),
])
def test_titles_in_normal_capitalisation(printed, cased):
    from ner.core.text import proper_case

    assert proper_case(printed, frozenset()) == cased


# a municipality of a hyphenated name (Uradni list RS 1998): each part is the document's proper noun
def test_each_part_of_a_hyphenated_name_keeps_its_capital():
    from ner.core.text import proper_case

    assert proper_case("STATUTA OBČINE DESTRNIK-TRNOVSKA VAS", frozenset({"destrnik", "trnovska"})) == \
        "statuta občine Destrnik-Trnovska vas"
    assert proper_case("veterinarsko-sanitarni pregledi", frozenset({"destrnik"})) == "veterinarsko-sanitarni pregledi"


def test_a_decision_set_under_its_number_and_date(pipeline):
    """Uradni list RS's form of a Constitutional Court decision: the Kazalo's one
    entry ends at its page, a lower number opens the decision's own list, and the
    letter-spaced heading stands on its line after the number and date."""
    from ner.core.records import Source

    text = ("Uradni list RS, št. 47/2024 z dne 7. 6. 2024\n\nKazalo\n\n1596. Odločba o odpravi Odloka o "
            "imenovanju ulic v Občini Radenci, stran 4415.\n\n  \nŠtevilka:U-I-182/21-15\nDatum:9. 5. 2024\n"
            "O D L O Č B A \nUstavno sodišče je v postopku za preizkus pobud na seji 9. maja 2024\no d l o č i l o: "
            "\n1. Odlok o imenovanju ulic v Občini Radenci (Uradno glasilo slovenskih občin, št. 36/21) se odpravi.\n")
    doc = pipeline(Source("x.txt", "x.txt", text, "utf-8", "0" * 64))
    assert [(e.type, e.title) for e in doc.toc] == [("odločba", "o odpravi Odloka o imenovanju ulic v Občini Radenci")]
    (act, lay), = doc.in_text()
    assert (act.type, act.title, act.issuer) == ("odločba", "o odpravi Odloka o imenovanju ulic v Občini Radenci",
                                                 "Ustavno sodišče")


def test_the_small_words_of_municipalities_names_are_no_proper_nouns(pipeline):
    """Uradni list RS, 2007: with all Slovenia's municipalities known, "ob" of Zagorje
    ob Savi and "v" of Sveti Jurij v Slovenskih goricah stay in lower case."""
    from pathlib import Path

    doc = pipeline.read(Path(__file__).parent / "gold" / "other-gazettes" / "texts" / "29.txt")
    assert {"ob", "v", "na", "pri"}.isdisjoint(doc.propers) and {"zagorje", "savi"} <= doc.propers
    assert doc.acts[0].issuer == "Občinski svet občine Zagorje ob Savi"
