"""Act fields: dates of adoption, issuing bodies, signatures, names."""
import pytest

from ner.acts.act_fields import adoption_date, canonical_body, named_body, split_section, subject_phrase
from ner.core.names import normalise_name
from conftest import REGION


@pytest.mark.parametrize("preamble, closing, iso", [
    ("je skupščina občine Koper na seji dne 25. aprila 1989 sprejela", None, "1989-04-25"),
    ("je skupščina Obalne skupnosti na seji dne 9. marca sprejela", "1982-03-09", "1982-03-09"),
    ("sprejela na svoji 4. seji dne 21. julija 1978, sta ... na seji 3. 4. 1979 sprejela", None, "1979-04-03"),
    ("Pri primerjanju besedila odloka (Uradne objave št. 10 z dne 14. 4. 1989) z izvirnikom", None, None),
    ("je skupščina na svoji seji, dne 3. 3.1982 sprejela", None, "1982-03-03"),
    # chambers that sat on different days: no one date of adoption
    ("je Skupščina občine Ptuj na seji družbenopolitičnega zbora dne 25. 6. 1985 in na sejah zbora združenega "
     "dela in zbora krajevnih skupnosti dne 26. 6. 1985 sprejela", None, None),
    ("Na podlagi sklepa sveta z dne 3. 3. 1985 je Skupščina občine Ptuj na seji dne 25. 6. 1985 sprejela", None,
     "1985-06-25"),
])
def test_adoption_date(preamble, closing, iso):
    assert adoption_date(preamble, closing, None)[0] == iso


@pytest.mark.parametrize("preamble, subject", [
    ("Na podlagi 204. člena statuta je Skupščina občine Izola na seji zbora dne 4. marca 1982 sprejela",
     "Skupščina občine Izola"),
    ("ki ga je sprejela skupščina občine Piran na svoji 4. seji dne 21. julija 1978, sta po izvedeni "
     "javni razpravi, zbor izvajalcev in zbor uporabnikov skupščine Samoupravne stanovanjske skupnosti "
     "na seji 3. 4. 1979 sprejela", "zbor izvajalcev in zbor uporabnikov skupščine Samoupravne stanovanjske skupnosti"),
    ("so izvršni svet Skupščine občine Izola na podlagi 204. člena statuta občine Izola na seji dne "
     "18. aprila 1989, izvršni svet", "izvršni svet Skupščine občine Izola"),
    ("Skupščina ... je na 11. redni seji skupščine dne 29. marca 1989 sprejela", None),
    # the OCR's "ta" for "na" (Vestnik okraja Koper, 1957)
    ("(Uradni ist FLRJ, št. 13°56) je Okrajni ljudski odbor Koper ta seji Okrajnega zbora", "Okrajni ljudski odbor Koper"),
    # a modern council's session in the genitive (Ilirska Bistrica 2003), a mayor's own act (Kamnik 1996)
    ("(ZLS, Ur. 1. RS, št. 72/ 93) je Občinski svet Občine Ilirska Bistrica na nadaljevanju svoje 3. seje "
     "dne 31.3.2003 sprejel:", "Občinski svet Občine Ilirska Bistrica"),
    ("ter 36. člena statuta Občine Kamnik (Uradni list RS, št. 39/95) je župan Občine Kamnik sprejel",
     "župan Občine Kamnik"),
    # a mayor's act by another verb (Maribor 2002)
    ("in 43. člena Statuta Mestne občine Maribor (MUV, št. 27/95) je župan Mestne občine Maribor določil",
     "župan Mestne občine Maribor"),
    # an apposition between the body and its session (Uradni list RS's form)
    ("je Občinski svet Občine Metlika, v vlogi edine ustanoviteljice javnega podjetja Komunala Metlika d.o.o., "
     "na 13. redni seji dne 15. 11. 2012 sprejel", "Občinski svet Občine Metlika"),
    # the assembly abbreviated, a stray dot after "na" (Uradne objave občin Pomurja 1987)
    ("in 206. člena statuta občine Gor. Radgona (Ur. objave, št. 41/81) je SO Gor. Radgona na. seji zbora "
     "združenega dela in seji zbora krajevnih skupnosti dne 1. 10. 1987 sprejela", "SO Gor. Radgona"),
])
def test_subject_of_the_preamble(preamble, subject):
    assert subject_phrase(preamble) == subject


@pytest.mark.parametrize("phrase, preamble, named", [
    # the body named by its bare head, its name in the statute the basis cites (Ribnica 1985)
    ("skupščina skupnosti", "Na podlagi 42. člena zakona o cestah (Ur. list SRS, št. 38/81) in 20. člena statuta "
     "Občinske skupnosti za ceste Ribnica je skupščina skupnosti na zasedanju obeh zborov",
     "skupščina Občinske skupnosti za ceste Ribnica"),
    # a statute of another kind of body names none of it
    ("skupščina skupnosti", "na podlagi 16. člena Statuta Občine Sežana je skupščina skupnosti",
     "skupščina skupnosti"),
    # a name already whole is kept
    ("skupščina Skupnosti otroškega varstva Izola", "v skladu s statutom Skupnosti socialnega varstva občine Izola",
     "skupščina Skupnosti otroškega varstva Izola"),
])
def test_a_body_named_by_its_head_alone(phrase, preamble, named):
    assert named_body(phrase, preamble) == named


@pytest.mark.parametrize("phrase, section, body", [
    ("skupščina občine Koper", None, "Skupščina občine Koper"),
    ("skupščina občme Izola", None, "Skupščina občine Izola"),
    # the bodies' abbreviations spelt out
    ("SO Koper", None, "Skupščina občine Koper"),
    ("IS SO Piran", None, "Izvršni svet Skupščine občine Piran"),
    # the chambers in joint session adopt as their assembly (Postojna 1991)
    ("zbori Skupščine občine Postojna", None, "Skupščina občine Postojna"),
    ("izvršni svet skupščine občine Koper", None, "Izvršni svet Skupščine občine Koper"),
    ("skupščina Obalne skupnosti", None, "Skupščina Obalne skupnosti Koper"),
    ("zbor uporabnikov", "SAMOUPRAVNA STANOVANJSKA SKUPNOST OBČINE PIRAN",
     "Samoupravna stanovanjska skupnost občine Piran"),
    ("skupšpina Občinske skupnosti socialnega skrbstva Izola", "OBČINSKA SKUPNOST SOCIALNEGA SKRBSTVA IZOLA",
     "Občinska skupnost socialnega skrbstva Izola"),
    # the section header names another body: the preamble's genitive names the issuer
    ("skupščina Samoupravne komunalne interesne skupnosti občine Koper", "OBALNA DELAVSKA UNIVERZA",
     "Samoupravna komunalna interesna skupnost občine Koper"),
    ("zbor uporabnikov", "OBČINSKA ZDRAVSTVENA SKUPNOST ILIRSKA BISTRICA",
     "Občinska zdravstvena skupnost Ilirska Bistrica"),
])
def test_canonical_body(phrase, section, body):
    assert canonical_body(phrase, section, REGION, frozenset({"piran", "izola", "koper", "ilirska", "bistrica"})) == body


@pytest.mark.parametrize("section, parts", [
    ("OBČINA KOPER", ("OBČINA KOPER", None)),
    ("OBČINA ILIRSKA BISTRICA SKLAD REZERV OBČINE ILIRSKA BISTRICA",
     ("OBČINA ILIRSKA BISTRICA", "SKLAD REZERV OBČINE ILIRSKA BISTRICA")),
    ("OBČINE IZOLA, KOPER IN PIRAN", ("OBČINE IZOLA, KOPER IN PIRAN", None)),
    ("SAMOUPRAVNA STANOVANJSKA SKUPNOST OBČINE PIRAN", (None, "SAMOUPRAVNA STANOVANJSKA SKUPNOST OBČINE PIRAN")),
    # the OCR's municipality's headers (1968, 1985, 1993)
    ("OBČtNA HJRSKA BtSTRtCA", ("OBČINA ILIRSKA BISTRICA", None)),
    ("OBČ!NA HJRSKA B!STR!CA", ("OBČINA ILIRSKA BISTRICA", None)),
    ("OBČtNA tZOLA", ("OBČINA IZOLA", None)),
    ("OBALNA SKUPNOST KOPER", (None, "OBALNA SKUPNOST KOPER")),
])
def test_section_headers(section, parts):
    assert split_section(section, REGION) == parts


@pytest.mark.parametrize("tokens, name", [
    (["RAUL", "ŠIŠKOVIČ"], "Raul Šiškovič"),
    (["JAMNIK", "ANDREJ"], "Andrej Jamnik"),
    (["Irena", "K", "OSMINA"], "Irena Kosmina"),
    (["dr.", "MAJDA", "STROBL"], "Majda Strobl"),
    (["Vojka", "LENARČIČ"], "Vojka Lenarčič"),
    (["Franc", "Kranjc"], "Franc Kranjc"),
])
def test_names(tokens, name):
    assert normalise_name(tokens) == name


SIGNATURES = [
    ("001", "352-3/83", [("Raul Šiškovič", "predsednik")]),
    ("002", "U I 22/78-16, U I 97/79", [("Majda Strobl", "sodnica, ki nadomešča predsednika")]),
    ("002", "400-2/69", [("Vera Vezovik", "predsednica zborna krajevnih skupnosti; predsedujoča")]),
    ("004", "013-1/81", [("Bruno Podreka", "predsednik")]),
    ("004", "61/81", [("Irena Kosmina", "predsednica skupščine skupnosti")]),
    ("000", "214-1/2017", [("Boris Popovič", "župan")]),
    # a joint act of three executive councils: each signs as the president of its own
    ("001", "323-1/89", [("Branko Mahne", "predsednik izvršnega sveta"), ("Milan Vergan", "predsednik izvršnega sveta"),
                         ("Danilo Daneu", "predsednik izvršnega sveta")]),
    # the name set after the place and date: "Predsednica, l. r. Piran, 25. aprila 1989 TATJANA KOSOVEL"
    ("001", "350-22/88-89", [("Tatjana Kosovel", "predsednica")]),
]


@pytest.mark.parametrize("stem, number, signatures", SIGNATURES)
def test_signature_blocks(docs, stem, number, signatures):
    act = next(a for a in docs[stem].acts if a.number == number)
    assert [(s.name, s.role) for s in act.signatures] == signatures
    original = docs[stem].source.text
    for s in act.signatures:  # the span points at the name as printed
        assert original[s.span.start:s.span.end] == s.surface


def test_every_signature_traces_to_its_source(docs):
    for doc in docs.values():
        for act in doc.acts:
            for s in act.signatures:
                assert act.span.start <= s.span.start < s.span.end <= act.span.end


@pytest.mark.parametrize("closing, number", [
    ("Št.: 352-3/83 Koper, 25. aprila 1989 Predsednik RAUL ŠIŠKOVIČ, l. r.", "352-3/83"),
    # without a colon: before a town of two words (Novo mesto, 1961), before the date's label (Skupščinski Dolenjski
    # list, 1986), the word in capitals or spelt out (1989, 1960)
    ("Štev. 02-1/61 Novo mesto, dne 20. januarja 1961 Predsednik JANEZ NOVAK", "02-1/61"),
    ("Št. 38-1/84 Datum: 27. 1. 1986 Predsednik izvršnega sveta JANEZ ŠTERK", "38-1/84"),
    ("ŠT. 06202-2/89 Koper, 5. maja 1989 Predsednik RAUL ŠIŠKOVIČ", "06202-2/89"),
    ("Številka 011-13/60 Celje, dne 3. februarja 1960 Predsednik JANEZ NOVAK", "011-13/60"),
    # a cited issue before a place and date is no number of the act
    ("Objavi se v Uradnih objavah št. 5/80. Koper, dne 3. 3. 1989 Predsednik RAUL ŠIŠKOVIČ", None),
    # the consent of another body, by its decision's number, follows the signature
    ("Koper, 29. marca 1989 Predsednik skupščine JUSTIN DRAGOVAN, l. r. K tem spremembam je dala "
     "soglasje Skupščina občine Koper s sklepom štev.: 025-6/84 z dne 25. 4. 1989", None),
])
def test_file_number_of_the_act(pipeline, closing, number):
    assert [a.number for a in _act_closed_by(pipeline, closing).acts] == [number]


def _act_closed_by(pipeline, closing):
    from ner.core.records import Source

    text = ("Na podlagi 27. člena statuta je skupščina Samoupravne komunalne interesne skupnosti občine Koper "
            "na seji dne 29. marca 1989 sprejela ODLOK o komunalnih taksah 1. člen Takse se plačujejo. " + closing)
    return pipeline(Source("x.txt", "x.txt", text, "utf-8", "0" * 64))


@pytest.mark.parametrize("closing, number, signatures", [
    # Uradni list RS, 1991: "Št." with no colon, the name in small letters, titles after it
    ("Št. 402-1/91 Postojna, dne 5. novembra 1991. Predsednik Skupščine občine Postojna Igor Bratina, dipl. jur. "
     "l. r.", "402-1/91", [("Igor Bratina", "predsednik skupščine občine postojna")]),
    # Uradni list RS, 1996: the mayor
    ("Št. 352-1/13-1/93 Kamnik, dne 13. novembra 1996. Župan Občine Kamnik Tone Smolnikar l. r.",
     "352-1/13-1/93", [("Tone Smolnikar", "župan občine kamnik")]),
    # Uradno glasilo slovenskih občin, 2014: the function after the name, no "l. r."
    ("Številka: 032-0007/2014-07\n\nDivača, 28.5.2014\n\n \n\nObčina Divača\n\n \n\nDrago Božac, župan",
     "032-0007/2014-07", [("Drago Božac", "župan")]),
    # Uradne objave, 1989: a surname ending like a title ("-el."), no title to cut
    ("Števitka: 422-10/88-89 Piran. 25. aprila 1989 Predsednica TATJANA KOSOVEL. 1. r.",
     "422-10/88-89", [("Tatjana Kosovel", "predsednica")]),
    # Uradni vestnik Zasavja, 2021: an em dash in the number, the body between function and name
    ("Številka: 032 — 1/2021-22  Datum: 17.2.2021\n\n \n\nŽupanja Občine\n\nTrbovlje Jasna GABRIČ",
     "032-1/2021-22", [("Jasna Gabrič", "županja občine trbovlje")]),
    # Uradni vestnik občine Ormož, 2015: the function on the line after "l.r."
    ("Številka: 007 – 14/2015 07/9\nOrmož, dne 13. 7. 2015\nAlojz Sok l.r.\nŽUPAN OBČINE ORMOŽ",
     "007-14/2015 07/9", [("Alojz Sok", "župan občine ormož")]),
])
def test_modern_closings(pipeline, closing, number, signatures):
    act, = _act_closed_by(pipeline, closing).acts
    assert (act.number, [(s.name, s.role) for s in act.signatures]) == (number, signatures)


def test_a_joint_act_keeps_every_body_with_its_session_number_and_signature(docs):
    act = next(a for a in docs["001"].acts if a.number == "323-1/89")
    assert [(a.issuer, a.date, a.number, a.place) for a in act.adoptions] == [
        ("Izvršni svet Skupščine občine Izola", "1989-04-18", "323-1/89", "Izola"),
        ("Izvršni svet Skupščine občine Koper", "1989-04-12", "323-7/89", "Koper"),
        ("Izvršni svet Skupščine občine Piran", "1989-04-07", "323-3/89", "Piran")]
    assert (act.issuer, act.date) == ("Izvršni svet Skupščine občine Izola", "1989-04-18")
    assert [s.body for s in act.signatures] == [a.issuer for a in act.adoptions]


@pytest.mark.parametrize("preamble, bodies", [
    ("Na podlagi 2. člena odredbe (Uradni list SRS. št. 43/88) so izvršni svet Skupščine občine Izola na "
     "podlagi 204. člena statuta občine Izola na seji dne 18. aprila 1989, izvršni svet Skupščine občine "
     "Koper na podlagi 273 člena statuta občine Koper na seji dne 12. aprila 1989 in izvršni svet Skupščine "
     "občine Piran na podlagi 251. člena statuta občine Piran na seji dne 7. aprila 1989 sprejeli",
     [("izvršni svet Skupščine občine Izola", "1989-04-18"), ("izvršni svet Skupščine občine Koper", "1989-04-12"),
      ("izvršni svet Skupščine občine Piran", "1989-04-07")]),
    # modern councils of a joint administration, each with its numbered session (Uradni list RS's form)
    ("in 19. člena Statuta Občine Komen so Občinski svet Občine Divača na 5. redni seji dne 11. 7. 2019, "
     "Občinski svet Občine Sežana na 7. redni seji dne 17. 7. 2019 in Občinski svet Občine Komen na 5. redni "
     "seji dne 19. 6. 2019, v skladu z 49.a členom Zakona o lokalni samoupravi sprejeli",
     [("Občinski svet Občine Divača", "2019-07-11"), ("Občinski svet Občine Sežana", "2019-07-17"),
      ("Občinski svet Občine Komen", "2019-06-19")]),
    # a city's council with a municipality's (Spodnje Podravje, 2018)
    ("in 16. člena Statuta Občine Starše so Mestni svet Mestne občine Ptuj na 5. seji dne 2. 7. 2018 in "
     "Občinski svet Občine Starše na 3. seji dne 3. 7. 2018 sprejeli",
     [("Mestni svet Mestne občine Ptuj", "2018-07-02"), ("Občinski svet Občine Starše", "2018-07-03")]),
    # one body, however many its bases
    ("Na podlagi 27. člena statuta in 5. člena odloka je skupščina občine Koper na seji dne 2. marca 1989 "
     "sprejela", []),
    # the users and providers of a self-managed agreement are no bodies of the clause
    ("Na podlagi 2. člena Zakona o komunalnih dejavnostih sklenejo delavci temeljnih organizacij in "
     "delovni ljudje", []),
])
def test_joint_bodies(preamble, bodies):
    from ner.acts.adoptions import joint_bodies

    assert joint_bodies(preamble) == bodies


@pytest.mark.parametrize("role, cleaned, body", [
    ("predsednik izvršnega sveta skupščine občine piran", "predsednik izvršnega sveta",
     "Izvršni svet Skupščine občine Piran"),
    ("predsednik skupščine občine koper", "predsednik", "Skupščina občine Koper"),
    ("predsednica zbora krajevnih skupnosti", "predsednica zbora krajevnih skupnosti", None),
])
def test_the_body_a_function_names(role, cleaned, body):
    from ner.acts.signatures import body_of_role

    assert body_of_role(role, REGION, frozenset()) == (cleaned, body)
