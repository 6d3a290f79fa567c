"""People, organisations and places named in an act: rules for the formulaic
parts of the genre, as pure functions over a string and offsets.

- people: two or three name tokens (``Peter Bolčič``, ``DELGIUSTO Jožef``,
  ``Irena K OSMINA``) of which the first or last is a known given name, or one
  misread in a letter the OCR confuses (``PUCER Etvir``: Elvir); or a surname in
  capitals and a name whose father or maiden name follows (``SREBERNIČ Nerin,
  p. Josipa``); a list item stays one name when a line's end breaks it
  (``, Ingrid\nKocjančič,``);
- organisations: a capitalised head noun of a body (Skupnost, Center,
  Komisija, Odbor, Zavod ...), its adjectives before and its complement after
  (``Center za socialno delo Piran``), enterprises in quotes (``»GALEB« KOPER``)
  (see ``organizations``);
- places: municipalities in any case (``v Kopru``), cadastral communities
  (``k. o. Sečovlje``), settlements (``v naselju Hrvatini``), the place of a
  local community (``Krajevna skupnost Žusterna``), streets (``Verdijeva ulica 10``),
  inflected forms of the places the issue names, and the place of signing
  (see ``places``).

Every mention comes with its canonical form: nominative, normal capitalisation;
a name the issue spells once with one letter wrong takes its usual spelling.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from rapidfuzz.distance import Levenshtein

from .lexicon import given_names, slovenian
from .organizations import COMMON_NOUN_ENDINGS, Context, canonical_org, find_organizations, is_head, verb_forms
from .places import PlaceContext, find_places, known_places
from .names import normalise_name
from .ocr import CONFUSIONS
from .patterns import LOW, UP
from .doc import ActLayout, IssueDoc
from .records import Act, Mention as MentionRecord
from .region import Region, differing_word, lemma
from .registry import components

NAME_TOKEN = rf"(?:[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?|[{UP}]{{2,}}(?:-[{UP}]{{2,}})?)"
NAME_RUN_RE = re.compile(rf"(?<![\w.]){NAME_TOKEN}(?:[ \t]+(?:[{UP}][ \t]+)?{NAME_TOKEN}){{1,7}}(?![\w])")
COMMON_FREQ = 2e-5  # words this frequent are not surnames in practice
FUNCTION_FREQ = 3e-4  # nor given names


@dataclass(frozen=True)
class Mention:
    label: str  # PER, ORG, LOC
    start: int
    end: int
    canonical: str


def _common(word: str) -> bool:
    """A word too common, or too plainly an abstract noun ("PRISTOJNOSTI"), to be a surname."""
    w = word.lower()
    return slovenian().freq(w) > COMMON_FREQ or len(w) >= 7 and w.endswith(COMMON_NOUN_ENDINGS)


# -- people ----------------------------------------------------------------------

def _given(word: str) -> bool:
    """A given name, not a function word that some language uses as a name ("In", "So")."""
    w = word.lower()
    return len(w) > 2 and w in given_names() and slovenian().freq(w) < FUNCTION_FREQ


# One printed letter for another that the OCR confuses (t for l, ! for i ...).
LETTER_CONFUSIONS = tuple((obs, true) for obs, true in CONFUSIONS if len(obs) == len(true) == 1)


@lru_cache(maxsize=None)
def _given_reading(word: str) -> str:
    """The given name that a word is with one letter misread ("Etvir", "ETVIR" ->
    "Elvir", "ELVIR"), when exactly one such name exists and the word is neither a
    name nor a word as printed; otherwise the word."""
    w = word.lower()
    if len(w) < 4 or _given(w) or slovenian().freq(w) > 0:
        return word
    names = {n for n in (w[:i] + true + w[i + 1:] for i, ch in enumerate(w)
                         for obs, true in LETTER_CONFUSIONS if ch == obs) if _given(n)}
    if len(names) != 1:
        return word
    name = names.pop()
    return name.upper() if word.isupper() else name[:1].upper() + name[1:]


# After a name in a list of owners: whose son or daughter, or born as
# ("DELGIUSTO Jožef, sin Martina", "SREBERNIČ Nerin, p. Josipa", "MARASPIN Lucija r. Fonda").
FILIATION_RE = re.compile(rf",?[ \t]+(?:p\.|pok\.|sin|hči|roj\.|r\.)[ \t]+[{UP}]")


# An item of a list broken at a line's end: ", Ingrid \n\nKocjančič, Vlasta".
BROKEN_ITEM_RE = re.compile(rf"(?<=[,:] )({NAME_TOKEN})[ \t]*\n\s*({NAME_TOKEN})(?=,|[ \t]+in[ \t]|\.)")


# Words of office that stand before a name in signature blocks ("Predsednica TATJANA KOSOVEL").
OFFICE_RE = re.compile(r"(?i)^(?:pod)?predsedni|^predsedujo|^tajni|^član|^namestni|^sekretar|^direktor|"
                       r"^župan|^načelni|^vodj|^poročeval")


def _not_in_a_name(word: str, towns: frozenset[str]) -> bool:
    """A body's head, an office, or (unless also a given name) a town or a common word."""
    return is_head(word) or OFFICE_RE.match(word) is not None \
        or (word.capitalize() in towns or _common(word)) and not _given(word)


def find_people(text: str, start: int = 0, end: Optional[int] = None,
                towns: frozenset[str] = frozenset()) -> Iterator[Mention]:
    """People in text[start:end]; ``towns`` are place names, never part of a
    person's name ("Predsednik IS SO Piran Danilo Daneu") unless they are given
    names too ("MARASPIN Lucija", a woman in a list that also names KS Lucija)."""
    end = len(text) if end is None else end
    for run in NAME_RUN_RE.finditer(text, start, end):
        toks = [(m.start() + run.start(), m.end() + run.start(), _given_reading(m.group()))
                for m in re.finditer(r"\S+", run.group())]
        if len(toks) >= 4 and all(t.isupper() for *_, t in toks):
            continue  # a heading in capitals, not a list of names
        i = 0
        while i < len(toks):
            found = None
            for size in (3, 2):
                window = toks[i:i + size]
                if len(window) < 2:
                    continue
                words = [w for *_, w in window if len(w) > 1]
                # a list of owners prints the surname first, in capitals
                listed = (len(words) == size == 2 and words[0].isupper() and not words[-1].isupper()
                          and FILIATION_RE.match(text, window[-1][1]) is not None)
                if not (_given(words[0]) or _given(words[-1]) or listed):
                    continue
                if any(_not_in_a_name(w, towns) for w in words):
                    continue
                if size == 3 and not (_given(words[0]) or _given(words[1])):
                    continue
                found = window
                break
            if found:
                tokens = [w for *_, w in found]
                # the surname first: normal order, whether or not the name is known
                canonical = normalise_name(tokens[::-1] if listed else tokens)
                yield Mention("PER", found[0][0], found[-1][1], _nominative_name(canonical))
                i += len(found)
            else:
                i += 1
    # The runs stop at a line's end, which elsewhere parts one name from the next;
    # inside a list item, between a comma and the next, it parts a given name and surname.
    for item in BROKEN_ITEM_RE.finditer(text, start, end):
        given, surname = _given_reading(item.group(1)), item.group(2)
        if _given(given) and not _given(surname) and not _not_in_a_name(surname, towns):
            yield Mention("PER", item.start(1), item.end(2), _nominative_name(normalise_name([given, surname])))


def _nominative_name(name: str) -> str:
    """'Raula Šiškoviča' -> 'Raul Šiškovič', when the given name reads as an inflected form."""
    words = name.split()
    if _given(words[0]):
        return name
    lemmas = [lemma(w) for w in words]
    if _given(lemmas[0]):
        return " ".join(lemmas)
    return name


def canonical_of(label: str, surface: str, region: Region, propers: frozenset[str]) -> Optional[str]:
    """Canonical form of an entity the statistical model found (the rules give their own)."""
    words = re.sub(r"\s+", " ", surface).strip(" ,.;:»«\"").split()
    if not words:
        return None
    if label == "PER":
        return _nominative_name(normalise_name(words)) if len(words) >= 2 else None
    if label == "ORG":
        if len(words) < 2 or (len(words) == 2 and is_head(words[1]) and words[1].islower()):
            return None  # "Izvršilni odbor": a reference to a body, not its name
        if any(is_head(w) for w in words):
            return canonical_org(" ".join(w.capitalize() if w.isupper() else w for w in words), propers)
        return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in words)
    muni = region.municipality_in(" ".join(words))
    if muni and muni != region.regional_body and len(words) <= 2:
        return muni
    if len(words) == 1 and _common(words[0]):
        return None  # a capitalised common word at a sentence start, not a place
    return " ".join(w.capitalize() if w.isupper() else w for w in words)


def _fullest_names(found: list[Mention], issuer: Optional[str]) -> list[Mention]:
    """Within an act a body is named in full once and shortened after: "Odbor za
    družbeno pomoč" is the "Odbor za družbeno pomoč Samoupravne stanovanjske
    skupnosti občine Piran" named before. A short form takes the longest name of
    the act (or the issuer's) that it begins; "Gostinska delovna organizacija Galeb
    Koper" likewise takes "Galeb Koper", the name inside it."""
    names = {m.canonical for m in found if m.label == "ORG"} | ({issuer} if issuer else set())
    out = []
    for m in found:
        if m.label == "ORG":
            low = m.canonical.lower()
            longer = [n for n in names if n.lower().startswith(low + " ")]
            inner = [n for n in names if n != m.canonical and len(n.split()) >= 2 and low.endswith(" " + n.lower())]
            if longer:
                m = Mention(m.label, m.start, m.end, max(longer, key=lambda n: (len(n), n)))
            elif inner:
                m = Mention(m.label, m.start, m.end, min(inner, key=lambda n: (len(n), n)))
        out.append(m)
    return out


def ocr_variants(counts: Counter) -> dict[tuple[str, str], str]:
    """Names an issue spells once or twice with one letter wrong, mapped to the
    spelling it uses at least twice as often: "Strinjan" (4) -> "Strunjan" (6),
    "Sečovelje" -> "Sečovlje". Only a long word may differ, so that "Piran I"
    and "Piran II" or "Koper" and "Kopar" stay apart. Keys are (label, name)."""
    out = {}
    by_shape: dict[tuple, list[tuple[str, str]]] = {}
    for key in counts:
        by_shape.setdefault((key[0], len(key[1].split())), []).append(key)
    for group in by_shape.values():
        for a in group:
            for b in group:
                if counts[b] < 2 * counts[a]:
                    continue
                pair = differing_word(a[1], b[1])
                if pair and pair[0].isalpha() and pair[1].isalpha() \
                        and Levenshtein.distance(pair[0].lower(), pair[1].lower()) == 1:
                    out[a] = b[1]
    return out


def _seated(name: str, region: Region) -> str:
    """"Izvršni svet skupščine Obalne skupnosti" is that of the Obalna skupnost Koper:
    the regional community's name is completed with its seat, as its acts sign it."""
    words = name.split()
    if len(words) >= 2 and region.municipality_in(" ".join(words[-2:])) == region.regional_body \
            and words[-1].lower() != region.regional_seat.lower():
        return f"{name} {region.regional_seat}"
    return name


def _overlaps(a: Mention, others: list[Mention]) -> bool:
    return any(a.start < o.end and o.start < a.end for o in others)


def rule_mentions(doc: IssueDoc, region: Region) -> Iterator[tuple[Act, ActLayout, list[Mention]]]:
    """The rules' people, organisations and places of each act with a text, in
    offsets of ``doc.work``: what the component starts from and what the
    statistical model is trained on (scripts/train_ner.py). Runs after the
    citations component, whose references it leaves out of places."""
    text = doc.work
    known = known_places(text)
    ctx = Context(doc.propers, known | frozenset(region.municipalities), verb_forms(text))
    for act, lay in zip(doc.acts, doc.layouts):
        if lay is None:
            continue
        found = list(find_people(text, lay.start, lay.end, frozenset(region.municipalities) | known))
        orgs = [Mention("ORG", o.start, o.end, _seated(o.canonical, region))
                for o in find_organizations(text, lay.start, lay.end, ctx)]
        # "Obalna delavska univerza Ivan Regent": the person names the institution
        found = [p for p in found if not any(o.start <= p.start and p.end <= o.end for o in orgs)] + orgs
        # A town in a gazette's title ("Uradne objave občin ... Piran") is no place the act names.
        town = act.municipality if act.municipality != region.regional_body else None
        found += [Mention("LOC", p.start, p.end, p.canonical) for p in
                  find_places(text, lay.start, lay.end, region, PlaceContext(known, town, tuple(lay.citations)))]
        if lay.place and act.place and not _overlaps(Mention("LOC", *lay.place, ""), found):
            found.append(Mention("LOC", *lay.place, act.place))  # the place of signing
        yield act, lay, found


@components.register("mentions")
def make_mentions(region: Region, statistical: bool = True):
    def mentions(doc: IssueDoc) -> IssueDoc:
        text = doc.work
        by_act = list(rule_mentions(doc, region))
        # The statistical model finds names where the rules miss them (another case,
        # a table, a broken line); it adds an entity the rules named elsewhere in the
        # issue, so that its reading is confirmed and its canonical form known.
        confirmed = {(m.label, m.canonical.lower()): m.canonical for *_, found in by_act for m in found}
        if statistical:
            from . import nlp
        act_found = []
        for act, lay, found in by_act:
            if statistical:
                rules = list(found)
                for label, s, e in nlp.entities(text, lay.start, lay.end):
                    canonical = canonical_of(label, text[s:e], region, doc.propers)
                    key = (label, (canonical or "").lower())
                    if key in confirmed and not _overlaps(Mention(label, s, e, ""), rules) \
                            and not any(a <= s < b for a, b in lay.citations):  # a gazette's title
                        found.append(Mention(label, s, e, confirmed[key]))
            if lay.closing is not None:
                # an organisation in the signature block is a signer's function
                found = [m for m in found if not (lay.closing.start <= m.start < lay.closing.end)
                         or m.label != "ORG"]
            act_found.append(_fullest_names(found, act.issuer))
        # people are resolved across issues (kg.resolve)
        variants = ocr_variants(Counter((m.label, m.canonical) for found in act_found
                                        for m in found if m.label != "PER"))
        for (act, lay, _), found in zip(by_act, act_found):
            for m in sorted(found, key=lambda m: (m.start, m.end, m.label)):
                act.mentions.append(MentionRecord(m.label, variants.get((m.label, m.canonical), m.canonical),
                                                  doc.source.text[slice(*doc.repaired.span(m.start, m.end))],
                                                  doc.span(m.start, m.end)))
        return doc

    return mentions
