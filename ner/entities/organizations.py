"""Names of organisations in an act, as pure functions over a string and offsets.

A name is built around the head noun of a body (skupnost, odbor, center ...):
the adjectives before it (``Samoupravne stanovanjske``) and the complement after
it, which in Slovenian is a chain of genitives (``skupnosti občine Piran``), a
purpose (``za družbeno pomoč v stanovanjskem gospodarstvu``), a seat
(``pri skupščini občine Postojna``) and the town (``Koper``). The complement is
read word by word and ends where the grammar of a name ends: at a verb, an
object in another case, a number. Enterprises are also named by a short name or
an acronym and their town (``GG Postojna``, ``»GALEB« KOPER``); newspapers by
their titles (``ner/data/newspapers.txt``).

A phrase counts as a name when it is specific: it carries a proper noun, a long
genitive chain, or a purpose (in lower case only after an adjective: "občinski
štab za civilno zaščito" is a name, "banka za lastno udeležbo" a description). Bare types ("Izvršilni odbor", "organizacija
združenega dela"; ``ner/data/org_types.txt``) are references, not names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Optional

from rapidfuzz import fuzz

from ..core.bodies import (COMMON_NOUN_ENDINGS, DASHES, HEAD_RE, PLACE_NOUNS, adjective, body_ahead,
                           canonical_org, head_gender, is_head, plural_head)
from ..core.lexicon import DOMAIN_FREQ, given_names, slovenian, word_list, word_set, word_table
from ..core.patterns import LOW, UP
from ..core.records import Span
from ..core.tokens import Name, Word, words
from ..core.wordforms import fold, lemma
from .places import heading_word
from .register import STREET_WORDS, gazetteer, misread_settlements

# Genitive singular endings of a head, by gender ("odbora", "komisije", "skupnosti").
GENITIVE_HEAD = {"m": ("a", "ra", "ka", "ja"), "n": ("a",), "f": ("e",), "i": ("i", "osti")}
GENITIVE_ADJECTIVE = ("ega", "ih", "e")
GENITIVE_NOUN = ("a", "e", "i", "ov", "ev", "ij", "in", "ic")
# Nouns whose genitive singular ends in -i ("skupnosti", "pomoči", "cerkvi").
I_GENITIVE_LEMMAS = ("ost", "ev", "oč", "ast", "vas", "ust")
NOT_GENITIVE = ("o", "u", "em", "im", "om", "jo", "mi", "ah", "anje", "enje")  # "zbiranje" is no "zbiranja"
# Word lists of ner/data/ (their headers say what each holds).
NOT_ORG_ACRONYMS = word_set("not_org_acronyms")
WARS = word_set("war_acronyms")
DETERMINERS = word_set("determiners")
STOP_WORDS = word_set("stop_words")
EPONYM_HEADS = word_set("eponym_heads")
TERRITORIES = word_set("territories")
REPUBLICS = word_set("republics")
ENTERPRISES = word_list("enterprise_heads")
KINDS_OF_FIRMS = word_set("kinds_of_firms")
LEGAL_FORMS = word_set("legal_forms")
UNIT_WORDS = word_set("org_units")
MAX_UNIT_WORDS = 5
JOINT = ("skupn", "medobcinsk")  # adjectives of a body several municipalities share
YEAR_RE = re.compile(r"(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?")
CODE_RE = re.compile(r"[A-Z]{1,2}\d+")
MAX_WORDS = 14
MISREAD_FIRST_WORD = 70  # how like a municipality's first word a misread one still is
@lru_cache(maxsize=1)
def org_types() -> frozenset[str]:
    return frozenset(line.lower() for line in word_list("org_types"))


def verb_forms(text: str) -> frozenset[str]:
    """Words the text uses as verbs: after the clitics that stand before a verb
    ("se objavi", "lahko odloči", "ki jo pripravi", "ki sklepa"). The lemmatiser
    reads many of them as nouns ("objavi" -> "objava"), so the text itself is asked."""
    return frozenset(w for w in (m.group(1) for m in VERB_CONTEXT_RE.finditer(text))
                     if w not in STOP_WORDS and not adjective(w) and not is_head(w)
                     and not w.endswith(NOUN_SUFFIXES))


VERB_CONTEXT_RE = re.compile(rf"\b(?:se|lahko|ne|ki(?:\s+(?:ga|jo|jih|ji|mu|jim))?)\s+([{LOW}]{{3,}})\b")
# Endings of nouns, never of finite verbs ("sredstva", "stanovanja", "dolžnosti").
NOUN_SUFFIXES = COMMON_NOUN_ENDINGS + ("tve", "nje", "nja", "ija", "ije", "stev", "ine", "ev", "ov", "ek",
                                       "ilo", "ila", "ina")


@dataclass(frozen=True)
class Context:
    """What the rest of the issue tells about its words."""
    propers: frozenset[str] = frozenset()  # lowercased words written as proper nouns
    towns: frozenset[str] = frozenset()  # places known in the nominative
    verbs: frozenset[str] = frozenset()  # words used as verbs (verb_forms)
    municipalities: tuple[str, ...] = ()  # the region's, whose names the register knows too


def _verb(word: str, ctx: Context) -> bool:
    """A finite verb or an infinitive ends a name."""
    return word.islower() and len(word) >= 3 and (word in ctx.verbs or lemma(word).endswith(("ti", "či")))




def _proper(word: str, ctx: Context, previous: str = "") -> bool:
    """A proper noun or an acronym inside a name (a town, ``SR``, ``ZB NOV``);
    capitalised common words in tables ("Asfaltiranje") are not."""
    if not word[:1].isupper() or is_head(word) or len(word) < 2:
        return False
    low = word.lower()
    if previous in REPUBLICS or word in ctx.towns or word.capitalize() in ctx.towns:
        return True  # "SR Slovenije", "Koper"
    if low.endswith(COMMON_NOUN_ENDINGS):
        return False  # "Asfaltiranje", "Udeleženci": a common noun heading a table row
    if low in ctx.propers and slovenian().freq(low) < 2e-5:
        return True  # a rare word the issue writes capitalised
    if adjective(word) and not ((previous[:1].islower() or previous.isupper())
                                 and slovenian().freq(low) <= DOMAIN_FREQ):
        return False  # "Samoupravne"; but "skupnosti Žusterna", "SKUPNOST SEČOVLJE" are names
    if low in given_names():
        return False  # a person: "komisija Marjan Sočan"; "IVAN" is no acronym
    if CODE_RE.fullmatch(word):
        return False  # a code: "prostorska enota P5"
    if word.isupper() and len(word) <= 4:
        return low not in STOP_WORDS
    # A capital inside running text marks a proper noun unless the word is very common.
    running = previous[:1].islower() and slovenian().freq(low) < 2e-4
    return slovenian().freq(low) <= DOMAIN_FREQ or running


def _genitive(word: str, ctx: Context) -> bool:
    w = word.lower()
    gender = head_gender(w)
    if gender:
        return w.endswith(GENITIVE_HEAD[gender])
    if w in STOP_WORDS or w.endswith(NOT_GENITIVE) or _verb(w, ctx) or not w.isalpha() or len(w) < 3:
        return False
    if adjective(w):
        return w.endswith(GENITIVE_ADJECTIVE)
    base = lemma(w)
    if w.endswith("i") and not base.endswith(I_GENITIVE_LEMMAS):
        return False  # "pripravi" of "priprava", "odbori": another case or a verb
    if w.endswith("e") and not base.endswith(("a", "ev")):
        return False  # "pogoje" of "pogoj", "stališče": the genitive is in -a
    if w.endswith("a") and base == w:
        return False  # "cena": a nominative
    return w.endswith(GENITIVE_NOUN)


def _nominal(word: str, ctx: Context) -> bool:
    """Any noun or adjective, as the object of a preposition in a name."""
    w = word.lower()
    return w.isalpha() and w not in STOP_WORDS and not _verb(w, ctx)


@dataclass
class _Reading:
    """The state of reading a complement word by word."""
    ws: list[Word]
    i: int  # where the complement begins
    ctx: Context
    j: int  # the word being read
    best: int  # past the last word the name holds so far
    mode: str = "gen"
    used_za: bool = False
    used_loc: bool = False
    seat: Optional[int] = None  # where "pri" opened a seat
    purpose_noun: str = ""  # the noun of the purpose ("pospeševanje" in "za pospeševanje proizvodnje")
    found: dict = field(default_factory=lambda: {"propers": [], "town": False, "purpose": False,
                                                 "genitives": 0})

    @property
    def word(self) -> str:
        return self.ws[self.j].text

    @property
    def prev(self) -> str:
        return self.ws[self.j - 1].text

    @property
    def next(self) -> str:
        return self.ws[self.j + 1].text if self.j + 1 < len(self.ws) else ""


# What a reader of one word tells the loop: the name ends; the reader has moved to
# the next word itself; or the loop moves one word on.
STOP, JUMP, STEP = "stop", "jump", "step"


def complement(ws: list[Word], i: int, ctx: Context) -> tuple[int, dict]:
    """Index past the last word of the complement that begins at ws[i], and what it held.

    Modes: ``gen`` a chain of genitives; ``za`` the purpose (``za socialno delo``),
    ``loc`` a place inside the purpose (``v stanovanjskem gospodarstvu``), ``pri`` the
    seat (``pri skupščini``): one noun phrase each, after which genitives may follow
    (``end`` after ``loc``: only the town)."""
    r = _Reading(ws, i, ctx, j=i, best=i)
    while r.j < len(ws) and r.j - i < MAX_WORDS:
        action = _proper_part(r) or _after_names(r) or _connective(r) or _phrase_word(r)
        if action == STOP:
            break
        if action == STEP:
            r.j += 1
    return _trimmed(r)


def _acronym_modifier(r: _Reading) -> bool:
    """An acronym before the noun of a purpose modifies it: "Podjetje za PTT promet Koper"."""
    return r.mode == "za" and r.word.isupper() and 2 <= len(r.word) <= 5 and not r.ws[r.j].closes \
        and r.next.islower() and _nominal(r.next, r.ctx)


def _proper_part(r: _Reading) -> Optional[str]:
    """Towns, eponyms and proper nouns, and the punctuation and persons that end a name."""
    ws, j, found, ctx = r.ws, r.j, r.found, r.ctx
    w, prev, nxt = r.word, r.prev, r.next
    if _acronym_modifier(r):
        return None
    if ws[j - 1].closes and found["purpose"] and r.mode == "gen" and ws[j - 1].after == ",":
        k = _coordinated_purpose(ws, j, ctx)  # "za urbanizem, gradbene in komunalne zadeve"
        if k > j:
            r.best = r.j = k
            return JUMP
    if _listed_seat(ws, j, ctx):
        found["propers"].append(j)
        found["town"] = True
        r.best = j + 1
        return STOP
    if ws[j - 1].closes or re.match(r"\d", w):
        return STOP
    if not ws[j].closes and f"{w} {nxt}" in ctx.towns:  # "Nova vas", "Ilirska Bistrica"
        found["propers"].append(j)
        found["town"] = True
        r.best = r.j = j + 2
        return JUMP
    seat = w.lower() == "v" and j == r.i and not found["propers"]  # "sodišča v Kopru": the court of Koper
    town = town_at(ws, j + 1 if seat else j, ctx) if w[:1].isupper() or seat else None
    if town is not None and not found["town"]:
        k, canonical = town
        found["propers"] += list(range(j, k))
        found["town"], found["town_name"] = True, (j, k, canonical)
        r.best = r.j = k
        return JUMP
    if _eponym(ws, j, r.i):  # "univerza IVAN REGENT", "šola Janko Premrl"
        found["propers"] += [j, j + 1]
        r.best = r.j = j + 2
        return JUMP
    if w[:1].isupper() and nxt[:1].isupper() and nxt.lower() in given_names() and not is_head(w):
        return STOP  # "skupščine skupnosti DRACOVAN JUSTIN": a person, surname first, signs
    # "skupščine Obalne skupnosti", "Skupščine Samoupravne komunalne interesne skupnosti":
    # a capitalised adjective of a body is no proper noun
    body_adjective = adjective(w) and (is_head(nxt) or nxt[:1].islower() and adjective(nxt))
    if _proper(w, ctx, prev) and not body_adjective or found["propers"] and w.lower() in PLACE_NOUNS:
        if w in NOT_ORG_ACRONYMS and w not in ("SR", "SRS") or found["town"] and w.isupper() \
                or found["propers"] and w == ws[found["propers"][-1]].text:
            return STOP  # "Cestno podjetje Koper OVS Koper", "za cene Koper Koper, 7. decembra": a new name
        found["propers"].append(j)
        found["town"] |= not w.isupper()
        r.best = r.j = j + 1
        return JUMP
    return None


def town_at(ws: list[Word], j: int, ctx: Context) -> Optional[tuple[int, str]]:
    """A town's name at ws[j] in any case, or misread, and its nominative: a
    municipality of the region ("občine Hirska Bistrica") or a settlement of the
    register ("Krajevna skupnost Dane pri Sežani", "skupnosti Topole": Topolc)."""
    if j >= len(ws) or not ws[j].text[:1].isupper():
        return None
    if ws[j].text in ctx.municipalities:
        return j + 1, ws[j].text
    for m in ctx.municipalities:
        parts = fold(m).split()
        if len(parts) == 2 and j + 1 < len(ws) and len(ws[j].text) >= 4 and not ws[j].closes \
                and fold(ws[j + 1].text)[:5] == parts[1][:5] \
                and fuzz.ratio(fold(ws[j].text)[:len(parts[0])], parts[0]) >= MISREAD_FIRST_WORD:
            return j + 2, m  # "občine Hirska Bistrica", not "Volčji potok" for Loški Potok
    g = gazetteer()
    hits = [(k, e) for k, e in g.candidates(ws, j) if e.kind == "settlement" and e.unit in ctx.municipalities]
    if hits:
        k = max(k for k, _ in hits)
        # a settlement's own name as printed before another's declined ("krajevne skupnosti
        # Svetinje" is Svetinje, not the Svetinja a case of it could be)
        exact = [e.name for e in g.named(" ".join(w.text for w in ws[j:k])) if e.kind == "settlement"]
        name = exact[0] if exact else next(e.name for kk, e in hits if kk == k)
        # a word as common as a settlement's one-word name is no town ("Polje"), unless a municipality's
        if k - j > 1 or name in ctx.municipalities or not slovenian().freq(fold(ws[j].text)):
            return k, name
    misread = [e for u in ctx.municipalities for e in misread_settlements(ws[j].text, u)]
    return (j + 1, misread[0].name) if len(misread) == 1 and not slovenian().freq(ws[j].text.lower()) else None


def _after_names(r: _Reading) -> Optional[str]:
    """After the town or the proper nouns, only more of them joined by "in" or a dash."""
    low, nxt, ctx = r.word.lower(), r.next, r.ctx
    if r.mode == "end" and not r.found["propers"]:
        if lemma(low) in TERRITORIES and _proper(nxt, ctx):
            return STEP  # "za gospodarjenje s stavbnim zemljiščem | občine Koper"
        if _seat_ahead(r.ws, r.j) and _genitive(r.word, ctx):
            r.mode = "gen"  # "v stanovanjskem gospodarstvu | Samoupravne stanovanjske skupnosti"
    if r.found["propers"] or r.mode == "end":
        if low == "in" and _proper(nxt, ctx) or r.word in DASHES and _proper(nxt, ctx) \
                and not _table_value(r.ws, r.j + 2):
            # "krajevne skupnosti Nova vas — Raven — Padna": one body of three villages;
            # but "Krajevna skupnost Dolane — Narin 140": a table row, place and sum
            return STEP
        return STOP
    return None


def _connective(r: _Reading) -> Optional[str]:
    """The prepositions that open a purpose, a place or a seat, and coordination."""
    low, prev, nxt, found = r.word.lower(), r.prev, r.next, r.found
    if low == "za" and not r.used_za and r.mode == "gen":
        r.mode, r.used_za = "za", True
    elif low in ("v", "s", "z") and found["purpose"] and not r.used_loc and r.mode == "gen" \
            and not found["genitives"]:
        # right after the purpose ("za družbeno pomoč v stanovanjskem gospodarstvu");
        # after the body's genitives it is the sentence's: "... skupnosti s sklepom"
        r.mode, r.used_loc = "loc", True
    elif low == "do" and found["purpose"] and r.mode == "gen" and prev.lower().startswith("pravic"):
        r.mode = "do"  # "za uveljavljanje pravic do denarnih pomoči"
    elif low == "v" and nxt in ("SR", "SFRJ"):
        pass
    elif low == "pri" and _seat_ahead(r.ws, r.j + 1):
        r.mode, r.seat = "pri", r.j
    elif low == "in" and r.best == r.j > r.i and r.mode == "gen" and (k := _conjunct(r)) > r.j + 1:
        r.best = r.j = k
        return JUMP
    elif not (low == "in" and r.j > r.i and _coordinated(prev, nxt)):
        return None
    return STEP


def _conjunct(r: _Reading) -> int:
    """Index past the noun phrase "in" joins at ws[j] to the one before it, in its form:
    genitives to genitives ("za varstvo narave in kulturne dediščine", "sluha in
    govora"), a purpose's noun to one like it ("za urbanistično načrtovanje in urejanje
    prostora", "za pospeševanje proizvodnje hrane in zagotavljanje osnovne preskrbe");
    not a body ("in delovne organizacije") nor a territory ("in občine Piran")."""
    ws, prev, ctx = r.ws, r.prev, r.ctx
    k = r.j + 1
    while k < len(ws) - 1 and adjective(ws[k].text) and not ws[k].closes:
        k += 1
    noun = ws[k].text if k < len(ws) else ""
    phrase = [w.text for w in ws[r.j + 1:k + 1]]
    if not noun or is_head(prev) or any(not w.islower() or w in STOP_WORDS or is_head(w) for w in phrase) \
            or lemma(noun) in TERRITORIES or adjective(noun) or _verb(noun, ctx):
        return r.j
    alike = r.found["genitives"] and all(_genitive(w, ctx) for w in phrase) \
        or r.found["purpose"] and _coordinated(r.purpose_noun, noun.lower())
    return k + 1 if alike else r.j


def _phrase_word(r: _Reading) -> str:
    """A word of the noun phrase a preposition opened, or of the genitive chain."""
    w, prev, nxt, ctx = r.word, r.prev, r.next, r.ctx
    low = w.lower()
    if r.mode != "gen":
        if not _nominal(w, ctx) or r.mode == "za" and YEAR_RE.fullmatch(nxt):
            return STOP  # "rezervnega sklada za leto 1988": a time, not a purpose
        modifier = adjective(w) or _acronym_modifier(r) or low.endswith(("no", "ko")) and _nominal(nxt, ctx) \
            and not nxt.lower().endswith(("no", "ko"))
        if not modifier and low.endswith(("no", "ko", "oj")):
            return STOP  # an adverb: "mesečno", "takoj"
        r.found["purpose"] |= r.mode == "za"
        r.best = r.j + 1
        if not modifier and r.mode == "za":
            r.purpose_noun = low
        if not modifier:
            r.mode = "end" if r.mode == "loc" else "gen"
        return STEP
    if r.j > r.i and is_head(prev) and not is_head(w) and not adjective(w) and lemma(low) not in TERRITORIES:
        return STOP  # "Odbor ... skupnosti sklepa o": after a body, a bare noun is the verb or object
    if _genitive(w, ctx) or prev.lower().endswith("ih") and _nominal(w, ctx) and not adjective(w):
        r.found["genitives"] += 1
        r.best = r.j + 1
        return STEP
    return STOP


def _trimmed(r: _Reading) -> tuple[int, dict]:
    """The name read, without a seat cut short or a dangling last word."""
    ws, best, found = r.ws, r.best, r.found
    if r.seat is not None and best < len(ws) and ws[best].text.lower() == "za" and not ws[best - 1].closes:
        best = r.seat  # "pri Centru za socialno delo Piran": a seat cut short is left out
    # A name does not end on an adjective, a preposition or a conjunction.
    while best > r.i and (ws[best - 1].text.lower() in STOP_WORDS | {"za", "v", "s", "z", "pri"} | DASHES
                          or adjective(ws[best - 1].text) and best - 1 not in found["propers"]):
        best -= 1
    found["propers"] = [k for k in found["propers"] if k < best]
    return best, found


def _listed_seat(ws: list[Word], j: int, ctx: Context) -> bool:
    """A town at ws[j] set off by commas as the seat of the body before it, in a list
    of addressees: "— Društvu upokojencev, Piran, — Centru za socialno delo Piran" (or
    by a full stop the OCR read for the first comma: "Društvu upokojencev. Piran, —")."""
    nxt = ws[j + 1].text if j + 1 < len(ws) else ""
    return ws[j - 1].after in (",", ".") and ws[j].text in ctx.towns and not ws[j - 1].text[:1].isdigit() \
        and ws[j].after in ("", ",", ";") and nxt in DASHES


def _table_value(ws: list[Word], k: int) -> bool:
    """A number at ws[k] that is a table's value, not an item's number ("29.")."""
    return k < len(ws) and re.fullmatch(r"\d[\d.,]*", ws[k].text) is not None and ws[k].after != "."


def _money_fund(name: list[Word]) -> bool:
    """"sklad združenih sredstev": pooled money, not a body ("Sklad stavbnih
    zemljišč" and the "Sklad skupnih rezerv" a law sets up are bodies)."""
    heads = [w.text.lower() for w in name if is_head(w.text)]
    return bool(heads) and heads[0].startswith("sklad") and any(
        lemma(w.text.lower()) == "sredstvo" for w in name)


def _eponym(ws: list[Word], j: int, i: int) -> bool:
    """A person's name naming an institution right after its head noun (j == i)."""
    head = HEAD_RE.fullmatch(ws[i - 1].text) if i > 0 else None
    return (j == i and head is not None and head.group(1).lower() in EPONYM_HEADS and j + 1 < len(ws)
            and ws[j].text.lower() in given_names() and not ws[j].closes
            and ws[j + 1].text[:1].isupper() and ws[j + 1].text.lower() not in given_names()
            and not is_head(ws[j + 1].text))


def _coordinated_purpose(ws: list[Word], j: int, ctx: Context) -> int:
    """Index past "gradbene in komunalne zadeve" at ws[j]: adjectives joined by a
    comma (or a full stop the OCR read for one: "gradbene. komunalne") or "in", then
    their noun, continuing a purpose; j if none stands there."""
    k, joined = j, False
    while k < len(ws) and adjective(ws[k].text):
        listed = ws[k].after in ",." and k + 1 < len(ws) and ws[k + 1].text.islower() and adjective(ws[k + 1].text)
        if ws[k].closes and not listed:
            break
        k += 1
        if k < len(ws) and ws[k].text == "in":
            joined, k = True, k + 1
    if joined and k > j and k < len(ws) and _nominal(ws[k].text, ctx) and not adjective(ws[k].text):
        return k + 1
    return j


def _seat_ahead(ws: list[Word], i: int) -> bool:
    """A body stands at ws[i], perhaps after its adjectives: "pri (Obalni) skupnosti"."""
    return body_ahead([w.text for w in ws[i:i + 4]], 0)


def _municipality_list(ws: list[Word], i: int, ctx: Context) -> list[tuple[int, int]]:
    """The word ranges of the towns in "občin Izola, Koper in Piran" at ws[i], if that
    is what stands there; a town may have two words ("Slovenske Konjice")."""
    if i >= len(ws) or ws[i].text != "občin":
        return []
    out, j = [], i + 1
    while j < len(ws):
        town = town_at(ws, j, ctx)
        k = town[0] if town is not None else j + 1
        if town is None and not _proper(ws[j].text, ctx, ws[j - 1].text):
            break
        out.append((j, k))
        if ws[j - 1].text == "in":
            break  # "Izola, Koper in Piran. Izvršni sveti": the last one
        if k + 1 < len(ws) and ws[k].text == "in" and not ws[k - 1].closes:
            j = k + 1
        elif ws[k - 1].closes:
            j = k
        else:
            break
    return out if len(out) >= 2 else []


def _coordinated(before: str, after: str) -> bool:
    """"pokojninskega in invalidskega", "upokojencev in invalidov": like joined with like."""
    if not after or not after.isalpha():
        return False
    if before.isupper() or after.isupper():
        return before.isupper() and after.isupper() and len(before) <= 4 and len(after) <= 4
    return before[-2:].lower() == after[-2:].lower() or (
        before.lower().endswith(("ov", "ev")) and after.lower().endswith(("ov", "ev")))


QUOTED_RE = re.compile(rf"[»\"„*]\s*([{UP}][\w\-]+(?:\s+[\w\-]+){{0,2}})\s*[«\"“*]\s*([{UP}][{LOW}]+|[{UP}]{{2,}})?")
# An enterprise named by an acronym and its town: "GG Postojna", "OVS Koper".
ACRONYM_TOWN_RE = re.compile(rf"(?<![\w.])([{UP}]{{2,5}})\s+([{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?)(?![\w])")


@lru_cache(maxsize=1)
def org_acronyms() -> dict[str, str]:
    """Acronyms of kinds of bodies and what they stand for: "KS" -> "Krajevna skupnost"."""
    return word_table("org_acronyms")




def _quoted(text: str, start: int, end: int, ws: list[Word], ctx: Context) -> Iterator[Name]:
    """A name in quotes is an enterprise when a body or a town stands by it:
    "organizaciji »GALEB« KOPER" -> Galeb Koper (the legal form is dropped),
    "doma učencev »Heroj Tito« Koper" -> Dom učencev Heroj Tito Koper."""
    for q in QUOTED_RE.finditer(text, start, end):
        name, town = q.group(1).strip(), q.group(2)
        if town and town.capitalize() not in ctx.towns and town.lower() not in ctx.propers:
            town = None
        k = next((k for k, w in enumerate(ws) if w.end > q.start()), len(ws))
        descriptor = ws[max(0, k - 4):k]
        heads = [n for n, w in enumerate(descriptor) if is_head(w.text)]
        if not town and not any(descriptor[n].text.lower().startswith(ENTERPRISES) for n in heads):
            continue
        full = " ".join(w.capitalize() if w.isupper() else w for w in (name + (" " + town if town else "")).split())
        if heads:
            h = heads[0]
            while h > 0 and adjective(descriptor[h - 1].text):
                h -= 1
            described = canonical_org(" ".join(w.text for w in descriptor[h:]))
            if not any(described.lower().endswith(t) for t in org_types()):
                full = f"{described} {full}"
        yield Name(q.start(), q.end(), full)


# Tables of a programme's financing: "Viri financiranja SKIS Postojna 600 KS Bukovje 720 ...",
# "Prispevek podjetij za ureditev pločnikov Mercator Nanos 250 Elektrotehnika 30 ...".
SOURCES_RE = re.compile(r"\b(?:Viri\s+financiranja|(?P<firms>Prispev\w*\s+(?:podjetij|T?OZD|delovnih\s+organizacij)))\b")
SOURCE_ROW_RE = re.compile(rf"[\s—–\-]*(?:\d\s+(?=[{UP}]))?(?P<name>[^\W\d_][^\d_|*]{{1,60}}?)"
                           r"[\s_!|]*\*?(?P<amount>\d[\d.,]*)(?![\w/])")
MAX_ROWS = 20
FILLER_RE = re.compile(rf"(?:\s+[{LOW}][\w]*){{1,5}}(?=\s+[{UP}])")


def _financing_sources(text: str, start: int, end: int, ctx: Context) -> Iterator[Name]:
    """The bodies a financing table lists with their sums: every row of a list of firms'
    contributions; under "Viri financiranja", a row that names a body by a proper noun
    or an acronym (not "Manjkajoča sredstva", "Sanacija objektov")."""
    for trigger in SOURCES_RE.finditer(text, start, end):
        firms = trigger.group("firms") is not None
        for s, row in _source_rows(text, trigger.end(), end, firms):
            name = _source_name(s, row, firms, ctx)
            if name:
                yield name


def _source_rows(text: str, pos: int, end: int, firms: bool) -> Iterator[tuple[int, str]]:
    """(offset, text) of each row's name after a table's heading, up to its total."""
    filler = FILLER_RE.match(text, pos, end)  # "za ureditev pločnikov"
    if filler:
        pos = filler.end()
    if firms and re.match(r"\s*[—–]", text[pos:end]):
        # "Prispevki OZD — Tovarna mesnih izdelkov — Javor — GG Meles Pivka 50.000 9.197 ..."
        for part in re.finditer(rf"[—–]\s*([{UP}][^—–\d]*?)\s*(?=[—–]|\d)", text[pos:min(end, pos + 300)]):
            yield pos + part.start(1), part.group(1)
        return
    for _ in range(MAX_ROWS):
        row = SOURCE_ROW_RE.match(text, pos, end)
        if not row or row.group("name").upper().startswith("SKUPAJ"):
            return
        yield row.start("name"), row.group("name")
        pos = row.end()


def _source_name(s: int, row: str, firms: bool, ctx: Context) -> Optional[Name]:
    body = re.split(r"\s*[—–(]", row)[0].strip(" ,.!").split()
    if 1 < len(body) <= 3 and is_head(body[1]) and adjective(body[0]) and body[0][:1].isupper():
        # "Zavarovalna skupnost (kredit) 2.500": two words no sentence around says are a name
        return Name(s, s + len(" ".join(body)), canonical_org(" ".join(body)))
    # "KS Bukovje iz samoprispevka", "KS Bukovje — prostovoljno delo": the source, then how
    name = re.split(r"\s+(?:[—–\-]|iz|za|v|na|od)\s+|\s+[—–]", row)[0].strip(" ,.!")
    words_ = name.split()
    if not words_ or words_[0][:1].islower() or len(words_) > 4 or any(is_head(w) for w in words_) \
            or " ".join(words_[1:]) in ctx.towns and ACRONYM_TOWN_RE.fullmatch(name) \
            or name in org_acronyms() or name in KINDS_OF_FIRMS:
        return None  # left to the rules for heads and for an acronym with a town
    acronym = re.fullmatch(rf"[{UP}]{{2,5}}", words_[0]) is not None
    if not firms and not (all(w[:1].isupper() for w in words_)
                          and (acronym or words_[-1] in ctx.towns or _unknown(words_[0]))):
        return None  # "Manjkajoča sredstva", "Sanacija objektov": money and works, not bodies
    e = s + len(name)
    if acronym and len(words_) > 1 and any(w[:1].isupper() and w not in ctx.towns for w in words_[1:]):
        s, words_ = s + len(words_[0]) + 1, words_[1:]  # "THO Postojnska jama": the firm's kind
    return Name(s, e, " ".join(words_))


def _unknown(word: str) -> bool:
    """A word the lexicon knows neither as printed nor by its lemma: a firm's name (Mlinotest)."""
    low = word.lower()
    return not slovenian().freq(low) and not slovenian().freq(lemma(low).lower())


@lru_cache(maxsize=1)
def named_acronyms() -> re.Pattern:
    """The acronyms of ``ner/data/named_acronyms.txt``, each a name by itself."""
    names = sorted(word_list("named_acronyms"), key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, names))})(?![\w.])")


@lru_cache(maxsize=1)
def newspapers() -> list[tuple[re.Pattern, str]]:
    """Patterns of the newspapers named in ``ner/data/newspapers.txt``, in any case:
    a word's last two letters may change ("Primorskih novicah")."""
    out = []
    for name in word_list("newspapers"):
        stems = [re.escape(w[:max(3, len(w) - 2)]) + rf"[{LOW}]{{0,4}}" for w in name.split()]
        out.append((re.compile(r"(?<!\w)" + r"\s+".join(stems) + r"(?!\w)"), name))
    return out


def find_organizations(text: str, start: int = 0, end: Optional[int] = None,
                       ctx: Context = Context()) -> Iterator[Name]:
    """Organisation names in text[start:end]."""
    end = len(text) if end is None else end
    ws = words(text, start, end)
    found: list[Name] = list(_quoted(text, start, end, ws, ctx))
    found += [Name(m.start(), m.end(), name) for pattern, name in newspapers()
              for m in pattern.finditer(text, start, end)]
    found += list(_financing_sources(text, start, end, ctx))
    yield from found
    i = 0
    while i < len(ws):
        if not is_head(ws[i].text):
            i += 1
            continue
        names, single, i = _names_at_head(ws, i, ctx, found)
        if single:
            found += names  # a name the acronyms below must not overlap
        yield from names
    yield from _acronym_names(text, start, end, ctx, found)


def _name_start(ws: list[Word], h: int) -> int:
    """Where the name whose head is ws[h] begins: its adjectives, or a firm's own word."""
    s = h
    while s > 0 and h - s < 3 and adjective(ws[s - 1].text) and not ws[s - 1].closes \
            and lemma(ws[s - 1].text).lower() not in DETERMINERS:
        s -= 1
    if s == h and s > 1 and ws[s - 1].text[:1].isupper() and _unknown(ws[s - 1].text) \
            and ws[s - 2].text[:1].islower() and not ws[s - 2].closes and not ws[s - 1].closes:
        s -= 1  # "ga je izdelal Invest biro Koper": a firm's own word before its kind
    return s


def _names_at_head(ws: list[Word], h: int, ctx: Context, found: list[Name]
                   ) -> tuple[list[Name], bool, int]:
    """The names around the head noun ws[h], whether they are one body's name (not
    one per town), and where reading goes on."""
    s = _name_start(ws, h)
    towns = _municipality_list(ws, h + 1, ctx)
    if towns:
        body = canonical_org(" ".join(w.text for w in ws[s:h + 1]))
        last = towns[-1][1]
        if any(fold(w.text.lower()).startswith(JOINT) for w in ws[s:h]):
            # "Skupne občinske uprave občin Dobje, Dobrna, Oplotnica": one body of them all
            listed = " ".join(w.text + w.after for w in ws[h + 1:last]).rstrip(",.;")
            return [Name(ws[s].start, ws[last - 1].end, f"{body} {listed}")], True, last
        # "skupščine občin Izola, Koper in Piran": the assembly of each municipality
        return [Name(ws[s].start, ws[last - 1].end, f"{body} občine {' '.join(w.text for w in ws[a:b])}")
                for a, b in towns], False, last
    e, parts = complement(ws, h + 1, ctx)
    if any(Span(ws[s].start, ws[e - 1].end).overlaps(o) for o in found):
        return [], True, max(e, h + 1)  # "organizaciji »GALEB« KOPER": the quoted name is the name
    if plural_head(ws[h].text) and not parts["propers"]:
        return [], True, h + 1  # "v organizacijah združenega dela", "v sklade": a kind of body, not one
    if any(w.text.lower().endswith(("ih", "im", "ima")) for w in ws[s:h]):
        # "krajevnih skupnosti Žusterna in Semedela": one body per name
        if len([w for w in ws[h + 1:e] if w.text != "in"]) != len(parts["propers"]):
            return [], False, h + 1  # "krajevnih organizacij in občinske zveze ZB NOV Piran": a body named after them
        if any(ws[k].text.lower() == "v" for k in parts["propers"]):
            return [], False, max(e, h + 1)  # "krajevnih skupnosti v Občini Divača": a kind of body, by its seat
        if any(heading_word(ws, k) for k in parts["propers"]):
            return [], False, max(e, h + 1)  # "po krajevnih skupnostih SAMOUPRAVNI SPORAZUM": a heading follows
        phrase = canonical_org(" ".join(w.text for w in ws[s:h + 1]))
        return [Name(ws[k].start, ws[k].end, f"{phrase} {ws[k].text}") for k in parts["propers"]], \
            False, max(e, h + 1)
    if not _names_a_body(ws, s, h, e, parts):
        return [], True, max(e, h + 1)
    canonical = _canonical(ws, s, e, parts, ctx)
    if canonical.lower() in org_types() or _money_fund(ws[s:e]):
        return [], True, max(e, h + 1)
    unit = _unit_after(ws, e, ctx)
    if unit is not None:  # "..., Enota za graditev stanovanj": a unit of the body
        e, canonical = unit[0], f"{canonical}, {unit[1]}"
    if e < len(ws) and ws[e].text.lower() in LEGAL_FORMS and ws[e - 1].after in ("", ","):
        canonical, e = f"{canonical}{ws[e - 1].after} {ws[e].text}.", e + 1  # "... Puconci d.o.o."
    return [Name(ws[s].start, ws[e - 1].end, canonical)], True, max(e, h + 1)


def _canonical(ws: list[Word], s: int, e: int, parts: dict, ctx: Context) -> str:
    """The nominative of the name ws[s:e]: one word out per word in, so that the
    commas of a coordinated purpose go back in place; its town as the register or
    the region names it ("občine Hirska Bistrica", "sodišča v Kopru": Koper)."""
    words_ = canonical_org(" ".join(w.text for w in ws[s:e]), ctx.propers).split()
    # a full stop inside a name before a lower-case word is a comma misread
    words_ = [c + ("," if k < e - s - 1 and (w.after == "," and not _listed_seat(ws, s + k + 1, ctx)
                                           or w.after == "." and ws[s + k + 1].text.islower()) else "")
              for k, (c, w) in enumerate(zip(words_, ws[s:e]))]
    town = parts.get("town_name")
    if town and s <= town[0] and town[1] <= e:
        j, k, name = town
        words_[j - s:k - s] = [name + ("," if words_[k - s - 1].endswith(",") else "")]
    return " ".join(words_)


def _unit_after(ws: list[Word], e: int, ctx: Context) -> Optional[tuple[int, str]]:
    """A unit named after a body and a comma: "..., Enota za graditev stanovanj",
    "..., TOZD Hoteli Triglav Koper"; the index past it and its name."""
    if e >= len(ws) or ws[e - 1].after != "," or ws[e].text not in UNIT_WORDS:
        return None
    if is_head(ws[e].text):
        end, parts = complement(ws, e + 1, ctx)
        return (end, _canonical(ws, e, end, parts, ctx)) if end > e + 1 else None
    end = e + 1
    while end < len(ws) and end - e <= MAX_UNIT_WORDS and ws[end].text[:1].isupper() and not ws[end - 1].closes:
        end += 1
    return (end, " ".join(w.text for w in ws[e:end])) if end > e + 1 else None


def _names_a_body(ws: list[Word], s: int, h: int, e: int, parts: dict) -> bool:
    """ws[s:e], headed by ws[h], is specific enough to name one body."""
    n_words = e - s
    first = ws[s].text
    capital = first[:1].isupper() and not first.isupper() or first.isupper() and n_words >= 3
    # a capital inside a sentence: "preko Društva upokojencev"; "Skupščina sklada",
    # one body's organ, is no name however written
    running = capital and not first.isupper() and s > 0 and ws[s - 1].text[:1].islower() \
        and not ws[s - 1].closes and not is_head(ws[e - 1].text)
    # in running text, a purpose names a body only after its adjective ("občinski
    # štab za civilno zaščito"); "banka za lastno udeležbo" describes one
    specific = bool(parts["propers"]) or parts["purpose"] and (capital or s < h) \
        or parts["genitives"] >= 2 or running and parts["genitives"] >= 1
    chosen = s > 0 and lemma(ws[s - 1].text.lower()) in DETERMINERS and not parts["propers"]
    if chosen or any(lemma(w.text.lower()) in DETERMINERS for w in ws[h + 1:e]):
        # "ustreznega odbora zbornice", "banka za rešitev njegovega stanovanjskega
        # vprašanja" describe a body; "pristojna Skupščina SR Slovenije" names one
        return False
    inner = [k for k in range(h + 1, e) if is_head(ws[k].text)]
    if inner and not parts["propers"] and not parts["purpose"] and ws[inner[-1] - 1].text.lower().endswith("ih") \
            and not any(lemma(w.text.lower()) in TERRITORIES for w in ws[inner[-1]:e]):
        return False  # "delegacija krajevnih skupnosti": of a kind of bodies, not of one
    if s == h and ws[h].text.lower().startswith(("center", "centr")) and not parts["purpose"] \
            and not any(is_head(w.text) for w in ws[h + 1:e]):
        return False  # "Center Postojna", "centrom zazidave": a town's or an estate's centre
    return n_words >= 2 and (capital and (specific or n_words >= 3) or specific and n_words >= 3)


def _acronym_names(text: str, start: int, end: int, ctx: Context, found: list[Name]) -> Iterator[Name]:
    """Acronyms that name one body, and an acronym with its town ("OVS Koper"), where
    no longer name stands."""
    for m in named_acronyms().finditer(text, start, end):
        street = re.search(r"(\w+)\s+$", text[max(start, m.start() - 20):m.start()])
        if street and fold(lemma(street.group(1).lower())) in STREET_WORDS:
            continue  # "Cesta JLA": a street named after the body
        if not any(Span(*m.span()).overlaps(o) for o in found) \
                and not ACRONYM_TOWN_RE.match(text, m.start()) \
                and not re.match(rf"\s+[{UP}]{{2,}}\b", text[m.end():m.end() + 12]):  # "ZZB NOV": a longer name
            found.append(Name(m.start(), m.end(), m.group()))
            yield found[-1]
    for m in ACRONYM_TOWN_RE.finditer(text, start, end):
        acronym, town = m.group(1), m.group(2)
        if acronym in NOT_ORG_ACRONYMS or town not in ctx.towns \
                or any(Span(*m.span()).overlaps(o) for o in found) or acronym in WARS:
            continue
        yield Name(m.start(), m.end(), f"{org_acronyms().get(acronym, acronym)} {town}")
