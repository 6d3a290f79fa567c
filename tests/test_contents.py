"""Mastheads and contents of the gazette's issues, table-driven with real lines of
issues 1972-1992 (the bundled corpus and the development excerpts)."""
import pytest

from conftest import REGION
from ner.core.profiles import profiles
from ner.structure.masthead import issue_year, month_of, parse_masthead
from ner.structure.profile import profile_of
from ner.structure.toc import contents_end, parse_toc

HEAD = "URADNE OBJAVE OBČIN ILIRSKA BISTRICA, IZOLA, KOPER, PIRAN, POSTOJNA IN SEŽANA "


@pytest.mark.parametrize("text, number, date", [
    ("NOVICE " + HEAD + "KOPER, 2. JUNIJA 1972 Št. 8 VSEBINA : Obalni svet Koper", 8, "1972-06-02"),
    ("NOVICE " + HEAD + "KOPER, 28. MAJA 1976 Št. 9. VSEB!NA Občina Izola - ODLOK", 9, "1976-05-28"),
    ("pfimorsAe MMCe " + HEAD + "[(OPER, 22. JUN!J 1979 ST. 17 ^ , .. ^ . VSEBINA: Obema", 17, "1979-06-22"),
    ("NOVICE URADNE OBJAVE OBČIN ILIRSKA BISTRICA, IZOLA, KOPER KOPER. 12. SEPTEMBRA 1975 Š!. 14 \\ VSEBINA",
     14, "1975-09-12"),
    (". URADNE OBJAVE OBČIN ILIRSKA BISTRICA, KOPER, PIRAN, IN SEŽANA Koper, 23. decembra 1992 Št. 29 Občina",
     29, "1992-12-23"),
    ("primorske novice URADNE OBJAVE OBČIN IURSKA BISTRICA, IZOLA, KOPER, PIRAN, IN SEŽANA Koper, "
     "8.oktobra 1991 §t. 34 Občina Ilirska Bistrica", 34, "1991-10-08"),
    ("primorske novice Koper, 12. maja 1989 URADNE OBJAVE OBČIN ILIRSKA BISTRICA, IZOLA, KOPER, PIRAN, "
     "POSTOJNA IN SEŽANA št. 13 Občina Izola", 13, "1989-05-12"),
    ("URADNE OBJAVE OBČIN IZOLA, KOPER IN PIRAN KOPER, 16. NOV. 1968 ŠT. 21 VSEBINA", 21, "1968-11-16"),
    # no year: the issue's citations and the gazette's Friday give 1980
    ("primorske novice " + HEAD + "KOPER 3. OKTOBRA , Št. 25 VSEBINA: ... za leto 1979 ... "
     "(Uradne objave, št. 14/80) ter ... (Uradne objave, št. 13/74) je skupščina", 25, "1980-10-03"),
    # the number only in a running page header
    (HEAD + "KOPER, 12. maja 1989 VSEBINA Občina Izola - ODLOK o ... Na podlagi 3. člena ... "
     "122 URADNE OBJAVE 12. maja 1989 - št. 13 Na podlagi", 13, "1989-05-12"),
])
def test_masthead(text, number, date):
    info, end = parse_masthead(text, profile_of(text, profiles()), REGION)
    assert (info.gazette, info.number, info.date) == ("Uradne objave", number, date)
    assert 0 < end < len(text)


def test_a_text_that_is_no_issue_has_no_masthead():
    text = "Na podlagi 27. člena Statuta Mestne občine Koper je Občinski svet"
    info, end = parse_masthead(text, profile_of(text, profiles()), REGION)
    assert (info.gazette, info.number, info.date, end) == (None, None, None, 0)


@pytest.mark.parametrize("word, month", [
    ("JUNIJA", 6), ("jun!j", 6), ("NOV", 11), ("marca", 3), ("avgusta", 8), ("decembra", 12), ("dne", None),
])
def test_month_names_in_any_form(word, month):
    assert month_of(word) == month


def test_a_period_of_years_dates_no_session():
    # "za obdobje 1981-1985" is no date; "v letu 1981" and the Friday tell the year
    assert issue_year("za obdobje 1981-1985 ... v letu 1981", 6, 3) == 1981


@pytest.mark.parametrize("text, entries", [
    # the corpus, 1982: a body's heading, then a municipality's after a title
    ("VSEBINA Obalna skupnost Koper — ODLOK o pripravi in sprejetju sprememb in dopolnitev družbenega plana "
     "obale za obdobje 1981—1985 Občina Izola — ODLOK o nadomestilu za uporabo stavnega zemljišča",
     [("Obalna skupnost", "odlok", "o pripravi in sprejetju sprememb in dopolnitev družbenega plana obale za "
       "obdobje 1981—1985"), ("Izola", "odlok", "o nadomestilu za uporabo stavnega zemljišča")]),
    # 1980: a local community's heading under its municipality's
    ("Občina Postojna — ODLOK o spremembi odloka o davkih občanov Občina Sežana Krajevna skupnost Dane pri "
     "Sežani — SKLEP o uvedbi samoprispevka za asfaltiranje vaških poti",
     [("Postojna", "odlok", "o spremembi odloka o davkih občanov"),
      ("Sežana", "sklep", "o uvedbi samoprispevka za asfaltiranje vaških poti")]),
    # 1974: a genre outside the act types, a title that names a town in the locative
    ("VSEBINA Občina Koper — RAZPIS treh prostih mest sodnikov občinskega sodišča v Kopru Občina Postojna - "
     "ODLOK o prispevku ob spremembi namembnosti kmetijskega ali gozdnega zemljišča",
     [("Koper", "other", "treh prostih mest sodnikov občinskega sodišča v Kopru"),
      ("Postojna", "odlok", "o prispevku ob spremembi namembnosti kmetijskega ali gozdnega zemljišča")]),
    # 1976: a numbered title; 1974: the OCR's "URADNI POL^AVEK"
    ("Občina Sežana - RAZPIS II. natečaja za dodelitev kreditov iz združenih sredstev za leto 1976",
     [("Sežana", "other", "II. natečaja za dodelitev kreditov iz združenih sredstev za leto 1976")]),
    ("Občina Sežana - URADNI POL^AVEK odloka o zakloniščih na območju občine Sežana",
     [("Sežana", "popravek", "odloka o zakloniščih na območju občine Sežana")]),
    # 1984: bodies' headings in the nominative; a genitive of a body stays in its title
    ("Samoupravna stanovanjska skupnost občine Piran — PRAVILNIK o oddajanju poslovnih prostorov v najem "
     "Občinska izobraževalna skupnost Sežana — STATUT občinske izobraževalne skupnosti Sežana",
     [("Piran", "pravilnik", "o oddajanju poslovnih prostorov v najem"),
      ("Sežana", "statut", "občinske izobraževalne skupnosti Sežana")]),
    # 1972: two columns interleaved, a municipality's heading inside a title
    ("VSEBINA : Obalni svet Koper - RESOLUCIJA o razvoju višjega in visokošolskega šolstva na Občina Koper "
     "obali - ODLOK o nalogah na področju narodne obrambe",
     [("Obalna skupnost", "other", "o razvoju višjega in visokošolskega šolstva na obali"),
      ("Koper", "odlok", "o nalogah na področju narodne obrambe")]),
    # 1979, set line by line; a republic's court belongs to no municipality
    ("Občina Piran\n\n- ODLOK o določitvi kmetij\n\nUstavno sodišče SR Slovenije\n\n- ODLOČBA o razveljavitvi "
     "nekaterih določb odloka skupščine občine Piran",
     [("Piran", "odlok", "o določitvi kmetij"),
      (None, "odločba", "o razveljavitvi nekaterih določb odloka skupščine občine Piran")]),
    # 1992: a genre in normal capitalisation
    ("Občina Piran - Sprememba cen komunalnih storitev",
     [("Piran", "other", "komunalnih storitev")]),
    # 1982: a garbled municipality's word before its name
    ("VSEBINA: Obema Ilirska Bistrica — ODLOK o spremembi odloka o prispevku za kulturo v letu 1979",
     [("Ilirska Bistrica", "odlok", "o spremembi odloka o prispevku za kulturo v letu 1979")]),
    # 1979: the word and the name both garbled
    ("VSEBINA: Obema !hrska Btstnca — ODLOK o spremembi odloka o prispevku za izobraževanje v letu 1979",
     [("Ilirska Bistrica", "odlok", "o spremembi odloka o prispevku za izobraževanje v letu 1979")]),
    # 1975: two municipalities' headings in a row, the first one's entries in the other column
    ("Občina Koper Občina Sežana - ODREDBA o najvišjih maržah za nekatera pomembneje živila",
     [("Sežana", "odredba", "o najvišjih maržah za nekatera pomembneje živila")]),
    # 1972 and 1975: two columns interleaved, a line of one between the halves of a word broken in the other
    ("Obalni svet Koper - SKLEP o sprejemu finančnega načrta Obalnega sveta Koper za Občina Koper - ODLOK o "
     "potrditvi spremembe zazidalnega načrta „Za gra- leto 1972 dom** - POPRAVEK statuta Obalnega sveta Koper",
     [("Obalna skupnost", "sklep", "o sprejemu finančnega načrta Obalnega sveta Koper za leto 1972"),
      ("Koper", "odlok", "o potrditvi spremembe zazidalnega načrta „Za gradom"),
      ("Koper", "popravek", "statuta Obalnega sveta Koper")]),
    ("Občina Koper Občina Sežana - ODREDBA o najvišjih maržah za nekatera pomembneje živila - ODREDBA o "
     "določitvi najvišjih marž za nekatera pomemb- v prodaji na drobno neje živila v prodaji na drobno",
     [("Sežana", "odredba", "o najvišjih maržah za nekatera pomembneje živila v prodaji na drobno"),
      ("Sežana", "odredba", "o določitvi najvišjih marž za nekatera pomembneje živila v prodaji na drobno")]),
    # 1975: the other column's line goes to the entry it completes into a title printed
    # in the same contents (the same odredba of another municipality), not to the one before
    ("Občina Piran — ODREDBA o najvišjih maržah za nekatera pomembneje živila v prodaji na drobno Občina "
     "Izola - ODREDBA o najvišjih maržah za nekatera pomembneje živila Občina Postojna - ODLOK o ustanovitvi "
     "občinskega štaba za teritorialno obrambo - ODLOK o ustanovitvi in delovnem področju sveta za preven- "
     "v prodaji na drobno tivo in vzgojo v cestnem prometu skupščine občine Postojna",
     [("Piran", "odredba", "o najvišjih maržah za nekatera pomembneje živila v prodaji na drobno"),
      ("Izola", "odredba", "o najvišjih maržah za nekatera pomembneje živila v prodaji na drobno"),
      ("Postojna", "odlok", "o ustanovitvi občinskega štaba za teritorialno obrambo"),
      ("Postojna", "odlok", "o ustanovitvi in delovnem področju sveta za preventivo in vzgojo v cestnem "
                            "prometu skupščine občine Postojna")]),
    # 1992: a firm's heading, its one-word name and town, after a title with a dash of its own
    ("Občina Sežana - ODLOK o lokacijskem načrtu Cevovod Rodik - Vodarna Rižana Komunala Koper - Sprememba "
     "cen komunalnih storitev Občina Piran - ODREDBA o razporeditvi delovnega časa",
     [("Sežana", "odlok", "o lokacijskem načrtu Cevovod Rodik - Vodarna Rižana"),
      ("Koper", "other", "komunalnih storitev"),
      ("Piran", "odredba", "o razporeditvi delovnega časa")]),
    # a title ending in a town's inflected name ("v Kopru") or in "podjetja X Koper" keeps it
    ("Občina Koper - SKLEP o javni razgrnitvi zazidalnega načrta v Kopru - ODLOK o cenah storitev "
     "podjetja Komunala Koper",
     [("Koper", "sklep", "o javni razgrnitvi zazidalnega načrta v Kopru"),
      ("Koper", "odlok", "o cenah storitev podjetja Komunala Koper")]),
    # 1972: a word broken at a line's end, and a heading between its halves
    ("Občina Izola - POROČILO o izidu nadomestnih volitev v občinski zbor skup- Občina Piran ščine občine Izola",
     [("Izola", "other", "o izidu nadomestnih volitev v občinski zbor skupščine občine Izola")]),
    # 1988: a genre with its title's first word in capitals; a firm's unit after its kind (TOZD, tozd)
    ("Občina Izola - POPRAVEK ODLOKA o prenehanju lastninske pravice na zemljiščih - POPRAVEK SKLEPA o "
     "začasnem ukrepu v DO Droga Portorož Občina Koper — SKLEP o ukrepih v Tovarni Tomos - TOZD Orodjarna "
     "Koper — SKLEP o prenehanju ukrepov v DO Hidro, tozd Operativa Koper — SKLEP o potrditvi računa",
     [("Izola", "popravek", "o prenehanju lastninske pravice na zemljiščih"),
      ("Izola", "popravek", "o začasnem ukrepu v DO Droga Portorož"),
      ("Koper", "sklep", "o ukrepih v Tovarni Tomos - TOZD Orodjarna Koper"),
      ("Koper", "sklep", "o prenehanju ukrepov v DO Hidro, tozd Operativa Koper"),
      ("Koper", "sklep", "o potrditvi računa")]),
    # 1985: a word of the genre letter-spaced
    ("Občina Ilirska Bistrica — DOPOLNITEV N A VODILA o pošiljanju obvestil o cenah Občina Koper — "
     "SKLEP o potrditvi zaključnega računa",
     [("Ilirska Bistrica", "other", "o pošiljanju obvestil o cenah"),
      ("Koper", "sklep", "o potrditvi zaključnega računa")]),
    # 1986: the preposition glued to the title's next word
    ("Občina Koper — SKLEP ozačasnem ukrepu družbenega varstva v Pokrajinskem arhivu Koper",
     [("Koper", "sklep", "o začasnem ukrepu družbenega varstva v Pokrajinskem arhivu Koper")]),
    # 1988: a genre of five words in capitals; 1993: a genre word the OCR cut by a letter ("SKEP")
    ("Občina Koper — SPREMEMBE IN DOPOLNITVE DOLGOROČNEGA PLANA občine Koper za obdobje 1986—2000 "
     "Občina Piran - SKEP o javni razgrnitvi osnutka prostorskih ureditvenih pogojev",
     [("Koper", "other", "občine Koper za obdobje 1986—2000"),
      ("Piran", "sklep", "o javni razgrnitvi osnutka prostorskih ureditvenih pogojev")]),
])
def test_contents_entries(text, entries):
    found = parse_toc(text, 0, len(text), REGION)
    assert [(m, t, title) for _, m, t, title, *_ in found] == entries


# 1972: a title cut after "pri", its rest read at the end of the next entry; the act's
# heading in the issue's body tells where that rest begins (without it, nothing moves)
DANGLING = ("- ODLOK o spremembi odloka o uradnih dnevih za stranke pri - ODLOK o delovnem času občinskih "
            "organov upravnih organih skupščine občine Postojna ")


@pytest.mark.parametrize("body, titles", [
    ("OBČINA POSTOJNA Na podlagi 4. člena ... sprejela ODLOK O SPREMEMBI ODLOKA O URADNIH DNEVIH ZA STRANKE "
     "PRI UPRAVNIH ORGANIH SKUPŠČINE OBČINE POSTOJNA 1. člen",
     ["o spremembi odloka o uradnih dnevih za stranke pri upravnih organih skupščine občine Postojna",
      "o delovnem času občinskih organov"]),
    ("OBČINA POSTOJNA Na podlagi 4. člena ... sprejela ODLOK O DAVKIH OBČANOV 1. člen",
     ["o spremembi odloka o uradnih dnevih za stranke pri",
      "o delovnem času občinskih organov upravnih organih skupščine občine Postojna"]),
])
def test_a_title_cut_at_a_link_word_is_completed_from_the_body(body, titles):
    text = DANGLING + body
    found = parse_toc(text, 0, len(DANGLING), REGION)
    assert [title for *_, title, _, _ in found] == titles


@pytest.mark.parametrize("text, body", [
    ("- ODLOČBA o razveljavitvi ... z ustavo in zakonom. OBČINA ILIRSKA BISTRICA SKLAD REZERV OBČINE ILIRSKA "
     "BISTRICA Delavci v temeljnih organizacijah", "OBČINA ILIRSKA"),
    ("- ODLOK o delovnem času občinskih organov občine Postojna OBČtNA ! URŠKA B!STR!CA Na podlagi 6. člena",
     "OBČtNA !"),
    ("- ODLOK o spremembah odloka o ustanovitvi skupne strokovne službe , 1. člen V mestu Koper se", "1. člen"),
    ("Občina Koper - SKLEP o potrditvi zaključnega računa URADNI POPRAVEK ODLOKA O POTRDITVI SKLEPOV",
     "URADNI POPRAVEK ODLOKA"),
    ("Občina Koper - SKLEP o potrditvi zaključnega računa davkov in prispevkov občanov za leto 1979", None),
    # Pomurje, 1986: the first entry's number printed again over its act, the body's subject first
    ("62. Razglas liste kandidatov za delegate 63. Sklep o razpisu referenduma v Krajevni skupnosti Bratonci "
     "62 RAZGLAS Občinska volilna komisija v Murski Soboti objavlja na podlagi 78. člena", "62 RAZGLAS"),
])
def test_where_the_contents_end(text, body):
    end = contents_end(text, 0)
    assert (text[end:].startswith(body) if body else end == len(text)), text[end:end + 30]
