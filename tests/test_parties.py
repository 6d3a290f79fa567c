"""An agreement's parties from its lists, table-driven with real lines of 1989's issue
13 and the forms of other lists."""
import pytest

from ner.entities.parties import body_name, find_parties, items, split_unit


@pytest.mark.parametrize("text, parties", [
    ("Podpisniki: UPORABNIKI: 1. TOMOS KOPER, TOZD Ptočevinarna 2 TOMOS KOPER, TOZD Mehanska obdelava "
     "3 DO LUKA Koper (prej 7 TOZD) IZVAJALCI 1 CESTNO PODJETJE Koper 2. KOMUNALNI SERVIS Koper K temu "
     "samoupravnemu sporazumu je dala soglasje",
     [("uporabnik", "TOMOS Koper, TOZD Ptočevinarna", "TOMOS Koper"),
      ("uporabnik", "TOMOS Koper, TOZD Mehanska obdelava", "TOMOS Koper"),
      ("uporabnik", "DO Luka Koper", None),
      ("izvajalec", "Cestno podjetje Koper", None),
      ("izvajalec", "Komunalni servis Koper", None)]),
    # two columns: both headings first; the OCR's "L" for an item's 1 and "!" for a heading's I
    ("Podpisniki: UPORABNIK! IZVAJALCI UPORABNIK!: L TOMOS Koper. TOZD Pločevina 2. TOMOS Koper. TOZD Livarna",
     [("uporabnik", "TOMOS Koper, TOZD Pločevina", "TOMOS Koper"),
      ("uporabnik", "TOMOS Koper, TOZD Livarna", "TOMOS Koper")]),
    # bodies by their head nouns; a town after a comma is the body's
    ("UDELEŽENCI 1. OBČINSKA SKUPNOST SOCIALNEGA SKRBSTVA IZOLA 2. Osnovna šola Antona Ukmarja, Koper",
     [("udeleženec", "Občinska skupnost socialnega skrbstva Izola", None),
      ("udeleženec", "Osnovna šola Antona Ukmarja Koper", None)]),
    # "Udeleženci sporazuma se dogovorimo": prose, no list
    ("Udeleženci sporazuma se dogovorimo, da imajo investicije prioriteto", []),
])
def test_parties(text, parties):
    assert [(p.role, p.name, p.unit_of) for p in find_parties(text, 0, len(text))] == parties


def test_items_follow_their_numbers_through_the_ocr():
    for text, expected in [
        ("UPORABNIKI: 4. TOMOS KOPER, TOZD Inštitut $. TOMOS KOPER, TOZD Orodjarna 6. TOMOS KOPER, DSSS",
         ["TOMOS KOPER, TOZD Inštitut", "TOMOS KOPER, TOZD Orodjarna", "TOMOS KOPER, DSSS"]),
        ("UPORABNIKI: 14. IPLAS Koper, TOZD Commerce 1$. IPLAS Koper, TOZD Polikol 16 IPLAS Koper (prej 4 TOZD)",
         ["IPLAS Koper, TOZD Commerce", "IPLAS Koper, TOZD Polikol", "IPLAS Koper"])]:
        assert [text[s:e] for s, e in items(text, 11, len(text))] == expected


@pytest.mark.parametrize("printed, name", [
    ("ORTOPEDSKA BOLNIŠNICA VALDOLTRA", "Ortopedska bolnišnica Valdoltra"),
    ("Gostinsko podjetje »GALEB« Koper", "Gostinsko podjetje Galeb Koper"),
    ("DELOVNA SKUPNOST UPRAVNIH ORGANOV OBČINE KOPER", "Delovna skupnost upravnih organov občine Koper"),
    ("Podjetje za PTT promet Koper", "Podjetje za PTT promet Koper"),
    ("TOZD Inštitut", "TOZD Inštitut"),
])
def test_party_names(printed, name):
    assert body_name(printed) == name


def test_a_unit_and_its_enterprise():
    assert split_unit("ZDRAVSTVENI CENTER KOPER TOZD Zdravstveni dom") == ("ZDRAVSTVENI CENTER KOPER",
                                                                          "TOZD Zdravstveni dom")
    assert split_unit("Osnovna šola Antona Ukmarja, Koper") == ("Osnovna šola Antona Ukmarja Koper", None)
