"""A municipality's heading as the OCR prints it: "Občina Koper", "Obema Hirska
Bistrica", "OBČtNA ! URŠKA B!STR!CA", in the contents and above an act."""
from __future__ import annotations

from typing import Optional

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .lexicon import slovenian, word_list
from .region import Region
from .wordforms import fold

GARBLED_NAME_MIN = 70  # how close a municipality's name the OCR garbled still is ("!hrska Btstnca")
SUPRA_MUNICIPAL = tuple(word_list("supra_municipal"))
MUNICIPAL_CASES = frozenset("občine občini občino občin občinah občinam občinama".split())  # not a heading


def municipal_heading(words: list[str], region: Region) -> bool:
    """'Občina Koper', 'Obema Hirska Bistrica', 'OBČtNA ! URŠKA B!STR!CA': a word close to
    "občina" and a municipality's name."""
    first = words[0].strip(".,:") if words else ""
    if not first[:1].isupper() or first.lower() in MUNICIPAL_CASES or first.lower().startswith("občinsk"):
        return False
    # "Občina", "OBČtNA", "Obcina"; or a word the OCR garbled past knowing that opens
    # like it ("Obema"), before a municipality's name
    distance = Levenshtein.distance(fold(first), "obcina")
    garbled = first[:1] in "Oo" and len(first) <= 8 and (distance <= 3 or not slovenian().freq(first.lower()))
    if (distance > 1 and not garbled) or region.municipality_in(" ".join(words[:4])) == region.regional_body:
        return False  # "Obalna skupnost Koper", "Obalni svet Koper" head the regional community's acts
    m = named_municipality(words[1:4], region)
    return m is not None and m != region.regional_body


def named_municipality(words: list[str], region: Region) -> Optional[str]:
    """The municipality the words begin with, in any case, or garbled by the OCR but
    close to one of the region's ("Ihrska Btstnca")."""
    found = region.municipality_in(" ".join(words))
    if found is not None or not words:
        return found
    def unread(phrase: str) -> str:
        return fold(phrase).replace("!", "i")  # the OCR's commonest misreading of i, l and I
    score, best = max((fuzz.ratio(unread(" ".join(words[:len(m.split())])), fold(m)), m) for m in region.municipalities)
    return best if score >= GARBLED_NAME_MIN else None


def supra_municipal(name: str) -> bool:
    """A body above or across the municipalities ("Okrajni ljudski odbor Koper", "Ustavno
    sodišče SR Slovenije", "Medobčinska ... skupnost"): the town it names is its seat,
    not its municipality."""
    return any(w.lower().startswith(SUPRA_MUNICIPAL) for w in name.split())
