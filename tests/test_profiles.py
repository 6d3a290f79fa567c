"""Gazette profiles: each file is read as an issue of the gazette its own words name,
with that gazette's masthead and municipalities; real openings of several gazettes."""
import pytest

from ner.core.profiles import Profile, load_profile, profiles
from ner.structure.masthead import parse_masthead
from ner.structure.profile import profile_of
from ner.structure.toc import parse_toc

GAZETTE_OPENINGS = [
    # the web edition of Uradni list RS, 2002 and 2009: number and date in one line
    ("Uradni list  Številka 85 Uradni list RS, št. 85/2002 z dne 4. 10. 2002 Uradni list  Kazalo  4225. Odlok o "
     "urejanju zelenih površin, stran 9429.  Na podlagi 3., 7. in 33. člena Zakona",
     "Uradni list RS", 85, "2002-10-04"),
    ("Uradni list  Številka 54 Uradni list RS, št. 54/2009 z dne 13. 7. 2009 Uradni list  Kazalo  2668. Odlok o "
     "spremembah in dopolnitvah Odloka", "Uradni list RS", 54, "2009-07-13"),
    # Skupščinski Dolenjski list, 1986: the number before the date, unaccented capitals
    ("SKUPSCINSKI DOLENJSKI LIST St. 15, leto XXIII CENA 20 DIN za občine ČRNOMELJ, KRŠKO, METLIKA, NOVO MESTO, "
     "RIBNICA IN TREBNJE 11. september 1986 VSEBINA OBČINA ČRNOMELJ 228. Odlok o tržnem redu",
     "Skupščinski Dolenjski list", 15, "1986-09-11"),
    # Pomurje, 1987: "URADNE OBJAVE" as the coast's, told apart by the municipalities it serves
    ("URADNE OBJAVE Leto XXIII Murska Sobota, dne 22. oktobra 1987 Št.: 24 URADNE OBJAVE OBČINSKIH SKUPŠČIN: "
     "GORNJA RADGONA, LENDAVA, LJUTOMER IN MURSKA SOBOTA Odgovorili urednik: Martin Vinčec 188. Samoupravni",
     "Uradne objave občin Pomurja", 24, "1987-10-22"),
    # Vestnik okraja Koper, 1957: the name split by the date, "ŠTEV."
    ("VESTNIK LETO n KOPER, 12. JULIJA 1957 OKRAJA KOPER ŠTEV. 26 v g E B : M A Odloki, odločbe in sklepi OLO 214 "
     "Odlok o spremembah", "Vestnik okraja Koper", 26, "1957-07-12"),
    # Snežnik, 2003: "URADNE OBJAVE" after the coast's period, the OCR's "/" for i, l and t
    ("Mrs/ra B/s fr/ca, 29. apr// 2003 š/. 2 URADNE OBJAVE Na podtagi 16. člena Statuta Občine Ilirska Bistrica "
     "(Ur. objave št. 18/95) ... Uradne objave glasila Snežnik, št. 4/1999",
     "Uradne objave glasila Snežnik", 2, "2003-04-29"),
    # Ptuj, 1978: no name in the masthead; the gazette cites itself, the masthead names Ptuj
    ("Leto XV Ptuj, 19, oktobta 1978 Številka: 13 VSEBINA SKUPŠČINA OBČINE PTUJ 211. Odlok o gradnji ... "
     "(Uradni vestnik občin Ormož in Ptuj št. 5/78)", "Uradni vestnik občin Ormož in Ptuj", 13, "1978-10-19"),
    # Uradni list RS, 2024: a gazette cited under the masthead is not the one it heads
    ("Uradni list RS, št. 47/2024 z dne 7. 6. 2024  Kazalo  1596. Odločba o odpravi Odloka, stran 4415.  "
     "1. Odlok o imenovanju ulic (Uradno glasilo slovenskih občin, št. 36/21) se odpravi.",
     "Uradni list RS", 47, "2024-06-07"),
    # Uradni vestnik okraja Celje, 1956 and 1960: "LETO I.", "DNE 28. MARCA", "ŠTEV."; the month in the nominative
    ("URADNI VESTNIK OKRAJA CELJE Stu: us*« J Knj .ca , V (ULJU LETO I. CELJE, DNE 28. MARCA 1956 ŠTEV. 1 "
     "VSEBINA OKRAJNI LJUDSKI ODBOR CELJE 1. Odlok o začasnih gradbenih", "Uradni vestnik okraja Celje", 1,
     "1956-03-28"),
    ("URADNI VESTNIK OKRAJA CELJE LETO V 29. SEPTEMBER 1960 ŠT. 30 VSEBINA OBČINSKI LJUDSKI ODBOR MOZIRJE 342. "
     "Odlok o kategorizaciji", "Uradni vestnik okraja Celje", 30, "1960-09-29"),
    # Uradni vestnik okraja Novo mesto, 1961: "Lelo VI." (Leto), "St. 2" after the date
    ("Poštnina piačana v gotovini URADNI VESTNIK OKRAJA NOVO MESTO Lelo VI. V Novem mestu, dne 31. januarja "
     "1961 St. 2 VSEBINA OKRAJNI LJUDSKI ODBOR: 24. Odlok OLO Novo mesto o javnem redu",
     "Uradni vestnik okraja Novo mesto", 2, "1961-01-31"),
    # the coast, 1972
    ("NOVICE URADNE OBJAVE OBČIN ILIRSKA BISTRICA, IZOLA, KOPER, PIRAN, POSTOJNA IN SEŽANA KOPER, 2. JUNIJA 1972 "
     "Št. 8 VSEBINA : Obalni svet Koper", "Uradne objave", 8, "1972-06-02"),
]


@pytest.mark.parametrize("text, gazette, number, date", GAZETTE_OPENINGS)
def test_the_masthead_names_the_gazette_its_number_and_date(text, gazette, number, date):
    profile = profile_of(text, profiles())
    info, end = parse_masthead(text, profile, profile.region)
    assert (info.gazette, info.number, info.date) == (gazette, number, date)
    assert end > 0


@pytest.mark.parametrize("text, gazette", [
    # no masthead: the act's clause on its publication names the gazette
    ("Na podlagi 16. člena Statuta Občine Sežana (Uradni list RS, št. 117/07) je Občinski svet ... Ta sklep začne "
     "veljati naslednji dan po objavi v Uradnem listu Republike Slovenije.", "Uradni list RS"),
    ("je Občinski svet Občine Divača na svoji 26. redni seji sprejel ... Odlok se objavi v Uradnem glasilu "
     "slovenskih občin in začne veljati", "Uradno glasilo slovenskih občin"),
    ("je Občinski svet Občine Trbovlje ... Sklep začne veljati prvi dan po objavi v Uradnem vestniku Zasavja.",
     "Uradni vestnik Zasavja"),
    # citing Uradni list RS, as every modern act does, names no gazette of publication
    ("Na podlagi 16. člena Statuta Občine Ormož (Uradni vestnik občine Ormož, št. 4/12) in Zakona o lokalni "
     "samoupravi (Uradni list RS, št. 94/07) je Občinski svet Ormož", None),
])
def test_without_a_masthead_the_text_names_the_gazette_or_none(text, gazette):
    profile = profile_of(text, profiles())
    assert (profile.name if profile else None) == gazette
    info, _ = parse_masthead(text, profile, profiles()["uradne-objave"].region)
    assert (info.gazette, info.number, info.date) == (gazette, None, None)


def test_a_profile_serving_all_slovenia_knows_every_municipality_old_and_new():
    rs = profiles()["uradni-list-rs"]
    assert {"Kamnik", "Loška dolina", "Miren-Kostanjevica", "Novo mesto", "Koper"} <= set(rs.municipalities)
    assert "Ilirska Bistrica" in profiles()["uradne-objave-glasila-sneznik"].region.municipalities


# names that share their opening: each its own municipality, in any case (Uradni list RS 2019,
# a joint act of eight councils)
@pytest.mark.parametrize("phrase, municipality", [
    ("Občinski svet Občine Dobrna", "Dobrna"), ("Občinski svet Občine Dobje", "Dobje"),
    ("statuta Občine Dobrne", "Dobrna"), ("v Občini Gorje", "Gorje"), ("Občine Postojna", "Postojna"),
])
def test_a_municipality_named_in_full_is_not_its_namesakes(phrase, municipality):
    assert profiles()["uradni-list-rs"].region.municipality_in(phrase) == municipality


def test_the_masthead_adds_the_municipalities_it_names_to_the_profiles():
    """A gazette serves whom its masthead names, whatever its profile lists: the coast's
    default read a 1976 masthead of Skupščinski Dolenjski list's form."""
    from ner.core.profiles import slovenian_municipalities
    from ner.structure.masthead import served_beyond

    head = ("SKUPSCINSKI DOLENJSKI LIST za občine ČRNOMELJ, KOČEVJE, KRŠKO, METLIKA, NOVO MESTO, RIBNICA IN "
            "TREBNJE Letnik XIII. Novo mesto, 12. avgusta 1976 Št. 19")
    region = profiles()["uradne-objave"].region
    assert set(served_beyond(head, region, slovenian_municipalities())) == {
        "Črnomelj", "Kočevje", "Krško", "Metlika", "Novo mesto", "Ribnica", "Trebnje"}
    coast = "URADNE OBJAVE OBČIN ILIRSKA BISTRICA, IZOLA, KOPER, PIRAN, POSTOJNA IN SEŽANA KOPER, 2. JUNIJA 1972"
    assert served_beyond(coast, region, slovenian_municipalities()) == ()


@pytest.mark.parametrize("opening, beyond", [
    # the web edition of Uradni vestnik občine Ormož (2015) prints no masthead
    ("Na podlagi 16. člena Statuta Občine Ormož (Uradni vestnik občine Ormož, št. 4/12 – uradno prečiščeno "
     "besedilo in 8/15) in 101. člena Poslovnika občinskega sveta", ("Ormož",)),
    ("je Občinski svet Občine Zagorje ob Savi na 5. redni seji", ("Zagorje ob Savi",)),
    # the coast's own municipalities, and a town that no body of it is, add nothing
    ("je Skupščina občine Koper na seji zbora združenega dela sprejela", ()),
    ("Na podlagi 3. člena zakona o ribištvu je ribiško društvo Ormož", ()),
])
def test_a_file_naming_no_gazette_adds_the_municipalities_whose_bodies_it_names(opening, beyond):
    from ner.core.profiles import slovenian_municipalities
    from ner.structure.masthead import named_beyond

    region = profiles()["uradne-objave"].region
    assert named_beyond(opening, region, slovenian_municipalities()) == beyond


def test_a_broken_profile_is_reported_by_its_file(tmp_path):
    bad = tmp_path / "broken.toml"
    bad.write_text('name = "X"\nmasthead = ["(unclosed"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="broken.toml"):
        load_profile(bad)


def test_a_new_gazette_is_a_new_file(tmp_path):
    (tmp_path / "vestnik-gorenjske.toml").write_text(
        'name = "Uradni vestnik Gorenjske"\nmasthead = [\'URADNI\\s+VESTNIK\\s+GORENJSKE\']\n'
        'municipalities = ["Kranj", "Jesenice"]\n', encoding="utf-8")
    known = profiles(tmp_path)
    text = "URADNI VESTNIK GORENJSKE Kranj, 3. marca 1977 Št. 7 VSEBINA"
    profile = profile_of(text, known)
    assert isinstance(profile, Profile) and profile.name == "Uradni vestnik Gorenjske"
    assert parse_masthead(text, profile, profile.region)[0].number == 7


@pytest.mark.parametrize("profile, text, entries", [
    # Skupščinski Dolenjski list, 1986: numbered entries under capitals headings, a genre
    # outside the type list in the run of numbers, and the first act's number at the end
    ("skupscinski-dolenjski-list",
     "OBČINA ČRNOMELJ 228. Odlok o tržnem redu in prometu blaga na drobno v občini Črnomelj OBČINA NOVO MESTO "
     "229. Sklep o oblikovanju konference delegacij 232. Ocena rasti sredstev za osebne dohodke v gospodarstvu "
     "OBČINA TREBNJE 233. Odredba o preprečevanju hude gnilobe čebelje zalege v občini Trebnje Občina Črnomelj 228.",
     [("Črnomelj", "odlok", "o tržnem redu in prometu blaga na drobno v občini Črnomelj"),
      ("Novo mesto", "sklep", "o oblikovanju konference delegacij"),
      ("Novo mesto", "other", "rasti sredstev za osebne dohodke v gospodarstvu"),
      ("Trebnje", "odredba", "o preprečevanju hude gnilobe čebelje zalege v občini Trebnje")]),
    # Skupščinski Dolenjski list, 1976: Kočevje among its municipalities, headings with a colon
    ("skupscinski-dolenjski-list",
     "OBČINA KOČEVJE: 178. Odlok o podaljšanju veljavnosti odloka o poprečni gradbeni ceni OBČINA KRŠKO: "
     "179. Obvestilo o javni razgrnitvi predloga spremembe zazidalnega načrta dela mesta Krško",
     [("Kočevje", "odlok", "o podaljšanju veljavnosti odloka o poprečni gradbeni ceni"),
      ("Krško", "other", "o javni razgrnitvi predloga spremembe zazidalnega načrta dela mesta Krško")]),
    # Uradni vestnik občin Ormož in Ptuj, 1978: entries ended by semicolons, headings of bodies
    # in capitals, the OCR's "ó"
    ("uradni-vestnik-obcin-ormoz-in-ptuj",
     "SKUPŠČINA OBČINE PTUJ 211. Odlok o gradnji, uporabi in vzdrževanju zaklonišč v občini Ptuj; 212. Odlok ó "
     "najvišjih najemninah za poslovne stavbe; 218. Sklep o potrditvi statuta osnovne šole „Toneta Žnidariča“ "
     "Ptuj UPRAVNI ORGANI SKUPŠČINE OBČINE PTUJ 219. Dopolnitev programa izvajanja preventivnih ukrepov;",
     [("Ptuj", "odlok", "o gradnji, uporabi in vzdrževanju zaklonišč v občini Ptuj"),
      ("Ptuj", "odlok", "ó najvišjih najemninah za poslovne stavbe"),
      ("Ptuj", "sklep", "o potrditvi statuta osnovne šole „Toneta Žnidariča“ Ptuj"),
      ("Ptuj", "other", "programa izvajanja preventivnih ukrepov")]),
    # Pomurje, 1987: no headings; the masthead's municipalities are no heading
    ("uradne-objave-obcin-pomurja",
     "OBČINSKIH SKUPŠČIN: GORNJA RADGONA, LENDAVA, LJUTOMER IN MURSKA SOBOTA Odgovorili urednik: Martin Vinčec "
     "188. Samoupravni sporazum o ustanovitvi samoupravne interesne skupnosti 189. Sklep o uskladitvi preživnin",
     [(None, "samoupravni sporazum", "o ustanovitvi samoupravne interesne skupnosti"),
      (None, "sklep", "o uskladitvi preživnin")]),
    # Pomurje, 1986: a proclamation (razglas) among the numbered entries
    ("uradne-objave-obcin-pomurja",
     "62. Razglas liste kandidatov za delegate v Družbenopolitični zbor Skupščine občine Murska Sobota 63. "
     "Resolucija o politiki razvoja občine Ljutomer v letu 1986 64. Sklep o razpisu referenduma",
     [(None, "other", "liste kandidatov za delegate v Družbenopolitični zbor Skupščine občine Murska Sobota"),
      (None, "other", "o politiki razvoja občine Ljutomer v letu 1986"), (None, "sklep", "o razpisu referenduma")]),
    # Uradni vestnik okraja Novo mesto, 1961: the people's committee named before the title
    ("uradni-vestnik-okraja-novo-mesto",
     "OKRAJNI LJUDSKI ODBOR: 24. Odlok OLO Novo mesto o javnem redu in miru okraja OBČINSKI LJUDSKI ODBORI: "
     "25. Odlok ObLO Brežice o spremembah odloka o uradnih urah 34. Odločba ObLO Črnomelj o ustanovitvi zavoda",
     [(None, "odlok", "OLO Novo mesto o javnem redu in miru okraja"),
      (None, "odlok", "ObLO Brežice o spremembah odloka o uradnih urah"),
      (None, "odločba", "ObLO Črnomelj o ustanovitvi zavoda")]),
    # Uradni list RS, 1998 and 2022: a statute's title is whose it is, in the genitive
    ("uradni-list-rs",
     "Kazalo 2648. Spremembe in dopolnitve statuta Občine Destrnik-Trnovska vas, stran 4202. 3851. Statut "
     "Občine Dobrova - Polhov Gradec (uradno prečiščeno besedilo – UPB1), stran 12657.",
     [(None, "spremembe statuta", "Občine Destrnik-Trnovska vas"),
      (None, "statut", "Občine Dobrova - Polhov Gradec (uradno prečiščeno besedilo – UPB1)")]),
    # Uradni list RS, 2009: one line, its page, a firm named in the title
    ("uradni-list-rs",
     "Kazalo  2668. Odlok o spremembah in dopolnitvah Odloka o ustanovitvi javnega podjetja Center za ravnanje "
     "z odpadki Puconci d.o.o., stran 7548.",
     [(None, "odlok", "o spremembah in dopolnitvah Odloka o ustanovitvi javnega podjetja Center za ravnanje z "
                      "odpadki Puconci d.o.o.")]),
    # 1956 and 1960: a numbered list under the district's and the municipalities' people's
    # committees, its entries ending in a period; a number the OCR misread among them
    # (the 11 read as 1); a section of appointments in capitals after the last entry
    ("uradni-vestnik-okraja-celje",
     "OKRAJNI LJUDSKI ODBOR CELJE 10. Sklep o pritrditvi k likvidaciji podjetja Pekarna Šentjur. 1. Sklep o "
     "pritrditvi k redni likvidaciji podjetja v Solčavi. 12. Sklep o najetju kredita za regulacijo Savinje. "
     "OBČINSKI LJUDSKI ODBOR ŽALEC 13. Pravila o poslovanju Delavske univerze v Žalcu. IZVOLITVE, "
     "IMENOVANJA IN RAZREŠITVE Občinski ljudski odbor Šoštanj",
     [(None, "sklep", "o pritrditvi k likvidaciji podjetja Pekarna Šentjur"),
      (None, "sklep", "o pritrditvi k redni likvidaciji podjetja v Solčavi"),
      (None, "sklep", "o najetju kredita za regulacijo Savinje"),
      ("Žalec", "other", "o poslovanju Delavske univerze v Žalcu")]),
    # 1960: the OCR's dash for an entry number's period ("16- Odlok"), a letter of dust after a title
    ("uradni-vestnik-okraja-celje",
     "OBČINSKI LJUDSKI ODBOR CELJE 15. Odlok o zavarovanju plačila stroškov v občini Celje. v. 16- Odlok o "
     "določitvi pogojev za oddajanje stanovanj.",
     [("Celje", "odlok", "o zavarovanju plačila stroškov v občini Celje"),
      ("Celje", "odlok", "o določitvi pogojev za oddajanje stanovanj")]),
    # 1961: a rubric's item after its heading in capitals ("41. Bilanca ...") is no act, and
    # ends the title before it
    ("uradni-vestnik-okraja-novo-mesto",
     "VOLITVE IN IMENOVANJA: 37. Odločba ObLO Metlika o imenovanju komisije za izdelavo plana GOSPODARSKE "
     "ORGANIZACIJE IN ZAVODI 41. Bilanca Kmetijske zadruge Tržišče za l. 1959",
     [(None, "odločba", "ObLO Metlika o imenovanju komisije za izdelavo plana")]),
    # Skupščinski Dolenjski list, 1986: a printed rule after the last entry
    ("skupscinski-dolenjski-list",
     "MEDOBČINSKA OBJAVA 22. Odredba o višini stroškov vozniškega izpita _______________________ VSEBINA",
     [(None, "odredba", "o višini stroškov vozniškega izpita")]),
    # 1982: the numbers set apart in a column of their own, the genres then alone (one
    # garbled, "Sklfp"), and the OCR's bracket for a period ("32]")
    ("skupscinski-dolenjski-list",
     "OBČINA NOVO MESTO Statutarni sklep o oblikovanju, nalogah in pristoj- 25 26. 27. 28. nostih skupščine "
     "Sklfp o oblikovanju konferenc delegacij Sklepi o razrešitvi članov občinske volilne komisije Odlok o "
     "oplojevanju živali 29. Akt o ustanovitvi Dolenjskega muzeja OBČINA KRŠKO 32] Odredba o pristojbinah",
     [("Novo mesto", "sklep", "o oblikovanju, nalogah in pristojnostih skupščine"),
      ("Novo mesto", "sklep", "o oblikovanju konferenc delegacij"),
      ("Novo mesto", "sklep", "o razrešitvi članov občinske volilne komisije"),
      ("Novo mesto", "odlok", "o oplojevanju živali"),
      ("Novo mesto", "other", "o ustanovitvi Dolenjskega muzeja"),
      ("Krško", "odredba", "o pristojbinah")]),
    # Uradni vestnik občin Ormož in Ptuj, 1978: a genre and its comma ("Ugotovitev, da ..."); a
    # section of a kind of body, naming none, is of no one municipality (KRAJEVNE SKUPNOSTI)
    ("uradni-vestnik-obcin-ormoz-in-ptuj",
     "SKUPŠČINA OBČINE ORMOŽ 203. Odlok o pripravi prostorskega plana občine Ormož; 204. Ugotovitev, da niso "
     "izpolnjeni pogoji za povečanje nadomestila; KRAJEVNE SKUPNOSTI 205. Sklep o uvedbi samoprispevka",
     [("Ormož", "odlok", "o pripravi prostorskega plana občine Ormož"),
      ("Ormož", "other", "da niso izpolnjeni pogoji za povečanje nadomestila"),
      (None, "sklep", "o uvedbi samoprispevka")]),
    # Uradni vestnik občine Ormož, 2011: genres in capitals outside the type list
    ("uradni-vestnik-obcin-ormoz-in-ptuj",
     "VSEBINA 48. ODLOK o ustanovitvi organa skupne občinske uprave 49. JAVNI POZIV za oddajo projektnih "
     "predlogov 50. SKLEP o javni razgrnitvi načrta",
     [(None, "odlok", "o ustanovitvi organa skupne občinske uprave"),
      (None, "other", "za oddajo projektnih predlogov"), (None, "sklep", "o javni razgrnitvi načrta")]),
])
def test_numbered_contents_of_other_gazettes(profile, text, entries):
    found = parse_toc(text, 0, len(text), profiles()[profile].region)
    assert [(m, t, title) for _, m, t, title, *_ in found] == entries
