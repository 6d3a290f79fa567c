"""Places named in an act, as pure functions over a string and offsets.

- settlements and estates after a word that introduces them, alone or in a list
  (``k. o. Sečovlje``, ``z naselji Podpeč, Brežec, Praproče pri Podgorju``,
  ``zazidave Ankaran``,
  ``Krajevna skupnost Nova vas, Padna, Raven``);
- the municipalities in any case (``v Kopru``, ``Skupščina občine Koper``), but not
  in a gazette's title (``Uradne objave občin ... Piran``);
- streets and house addresses, in the nominative with their town
  (``ob Kajuhovi ulici`` -> ``Kajuhova ulica, Izola``; ``iz Izole, Jagodje, Rožna
  pot 4`` -> ``Jagodje`` and ``Rožna pot 4, Jagodje``);
- inflected forms of the settlements the issue names (``v Sečovljah``), and the
  other ends of a road or a route whose one end is a known place
  (``cesta Orehek — Prestranek``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterator, Optional

from ..core.bodies import COMMON_NOUN_ENDINGS, PLACE_NOUNS, adjective, is_head
from ..core.lexicon import given_names, slovenian, word_list, word_set, word_table
from ..core.patterns import LOW, UP
from ..core.records import Span
from ..core.region import Region
from ..core.text import ROMAN_RE
from ..core.tokens import Name, Word, words
from ..core.wordforms import lemma, same_stem
from .register import find_register_places, gazetteer, register_entry


@dataclass(frozen=True)
class PlaceContext:
    known: frozenset[str] = frozenset()  # settlements the issue names in the nominative
    town: Optional[str] = None  # the act's municipality: the town of its streets
    inside: tuple[Span, ...] = field(default=())  # the gazette citations


# Words that introduce settlements, which then follow in the nominative, in a list
# of at most LIST_WINDOW characters.
LIST_WINDOW = 300
TRIGGER_RE = re.compile(r"(?:[kK]\.\s?[oO]\.|katastrsk\w+\s+občin\w+|naseli?j\w*|zaselk\w*|vas(?:i|eh)?|zazidav\w*|"
                        r"[Kk]rajevn\w+\s+skupnost\w*|KRAJEVNA\s+SKUPNOST|KS)(?=:?\s)")
STREET_NOUNS = word_table("street_nouns")
STREET_RE = re.compile(rf"(?P<adj>(?:[{UP}][{LOW}]+\s+){{1,2}})(?P<noun>ulic[aioe]|cest[aeio]|poti?|trgu?|"
                       rf"drevored(?:om|u)?|nabrežj[eu]|ul\.)(?P<n>\s+(?:št\.\s*)?\d+[a-z]?(?![\w/]))?(?![\w])"
                       rf"|(?P<noun2>[Uu]lic[aioe]|Cest[aeio]|Trgu?)\s+(?P<rest>(?:(?:[Oo]b|[Nn]a|[Pp]ri)\s+)?"
                       rf"[{UP}][{LOW}]+(?:\s+[{LOW}]{{4,}})?)(?P<n2>\s+\d+[a-z]?)?(?![\w])(?!\s*[—–])")
QUOTED_RE = re.compile(rf"\s*[*»„\"](?P<n>[{UP}][^*»«\"“\n]{{1,40}}?)[*«\"“]")
# A house in a settlement, after a person: "DEBERNARDI Emilija, roj. Kocjančič, Dragonja 43".
HOUSE_RE = re.compile(rf"(?<=,\s)(?P<p>(?:Sv\.\s+)?[{UP}][{LOW}]{{2,}}(?:\s+[{UP}][{LOW}]+)?)\s+\d{{1,3}}[a-z]?(?![\d./,:])")
# A person's address: "iz Izole, Jagodje, Rožna pot 4", "iz Izole, OF 13".
ADDRESS_RE = re.compile(rf"\biz\s+(?P<town>[{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?),\s+"
                        rf"(?:(?P<settlement>[{UP}][{LOW}]+),\s+)?(?P<street>(?:[\w.]+\s+){{0,3}}?)(?P<n>\d+[a-z]?)\b")
LOCATIVE_RE = re.compile(rf"(?<![\w])(?:v|na|pri|iz|proti|do|od)\s+(?P<p>(?:Sv\.\s+)?[{UP}][{LOW}]{{2,}}"
                         rf"(?:\s+[{UP}][{LOW}]{{2,}})?)(?![\w])")
ROUTE_RE = re.compile(rf"[{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?(?:\s*[—–]\s*[{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?)+")
NOT_PLACES = re.compile(r"(?i)^(?:" + "|".join(re.escape(w.rstrip("$")) + ("$" if w.endswith("$") else "")
                                                 for w in word_list("not_place_words")) + ")")


# Prepositions inside a settlement's name: "Praproče pri Podgorju".
NAME_LINKS = word_set("place_name_links")
# The first word of a two-word name is an adjective: "Nova Gorica", "Veliko Ubeljsko".
NAME_ADJECTIVE_RE = re.compile(rf"[{UP}][{LOW}]+(?:ov|ev|in|sk|šk|n|j|k|l)(?:a|o|i|e)$")
STREET_ADJECTIVE_RE = re.compile(rf"[{UP}][{LOW}]+(?:ov|ev|in|sk|šk|n|j|k|l|č)(?:a|o|i|e|em|im|ega|ih|u)?$")


def place_word(word: str, known: frozenset[str] = frozenset()) -> bool:
    """A word that can be (part of) a settlement's name."""
    if not word[:1].isupper() or len(word) < 3 or is_head(word) or NOT_PLACES.match(word):
        return False
    # "Lucija": a settlement named after its saint ends like "komisija"
    return word in known or word.lower() in given_names() or not word.lower().endswith(COMMON_NOUN_ENDINGS)


def heading_word(ws: list[Word], k: int) -> bool:
    """An adjective in capitals that opens a heading in capitals ("SAMOUPRAVNI
    SPORAZUM"), not a settlement's name ("NOVA VAS", "ILIRSKA BISTRICA", "PADNA 29.")."""
    w = ws[k].text
    nxt = ws[k + 1].text if k + 1 < len(ws) else ""
    return w.isupper() and len(w) > 4 and adjective(w) and nxt.isupper() and nxt.isalpha() \
        and nxt.lower() not in PLACE_NOUNS and not gazetteer().named(f"{w} {nxt}")


def _name_at(ws: list[Word], i: int, known: frozenset[str]) -> int:
    """Index past the place name that begins at ws[i] (or i if none):
    ``Nova vas``, ``Praproče pri Podgorju``, ``Sv. Peter``, ``Jagodje II``."""
    j = i
    if j < len(ws) and ws[j].text in ("Sv", "SV", "sv") and j + 1 < len(ws):
        j += 1
    if j >= len(ws) or not place_word(ws[j].text, known) or heading_word(ws, j):
        return i
    if ws[j].text.lower() in given_names() and ws[j].text not in known and j + 1 < len(ws) \
            and ws[j + 1].text[:1].isupper() and ws[j + 1].text.lower() not in PLACE_NOUNS and not ws[j].closes:
        return i  # a person: "krajevnih skupnosti VERA VEZOVIK"
    j += 1
    while j < len(ws) and not ws[j - 1].closes:
        w = ws[j].text
        if w.lower() in PLACE_NOUNS:
            j += 1
        elif w.lower() in NAME_LINKS and j + 1 < len(ws) and place_word(ws[j + 1].text, known):
            j += 2
        elif re.fullmatch(r"[IVX]{1,3}", w) or j == i + 1 and NAME_ADJECTIVE_RE.match(ws[i].text) \
                and place_word(w, known) and not w.isupper() and not _place_alone(ws[i].text, w):
            j += 1
        else:
            break
    return j


def _place_alone(first: str, second: str) -> bool:
    """The register knows ``first`` as a place and not ``first second``: "Palčje
    Vračilo" in a table is the village Palčje and a refund."""
    g = gazetteer()
    return bool(g.named(first)) and not g.named(f"{first} {second}")


def _cap(name: str) -> str:
    """"NOVA VAS" -> "Nova vas", "PRAPROČE PRI PODGORJU" -> "Praproče pri Podgorju";
    a numeral stays: "k. o. Piran II"."""
    out = []
    for i, w in enumerate(name.split()):
        if w.isupper() and len(w) > 1 and not (i and ROMAN_RE.fullmatch(w)):
            w = w.lower() if i and w.lower() in PLACE_NOUNS | NAME_LINKS else w.capitalize()
        out.append(w)
    return " ".join(out)


def _listed(text: str, start: int, end: int, known: frozenset[str]) -> Iterator[Name]:
    """Settlements after a trigger, one or a list joined by commas, "in", dashes."""
    for t in TRIGGER_RE.finditer(text, start, end):
        quoted = QUOTED_RE.match(text, t.end(), end)
        if quoted:  # zazidava »Za gradom«
            yield Name(quoted.start("n"), quoted.end("n"), re.sub(r"\s+", " ", quoted.group("n")))
            continue
        ws = words(text, t.end(), min(end, t.end() + LIST_WINDOW))
        i = 0
        while i < len(ws):
            j = _name_at(ws, i, known)
            if j == i:
                break
            name = _cap(re.sub(r"\s+", " ", text[ws[i].start:ws[j - 1].end]))
            yield Name(ws[i].start, ws[j - 1].end, re.sub(r"^sv\.", "Sv.", name, flags=re.I))
            if j < len(ws) and ws[j].text in ("in", "ter", "—", "–"):
                i = j + 1
            elif j < len(ws) and text[ws[j - 1].end:ws[j].start].strip().startswith(","):
                i = j
            else:
                break


def street_name(adjectives: list[str], noun: str) -> str:
    """"Kajuhovo ulico" -> "Kajuhova ulica", "Cankarjevim drevoredom" -> "Cankarjev drevored"."""
    base = noun.lower().rstrip(".")
    base = next((n for n in STREET_NOUNS if base.startswith(n[:3]) and (len(base) <= len(n) + 2)), base)
    base = "ulica" if base == "ul" else base
    gender = STREET_NOUNS.get(base, "f")
    out = []
    for adj in adjectives:
        stem = re.sub(r"(?:im|em|om|ega|emu|ih|ima|ami|ah|o|i|a|e|u)$", "", adj)
        if re.search(r"(?:ov|ev|in)$", stem):  # possessive: Kajuhov-, Cankarjev-, Prešernov-
            out.append(stem + {"f": "a", "m": "", "n": "o"}[gender])
        else:  # Bazoviška, Tržaška, Magistralna
            out.append(stem + {"f": "a", "m": "i", "n": "o"}[gender])
    return " ".join(out + [base])


def _streets(text: str, start: int, end: int, region: Region, ctx: PlaceContext,
             taken: list[Span]) -> Iterator[Name]:
    """Streets and addresses; the spans of addresses are added to ``taken``."""
    for m in ADDRESS_RE.finditer(text, start, end):
        town = region.municipality_in(m.group("town")) or _nominative(m.group("town"), ctx.known) or m.group("town")
        where = town
        if m.group("settlement") and place_word(m.group("settlement"), ctx.known):
            where = m.group("settlement")
            yield Name(m.start("settlement"), m.end("settlement"), where)
        street = re.sub(r"\s+", " ", m.group("street")).strip()
        if not street or not street[:1].isupper():
            continue
        parts = street.replace("ul.", "ulica").split()
        if parts[-1].lower() in STREET_NOUNS or parts[-1] == "ulica":
            street = street_name(parts[:-1], parts[-1])
        taken.append(Span(m.start(), m.end()))
        yield Name(m.start("street"), m.end("n"), f"{street} {m.group('n')}, {where}")
    for m in STREET_RE.finditer(text, start, end):
        if any(t.holds(m.start()) for t in taken):
            continue
        if m.group("noun"):
            adjectives = m.group("adj").split()
            if any(NOT_PLACES.match(a) or is_head(a) or slovenian().freq(a.lower()) > 2e-5
                   or not STREET_ADJECTIVE_RE.match(a) or a.lower().endswith(("nja", "nje") + COMMON_NOUN_ENDINGS)
                   or a.endswith("a") and lemma(a) == a  # a noun: "Širina ceste je 3.0 m"
                   for a in adjectives):
                continue
            name = street_name(adjectives, m.group("noun"))
            number = re.sub(r"\D", "", m.group("n") or "")
        else:
            if re.search(r"[^ ]+", m.group("rest")).group().lower().endswith(("nja", "nje") + COMMON_NOUN_ENDINGS):
                continue  # a table's next line: "Ceste Izgradnja ..."
            head = next(h for h in ("Ulica", "Cesta", "Trg") if m.group("noun2").lower().startswith(h[:3].lower()))
            name = f"{head} {m.group('rest')}"
            number = re.sub(r"\D", "", m.group("n2") or "")
        town = f", {ctx.town}" if ctx.town else ""
        yield Name(m.start(), m.end(), f"{name}{' ' + number if number else ''}{town}")


def _nominative(name: str, known: frozenset[str]) -> Optional[str]:
    """An inflected form of a place the issue names ("v Sečovljah" -> Sečovlje)."""
    for k in known:
        n = max(4, len(k) - 2)
        if name == k or name[:n] == k[:n] and len(name.split()) == len(k.split()):
            return k
    return None


def find_places(text: str, start: int, end: Optional[int], region: Region,
                ctx: PlaceContext = PlaceContext()) -> Iterator[Name]:
    end = len(text) if end is None else end
    found = list(_listed(text, start, end, ctx.known))
    addresses: list[Span] = []
    found += _streets(text, start, end, region, ctx, addresses)
    # A house's settlement and a route's ends are guesses: places when the register
    # or the issue knows them ("Kolektor", "Palčje Vračilo" in a table are not)
    guesses = _guessed(found, lambda: _add_houses(text, start, end, ctx, found))
    _add_municipalities(text, start, end, region, ctx.inside + tuple(addresses), found)
    _add_locatives(text, start, end, ctx, found)
    names = {p.canonical for p in found + guesses} | ctx.known | set(region.municipalities)
    guesses += _guessed(found, lambda: _add_route_ends(text, start, end, ctx, names, found + guesses))
    found = [linked(p, region, ctx.town) for p in found]
    found += [g for g in (linked(g, region, ctx.town) for g in guesses)
              if (g.ref or g.canonical in ctx.known) and not any(g.overlaps(f) for f in found)]
    _add_register(text, start, end, region, replace(ctx, inside=ctx.inside + tuple(addresses)), found)
    # a town inside a longer place's name is none of its own: "Sežani" in "Šmarje pri Sežani"
    yield from (f for f in found if not any(_inside(f, o) for o in found))


def _inside(name: Span, other: Span) -> bool:
    """``name`` lies within the longer ``other``."""
    return other.covers(name) and other.end - other.start > name.end - name.start


def _guessed(found: list[Name], add) -> list[Name]:
    """What ``add`` appends to ``found``, taken out of it."""
    before = len(found)
    add()
    out = found[before:]
    del found[before:]
    return out


def _add_register(text: str, start: int, end: int, region: Region, ctx: PlaceContext, found: list[Name]) -> None:
    """The register's settlements and streets: where the rules read none, or read one
    the register does not know (a table row's "Žaga Belsko" is Belsko)."""
    for p in find_register_places(text, start, end, ctx.town, frozenset(region.municipalities)):
        if any(a.holds(p.start) for a in ctx.inside) or not place_word(p.canonical.split()[0], ctx.known):
            continue
        clashes = [f for f in found if p.overlaps(f)]
        # a name the register lacks gives way, unless it is built as places' names are
        # ("Praproče pri Podgorju", the cadastral community "Piran II"); so does a town
        # inside the register's longer name ("Ormožu" in "Hum pri Ormožu")
        if all(not f.ref and f.canonical not in ctx.known and not _built_name(f.canonical) or _inside(f, p)
               for f in clashes):
            found[:] = [f for f in found if f not in clashes] + [p]


def _built_name(name: str) -> bool:
    return any(w in NAME_LINKS or ROMAN_RE.fullmatch(w) and len(w) > 1 for w in name.split())


def linked(place: Name, region: Region, town: Optional[str]) -> Name:
    """A place with its register entry, in the register's spelling ("Dobrave" is the
    village Dobrava; "Ulica Oktobrske reovtuicje, Izola" the street as the register
    spells it), when the register knows it in the act's municipality (or, for an act
    of none, in the region)."""
    if place.ref:
        return place
    entry = register_entry(place.canonical, town, frozenset(region.municipalities))
    if entry is None or entry.unit != (town or entry.unit) or entry.unit not in region.municipalities:
        return place
    name, _, where = place.canonical.partition(",")
    number = re.search(r"\s+\d+[a-z]?$", name.strip())
    if entry.kind == "street" and where:
        canonical = f"{entry.name}{number.group() if number else ''}, {entry.settlement}"
    elif entry.kind == "street":
        canonical = place.canonical  # a part of town the register lists as a street: "Livade"
    else:
        canonical = entry.name
    return replace(place, canonical=canonical, ref=entry.ref)


def _add_houses(text: str, start: int, end: int, ctx: PlaceContext, found: list[Name]) -> None:
    """The settlement of a house number after a person: "..., Dragonja 43"."""
    for m in HOUSE_RE.finditer(text, start, end):
        name = m.group("p")
        if place_word(name.split()[0], ctx.known) and not any(p.holds(m.start()) for p in found) \
                and slovenian().freq(name.split()[-1].lower()) < 2e-5 and name.split()[-1].lower() not in STREET_NOUNS:
            found.append(Name(m.start("p"), m.end("p"), name))


def _add_municipalities(text: str, start: int, end: int, region: Region, inside: tuple[Span, ...],
                        found: list[Name]) -> None:
    """The municipalities in any case, but not in a citation or an address (the town
    of an address comes with its street)."""
    for m in re.finditer(rf"[{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?", text[start:end]):
        word = m.group()
        s, e = start + m.start(), start + m.end()
        muni = region.municipality_in(word) if len(word) > 3 else None
        if muni and muni != region.regional_body and fold_eq_start(word, muni) \
                and not any(a.holds(s) for a in inside):
            found.append(Name(s, e, muni))


def _add_locatives(text: str, start: int, end: int, ctx: PlaceContext, found: list[Name]) -> None:
    """Inflected forms of the issue's settlements after a preposition: "v Sečovljah"."""
    for m in LOCATIVE_RE.finditer(text, start, end):
        name = m.group("p")
        first = name.split()[0]
        if any(p.holds(m.start("p")) for p in found) or not place_word(first, ctx.known) \
                or first.lower() in given_names() or any(a.holds(m.start("p")) for a in ctx.inside) \
                or first.endswith(("em", "ih", "im")) and len(name.split()) == 1 and not _nominative(name, ctx.known):
            continue
        nominative = _nominative(name, ctx.known)
        if nominative:
            found.append(Name(m.start("p"), m.end("p"), nominative))


def _add_route_ends(text: str, start: int, end: int, ctx: PlaceContext, names: set[str],
                    found: list[Name]) -> None:
    """The other ends of a route one of whose ends is a known place: "Orehek — Prestranek"."""
    for m in ROUTE_RE.finditer(text, start, end):
        ends = [(e.start() + m.start(), e.end() + m.start(), e.group())
                for e in re.finditer(rf"[{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?", m.group())]
        if any(n in names for *_, n in ends):
            found += [Name(s, e, n) for s, e, n in ends if place_word(n.split()[0], ctx.known)
                      and not any(p.holds(s) for p in found)]


def fold_eq_start(word: str, municipality: str) -> bool:
    """The word is (an inflected form of) the municipality's name, not a longer word."""
    w, m = word.lower(), municipality.lower()
    if len(w.split()) != len(m.split()) or len(w) > len(m) + 3:
        return False
    return all(same_stem(a, b) for a, b in zip(w.split(), m.split())) or lemma(word).lower() == m


def known_places(text: str) -> frozenset[str]:
    """Settlements an issue names after k. o., naselje, krajevna skupnost: the
    nominative forms that inflected mentions elsewhere are matched to."""
    return frozenset(p.canonical for p in _listed(text, 0, len(text), frozenset()))
