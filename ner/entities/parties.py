"""The parties that sign an agreement, from the numbered lists after it, as pure
functions over a string and offsets:

    Podpisniki: UPORABNIKI: 1. TOMOS KOPER, TOZD Pločevinarna 2 TOMOS KOPER, TOZD
    Mehanska obdelava ... 8 DO LUKA Koper (prej 7 TOZD) ... 51. Osnovna šola JANKA
    PREMRLA-VOJKA, Koper ... IZVAJALCI 1. Podjetje za PTT promet Koper, TOZD PTT ...

Each item is a body, or a unit of one (a TOZD, a DSSS, an Enota: "TOMOS Koper, TOZD
Pločevinarna"), signing in the role its group's heading names (uporabnik,
izvajalec, udeleženec ...). Names in capitals get normal capitalisation; acronyms
(TOMOS, IPLAS, SGP) stay as printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from ..core.bodies import canonical_org, is_head
from ..core.lexicon import given_names, slovenian, word_set, word_table
from ..core.patterns import PARTY_GROUP_RE
from ..core.records import Span
from ..core.wordforms import fold, lemma
from .register import gazetteer

ROLES = {k: v for k, v in word_table("party_groups").items()}
UNIT_WORDS = word_set("org_units") | word_set("kinds_of_firms") | {"DS"}
ACRONYMS = frozenset(word_table("org_acronyms")) | word_set("named_acronyms")
# An item's number: "1.", "2", "1$." (15), "L" (the OCR's 1. of a list's first item)
ITEM_RE = re.compile(r"(?<![\w.,/(])(?:(?P<n>\d{1,3}|\d{0,2}(?=\$))(?P<five>\$)?|(?P<one>[LlI!]))\.?\s+(?=[A-ZČŠŽ»„\"])")
MAX_SKIP = 5  # items whose number the OCR lost: the next one is at most this much higher
# Where an item's name ends: a remark in brackets, or the prose after the last one.
ITEM_END_RE = re.compile(r"\s*\(|\s(?:K|V|Na|S|Z|Ta|To|Ob|Za)\s+[a-zčšž]|\s[A-ZČŠŽ][a-zčšž]+\s+(?:je|so|se|bo)\b")
MAX_ITEM = 120
ACRONYM_MAX = 5


@dataclass(frozen=True)
class Party:
    name: str  # the body or the unit, in full: "TOMOS Koper, TOZD Pločevinarna"
    role: str  # uporabnik, izvajalec ...
    span: Span  # the item as printed (offsets of the text read)
    unit_of: Optional[str] = None  # the enterprise of a unit


def _role(group: str) -> str:
    word = group.upper().replace("!", "I")
    return ROLES.get(word, "podpisnik")


def groups(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """(role, start, end) of each group of parties in text[start:end]; a heading with
    no items of its own (two columns: "UPORABNIKI IZVAJALCI UPORABNIKI: 1. ...") is none."""
    heads = list(PARTY_GROUP_RE.finditer(text, start, end))
    for k, g in enumerate(heads):
        stop = heads[k + 1].start() if k + 1 < len(heads) else end
        if ITEM_RE.search(text, g.end(), stop):
            yield _role(g.group("g")), g.end(), stop


def items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the numbered items in text[start:end], each from its name to the next item."""
    marks, last = [], 0
    for m in ITEM_RE.finditer(text, start, end):
        n = 1 if m.group("one") else int(m.group("n") + ("5" if m.group("five") else ""))
        since = text[marks[-1].end() if marks else start:m.start()]
        if since.count("(") > since.count(")"):
            continue  # a number in a remark: "(prej 7 TOZD)"
        if last < n <= last + MAX_SKIP or not marks:  # a list a page break cut begins where it may
            marks.append(m)
            last = n
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else end
        cut = ITEM_END_RE.search(text, m.end(), stop)
        item_end = min(cut.start() if cut else stop, m.end() + MAX_ITEM)
        yield m.end(), len(text[:item_end].rstrip(" ,.;"))


def cased(word: str) -> str:
    """A word of a name in capitals in normal capitalisation; an acronym stays (TOMOS,
    TOZD, PTT)."""
    word = word.strip(".,;:")
    if not word.isupper() or len(word) <= 1:
        return word
    letters = re.sub(r"\W", "", word)
    if letters in UNIT_WORDS or letters in ACRONYMS or len(letters) <= ACRONYM_MAX and (
            not slovenian().freq(letters.lower()) or not re.search("[AEIOU]", letters)):
        return word
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


PROPER_FREQ = 1e-6  # a word rarer than this in a body's name is its proper noun (Primorka, Gradis)


def body_name(printed: str) -> str:
    """A party's name in the nominative, normal capitalisation: a body by its head
    noun ("ORTOPEDSKA BOLNIŠNICA VALDOLTRA" -> Ortopedska bolnišnica Valdoltra), an
    enterprise by its own name ("TOMOS Koper", "Gostinsko podjetje »GALEB« Koper" ->
    Gostinsko podjetje Galeb Koper)."""
    quoted = {w.strip("»«\"„“*").lower() for w in re.findall(r"[»\"„*][^»«\"„“*]+[«\"“*]", printed) for w in w.split()}
    words = [cased(w.strip("»«\"„“*")) for w in printed.split()]
    words = [w if w.lower() not in quoted else w[:1].upper() + w[1:] for w in words if w]
    if len(words) > 1 and words[0].isupper() and cased(words[0]) == words[0]:
        return f"{words[0]} {body_name(' '.join(words[1:]))}"  # "TOZD Inštitut", "DO Luka Koper"
    # printed in capitals, a common word is no proper noun ("UPRAVNIH ORGANOV OBČINE",
    # "KOMUNALNI SERVIS"); a place, a person, a rare word or a quoted one is
    words = words[:1] + [w if w.isupper() or w.lower() in quoted or _rare(w) or _person(w)
                         or gazetteer().named(w) and not fold(w).startswith("obcin") else w.lower() for w in words[1:]]
    if any(is_head(w) for w in words[:4]):
        propers = frozenset(w.lower() for w in words if w[:1].isupper() and not w.isupper())
        return canonical_org(" ".join(words), propers)
    return " ".join(words)



def _person(word: str) -> bool:
    """A given name in any case: "Antona Ukmarja" names a school after a man."""
    return word[:1].isupper() and (word.lower() in given_names() or lemma(word).lower() in given_names())


def _rare(word: str) -> bool:
    """Rare as a word and by its lemma: a proper noun."""
    low = word.lower()
    return slovenian().inflected_freq(low) < PROPER_FREQ and slovenian().freq(lemma(low).lower()) < PROPER_FREQ


def split_unit(printed: str) -> tuple[str, Optional[str]]:
    """The enterprise and the unit of an item: "TOMOS KOPER, TOZD Pločevinarna",
    "ZDRAVSTVENI CENTER KOPER TOZD Zdravstveni dom"; a town after a comma is the
    body's own ("Osnovna šola Antona Ukmarja, Koper")."""
    words = printed.replace(",", " , ").split()
    at = next((k for k, w in enumerate(words) if k > 0 and w in UNIT_WORDS), None)
    if at is None:
        return " ".join(w for w in words if w != ","), None
    parent = " ".join(w for w in words[:at] if w != ",").strip(" .;")
    unit = " ".join(w for w in words[at:] if w != ",").strip(" .;")
    return parent, unit


def find_parties(text: str, start: int, end: int) -> Iterator[Party]:
    """Every party of the lists of an agreement in text[start:end]."""
    for role, lo, hi in groups(text, start, end):
        for s, e in items(text, lo, hi):
            printed = re.sub(r"\s+", " ", text[s:e]).strip(" ,.;-—–")
            if len(printed) < 3 or not re.search(r"[^\W\d_]{2}", printed):
                continue
            parent, unit = split_unit(printed)
            name = body_name(parent)
            if unit is None:
                yield Party(name, role, Span(s, e))
            else:
                yield Party(f"{name}, {body_name(unit)}", role, Span(s, e), unit_of=name)


def same_party(a: str, b: str) -> bool:
    """Two printings of one party, case and diacritics aside."""
    return fold(a) == fold(b)
