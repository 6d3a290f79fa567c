"""Places from the Slovenian register of spatial units (GURS RPE, CC BY 4.0,
``ner/data/register/``): settlements, streets and local communities, found in any
case form and told apart by the municipality of the act that names them.

A printed name matches a register name word by word: the same word, or its stem
with a case ending (``Kopru`` is Koper with a fleeting e, ``Novi vasi`` Nova vas,
``Hrvatinih`` Hrvatini, ``Senožečah`` Senožeče); prepositions inside a name
(``Dane pri Sežani``) stay as they are. Five villages are called Podgrad: the one
in the act's municipality is meant. The old municipalities of before 1995 are,
roughly, today's administrative units (upravne enote), which the register gives
for every settlement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..core.lexicon import data_rows, slovenian, word_table
from ..core.tokens import Name, Word, words
from ..core.wordforms import fold

VOWELS = frozenset("aeiou")
LINKS = frozenset("pri na ob v pod nad za".split())
# Words after which a capitalised word is a place ("v Kopru", "k. o. Sečovlje", "naselje Dane").
PLACE_CONTEXT = frozenset("v na pri iz do od proti ob čez skozi po vasi vas vaseh naselju naselja naselje "
                          "naseljih zaselku zaselka o ks kraju kraja mestu".split())
COMMON_FREQ = 3e-6  # a name this frequent as a word (Vreme, Barka, Gora) needs a place's context


@dataclass(frozen=True)
class Entry:
    kind: str  # settlement, street, community
    id: str  # the register's key (NA_MID, UL_MID, ODO_MID)
    name: str  # as the register spells it
    municipality: str  # today's
    unit: str  # the administrative unit: the old municipality, roughly
    lat: Optional[float] = None
    lon: Optional[float] = None
    settlement: Optional[str] = None  # a street's

    @property
    def ref(self) -> str:
        return f"{self.kind}/{self.id}"


# The case endings after the stem, by how the nominative ends: feminine -a (Sežana,
# Sežani), plural -e (Senožeče, Senožečah) and -i (Hrvatini, Hrvatinih), neuter -o,
# masculine (Koper, Kopru, Kopra).
ENDINGS_BY_CLASS = {
    "a": frozenset("a e i o ama ami ah am".split()),
    "e": frozenset("e ah am ami a u i em".split()),
    "i": frozenset("i ih im e ov ev ih".split()),
    "o": frozenset("o a u om em".split()),
    "": frozenset("a u om em ov ev i ih e".split()) | {""},
}


def stems(name: str) -> list[tuple[str, frozenset[str]]]:
    """The stems a folded name word declines from, with their endings: Koper ->
    koper, kopr (a fleeting e); Sežana -> sežan."""
    last = name[-1:]
    if last in VOWELS:
        return [(name[:-1], ENDINGS_BY_CLASS.get(last, ENDINGS_BY_CLASS["o"]))]
    out = [(name, ENDINGS_BY_CLASS[""])]
    if len(name) >= 4 and name[-2] == "e":
        out.append((name[:-2] + name[-1], ENDINGS_BY_CLASS[""] - {""}))
    return out


def declines(word: str, name: str) -> bool:
    """``word`` is the register word ``name`` in some case (both folded)."""
    if word == name:
        return True
    if name in LINKS or len(name) < 3 or len(word) > len(name) + 3:
        return False
    return any(word.startswith(s) and word[len(s):] in endings for s, endings in stems(name))


@dataclass
class Gazetteer:
    entries: dict[str, list[tuple[tuple[str, ...], Entry]]]  # first three letters -> (folded words, entry)
    units: dict[str, str]  # today's municipality -> its administrative unit
    by_ref: dict[str, Entry]
    by_stem: dict[str, list[tuple[tuple[str, ...], Entry]]] = None  # a first word's stems -> (folded words, entry)
    first_words: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)

    def __post_init__(self):
        self.by_stem = {}
        for lst in self.entries.values():
            for folded, entry in lst:
                for stem in {folded[0]} | {s for s, _ in stems(folded[0])}:
                    self.by_stem.setdefault(stem, []).append((folded, entry))

    def candidates(self, ws: list[Word], i: int) -> Iterator[tuple[int, Entry]]:
        """(index past the name, entry) for every register name that starts at ws[i]:
        its first word's stem is the printed word less an ending of three letters at most."""
        seen = set()
        for folded, entry in self.starting(fold(ws[i].text)):
            j = i + len(folded)
            if id(entry) in seen or j > len(ws) or any(ws[k].closes for k in range(i, j - 1)):
                continue
            if all(declines(fold(ws[i + k].text), w) for k, w in enumerate(folded[1:], 1)):
                seen.add(id(entry))
                yield j, entry

    def starting(self, first: str) -> list[tuple[tuple[str, ...], Entry]]:
        """The register names whose first word ``first`` (folded) is in some case;
        kept, since an act's words recur."""
        if first not in self.first_words:
            found, seen = [], set()
            for cut in range(min(4, len(first))):
                for folded, entry in self.by_stem.get(first[:len(first) - cut], ()):
                    if (folded, id(entry)) not in seen and declines(first, folded[0]):
                        seen.add((folded, id(entry)))
                        found.append((folded, entry))
            self.first_words[first] = found
        return self.first_words[first]

    def named(self, name: str) -> list[Entry]:
        """The entries whose name is exactly ``name`` (in the nominative)."""
        key = tuple(fold(name).split())
        return [e for folded, e in self.entries.get(key[0][:3] if key else "", ()) if folded == key]


def _entries(kind: str, rows: Iterable[dict], units: dict[str, str]) -> Iterator[tuple[Entry, set[str]]]:
    """Each row as an entry, with the names it goes by: the register's, its Italian
    (Capodistria, Via Ancarano); a local community by its name alone (Žusterna), not
    by its kind (Krajevna skupnost ...), which names a body."""
    for r in rows:
        lat, lon = r.get("lat"), r.get("lon")
        muni = r["obcina"]
        key = {"settlement": "na_mid", "street": "ul_mid", "community": "odo_mid"}[kind]
        entry = Entry(kind, r[key], r["name"], muni, r.get("upravna_enota") or units.get(muni, muni),
                      float(lat) if lat else None, float(lon) if lon else None, r.get("settlement"))
        names = {r["name"]} | {n.strip() for n in r.get("name_bilingual", "").split("/") if n.strip()}
        if kind == "community" and "skupnost" in r["name"].lower():
            continue
        yield entry, names


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    settlements = data_rows("register/settlements")
    units = {r["obcina"]: r["upravna_enota"] for r in settlements}
    entries: dict[str, list] = {}
    by_ref = {}
    for kind, rows in (("settlement", settlements), ("street", data_rows("register/streets")),
                       ("community", data_rows("register/local_communities"))):
        for e, names in _entries(kind, rows, units):
            by_ref[e.ref] = e
            for n in names:
                folded = tuple(fold(n).replace(".", ". ").split())
                if folded:
                    entries.setdefault(folded[0][:3], []).append((folded, e))
    for lst in entries.values():
        lst.sort(key=lambda fe: -len(fe[0]))  # the longest name first: "Dane pri Sežani" before "Dane"
    return Gazetteer(entries, units, by_ref)


def choose(entries: list[Entry], municipality: Optional[str], region: frozenset[str]) -> Optional[Entry]:
    """The entry meant in an act of ``municipality`` (an old municipality): the one in
    it, else the one in the region, else the only settlement of the country by that
    name; a settlement before a street or community of the same name."""
    for pool in ([e for e in entries if municipality and e.unit == municipality],
                 [e for e in entries if e.unit in region]):
        if pool:
            return next((e for e in pool if e.kind == "settlement"), pool[0])
    settlements = [e for e in entries if e.kind == "settlement"]
    return settlements[0] if len(settlements) == 1 else None


def _context(ws: list[Word], i: int, listed: bool) -> bool:
    """A place's context before ws[i]: a preposition or a word for a settlement, or a
    list of places that it continues."""
    prev = ws[i - 1] if i > 0 else None
    return listed or (prev is not None and fold(prev.text) in PLACE_CONTEXT)


def find_register_places(text: str, start: int, end: int, municipality: Optional[str],
                         region: frozenset[str]) -> Iterator[Name]:
    """Settlements and streets of the register named in text[start:end]."""
    g = gazetteer()
    ws = words(text, start, end)
    i, listed = 0, False
    while i < len(ws):
        w = ws[i]
        hits = list(g.candidates(ws, i)) if w.text[:1].isupper() else []
        if not hits:
            listed = listed and (w.text in ("in", "ter") or w.text in "—–-")
            i += 1
            continue
        j = max(k for k, _ in hits)
        entry = choose([e for k, e in hits if k == j], municipality, region)
        context = _context(ws, i, listed)
        # a street's name with its noun is specific ("Pristaniška ulica"); a word is not
        common = not (entry is not None and entry.kind == "street" and street_noun(entry.name)) and (
            slovenian().freq(fold(ws[i].text)) > COMMON_FREQ or slovenian().freq(ws[i].text.lower()) > COMMON_FREQ)
        if entry is not None and (context or not common) and (context or entry.unit in region):
            canonical = f"{entry.name}, {entry.settlement}" if entry.kind == "street" and street_noun(entry.name) \
                else entry.name  # "Livade", a part of town the register lists as a street
            yield Name(ws[i].start, ws[j - 1].end, canonical, "LOC", entry.ref)
            listed = ws[j - 1].after == "," or j < len(ws) and ws[j].text in ("in", "ter")
        else:
            listed = False
        i = j


STREET_MIN = 88  # how close a street read with OCR damage must be to the register's spelling


def register_entry(canonical: str, municipality: Optional[str], region: frozenset[str]) -> Optional[Entry]:
    """The entry a place read by the rules names: "Dobrave" (in any case, whole), or a
    street "Ulica Oktobrske reovtuicje, Izola" close to a street of its town."""
    name, _, town = canonical.partition(",")
    name, town = name.strip(), town.strip()
    number = re.search(r"\s+\d+[a-z]?$", name)
    if number:
        name = name[:number.start()]
    ws = words(name, 0, len(name))
    g = gazetteer()
    hits = [e for j, e in g.candidates(ws, 0) if j == len(ws)] if ws else []
    if town:
        hits = [e for e in hits if e.kind == "street" and e.settlement == town] \
            or [e for e in _streets_of(town) if fuzz.ratio(fold(e.name), fold(name)) >= STREET_MIN]
    elif not hits and municipality:
        hits = misread_settlements(name, municipality)
    return choose(hits, municipality, region) if hits else None


def misread_settlements(name: str, unit: str) -> list[Entry]:
    """The settlements of an old municipality whose name the OCR misread in a letter
    or two ("Gomja Bitnja" is Gornja Bitnja, "Smije" Smrje): the only one close enough."""
    folded = fold(name)
    limit = 1 if len(folded) < 9 else 2
    if len(folded) < 5:
        return []
    close = [e for e in _settlements_of(unit) if Levenshtein.distance(fold(e.name), folded) <= limit]
    return close if len(close) == 1 else []


@lru_cache(maxsize=None)
def _streets_of(settlement: str) -> tuple[Entry, ...]:
    return tuple(e for e in gazetteer().by_ref.values() if e.kind == "street" and e.settlement == settlement)


@lru_cache(maxsize=None)
def _settlements_of(unit: str) -> tuple[Entry, ...]:
    return tuple(e for e in gazetteer().by_ref.values() if e.kind == "settlement" and e.unit == unit)


def street_noun(name: str) -> bool:
    """A street's name with a word for a street in it (ulica, cesta, pot, trg, nabrežje ...)."""
    return any(fold(w).rstrip(".") in STREET_WORDS for w in name.split())


STREET_WORDS = frozenset(fold(w) for w in word_table("street_nouns"))
