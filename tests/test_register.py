"""Places from the register of spatial units, table-driven with real lines of
several issues; namesakes told apart by the act's municipality."""
import pytest

from conftest import REGION
from ner.entities.register import declines, find_register_places, gazetteer, register_entry

MUNICIPALITIES = frozenset(REGION.municipalities)


@pytest.mark.parametrize("word, name, yes", [
    ("kopru", "koper", True), ("sezani", "sezana", True), ("hrvatinih", "hrvatini", True),
    ("senozecah", "senozece", True), ("malnih", "malni", True), ("malnih", "malna", False),
    ("kopriva", "koper", False), ("pri", "pri", True), ("na", "pri", False),
])
def test_case_forms_of_register_names(word, name, yes):
    assert declines(word, name) is yes


@pytest.mark.parametrize("text, municipality, places", [
    # 1980, a list after "v naseljih"; "Dane pri Sežani" whole
    ("v naseljih: Podpeč, Bezovica, Loka in Dane pri Sežani", "Sežana",
     ["Podpeč", "Bezovica", "Loka", "Dane pri Sežani"]),
    # 1979, the inflected forms; a place's two words
    ("v Kopru in v Novi vasi ter pri Hrvatinih", "Koper", ["Koper", "Nova vas", "Hrvatini"]),
    ("pri Senožečah in Štorjah", "Sežana", ["Senožeče", "Štorje"]),
    # a street with its town, in the locative
    ("na Kajuhovi ulici v Izoli", "Izola", ["Kajuhova ulica, Izola", "Izola"]),
    # 1991, the streets of an act renaming them: no context needed for a street's name
    ("se imenujejo: - Pristaniška ulica - Ljubljanska cesta", "Koper",
     ["Pristaniška ulica, Koper", "Ljubljanska cesta, Koper"]),
    # a word as common as a village's name needs a place's context
    ("Vreme je bilo lepo.", "Sežana", []),
    # a person is no place
    ("predsednik JANEZ NOVAK", "Koper", []),
])
def test_register_places(text, municipality, places):
    assert [p.canonical for p in find_register_places(text, 0, len(text), municipality, MUNICIPALITIES)] == places


def test_namesakes_are_the_act_municipalitys():
    g = gazetteer()
    podgrads = g.named("Podgrad")
    assert len(podgrads) >= 5  # five villages are called Podgrad
    found = list(find_register_places("v Podgradu", 0, 10, "Ilirska Bistrica", MUNICIPALITIES))
    entry = g.by_ref[found[0].ref]
    assert entry.unit == "Ilirska Bistrica" and entry.lat and entry.lon


@pytest.mark.parametrize("read, municipality, spelt", [
    ("Dobrave", "Izola", "Dobrava"),  # another case
    ("Gomja Bitnja", "Ilirska Bistrica", "Gornja Bitnja"),  # the OCR's m for rn
    ("Ulica Oktobrske reovtuicje, Izola", "Izola", "Ulica oktobrske revolucije"),  # a street misread
])
def test_rule_places_take_the_registers_spelling(read, municipality, spelt):
    entry = register_entry(read, municipality, MUNICIPALITIES)
    assert entry is not None and entry.name == spelt and entry.unit == municipality
