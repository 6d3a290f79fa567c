"""Entity resolution: OCR variants of one name become one entity.

People: "MARUA BRATINA" and "MARIJA BRATINA" who sign for the same body are one
person; "Ciril Rener" and "Ciril Renar" too; "Danila Jermana" named in an act is
the "Danilo Jerman" who signs for the same body. Two names are merged only when they
are close on both given name and surname *and* share a context (municipality or
issuing body), so that namesakes in unrelated places stay apart.

Organisations and places: "Dom učencev Batdomir Saje" is the "Dom učencev
Baldomir Saje" of another issue, "Sečovije" the village "Sečovlje": two names that
differ only where the OCR confuses letters, in one long word, are one.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ner.core.bodies import is_head
from ner.core.lexicon import given_names, slovenian
from ner.core.wordforms import differing_word, fold


@dataclass(frozen=True)
class Resolution:
    """What each name printed in the acts resolves to."""
    people: dict[str, str] = field(default_factory=dict)  # person's name -> canonical name
    # (ORG or LOC, name) -> the reading of the name it is a misreading of
    names: dict[tuple[str, str], str] = field(default_factory=dict)

    # (number, year) of a "Uradni list" cited without its series -> the series that prints it
    gazettes: dict[tuple[int, int], str] = field(default_factory=dict)

    def gazette(self, gazette: str, number: int, year: int) -> str:
        return self.gazettes.get((number, year), gazette) if gazette == BARE_GAZETTE else gazette

    def person(self, name: str) -> str:
        return self.people.get(name, name)

    def name(self, label: str, name: str) -> str:
        return self.names.get((label, name), name)


BARE_GAZETTE = "Uradni list"


def resolve_bare_gazettes(cited: Iterable[tuple[str, int, int]]) -> dict[tuple[int, int], str]:
    """"Ur. list št. 3/81" is the issue that other citations give with its series
    ("Uradni list SRS, št. 3/81"), when they give it with one series only."""
    series: dict[tuple[int, int], set[str]] = defaultdict(set)
    for gazette, number, year in cited:
        if gazette.startswith(BARE_GAZETTE + " ") and "–" not in gazette:  # not the treaty series
            series[(number, year)].add(gazette)
    return {key: next(iter(names)) for key, names in series.items() if len(names) == 1}


GIVEN_MIN = 70
SURNAME_MIN = 85


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


# Case endings of names by how the nominative ends: Jerman, Jermana, Jermanu,
# Jermanom; Danilo, Danila, Danilu, Danilom; Bratina, Bratine, Bratini, Bratino.
OBLIQUE = {"": ("a", "u", "om", "em"), "o": ("a", "u", "om"), "a": ("e", "i", "o")}


def _oblique(word: str, nominative: str) -> bool:
    stem, end = (nominative[:-1], nominative[-1]) if nominative[-1] in "oa" else (nominative, "")
    return any(word == stem + e for e in OBLIQUE[end])


def case_form(a: str, b: str) -> bool:
    """a is the name b in another case, every word declined: "Danila Jermana" is
    "Danilo Jerman" (a man's surname declines with his given name)."""
    wa, wb = a.lower().split(), b.lower().split()
    return len(wa) == len(wb) >= 2 and all(_oblique(x, y) for x, y in zip(wa, wb))


def _close(a: str, b: str) -> bool:
    ta, tb = fold(a).split(), fold(b).split()
    if len(ta) < 2 or len(tb) < 2:
        return False
    if case_form(a, b) or case_form(b, a):
        return True
    ga, gb = a.split()[0].lower(), b.split()[0].lower()
    if ga != gb and ga in given_names() and gb in given_names():
        return False  # "Matija Pribac" and "Antonija Pribac": two names, two people
    return (fuzz.ratio(ta[0], tb[0]) >= GIVEN_MIN and _surname_close(ta[-1], tb[-1])
            and (ta[0] == tb[0] or ta[-1] == tb[-1]))


def _surname_close(a: str, b: str) -> bool:
    # One misread letter in a short surname (Rener, Renar) is below any ratio
    # that still keeps long namesakes apart.
    return fuzz.ratio(a, b) >= SURNAME_MIN or (min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= 1)


def resolve_people(occurrences: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
    """Map every printed-and-normalised name to its canonical form.

    ``occurrences`` gives (name, contexts) for every signature or mention.
    """
    counts: Counter = Counter()
    contexts: dict[str, set[str]] = defaultdict(set)
    for name, ctx in occurrences:
        counts[name] += 1
        contexts[name].update(c for c in ctx if c)
    names = sorted(counts)
    uf = _UnionFind()
    by_surname: dict[str, list[str]] = defaultdict(list)
    for n in names:
        uf.find(n)
        by_surname[fold(n).split()[-1][:3]].append(n)
    for group in by_surname.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _close(a, b) and contexts[a] & contexts[b]:
                    uf.union(a, b)
    members: dict[str, list[str]] = defaultdict(list)
    for n in names:
        members[uf.find(n)].append(n)
    known = given_names()

    # the nominative, however rare, names the person
    declined = {n for group in members.values() for n in group if any(case_form(n, m) for m in group)}

    def rank(n: str):
        return (n in declined, -counts[n], fold(n).split()[0] not in known, n)

    canonical = {}
    for group in members.values():
        best = min(group, key=rank)
        for n in group:
            canonical[n] = best
    return canonical


# Letters the OCR reads one for another: "l" as "t" (odtok = odlok), and "l", "i",
# "I" as "!" or each other (Sečovije = Sečovlje).
CONFUSED = (frozenset("lt"), frozenset("li!I1"))


def _misread(a: str, b: str) -> bool:
    """a and b differ in one long word only (region.differing_word): of the same
    length, only where the OCR confuses letters, not both known words; a known word
    and a non-word close to it; or in one letter of an acronym the OCR lost ("CMOS
    Koper" is CIMOS Koper)."""
    pair = differing_word(a, b, min_len=4)
    if pair is None:
        return False
    x, y = pair
    if x.isupper() and y.isupper() and abs(len(x) - len(y)) == 1 and Levenshtein.distance(x, y) == 1:
        return True
    if min(len(x), len(y)) < 6:
        return False
    if x.islower() and y.islower() and (x in slovenian()) != (y in slovenian()):
        # a common word and a non-word a letter or two from it: "sotidamost" (rn read
        # as m) is solidarnost; a proper noun may be any string ("Dolane", "Dolanci")
        return Levenshtein.distance(x.replace("rn", "m"), y.replace("rn", "m")) <= 2
    if len(x) != len(y) or (x.lower() in slovenian() and y.lower() in slovenian()):
        return False
    return all(p == q or any(p in c and q in c for c in CONFUSED) for p, q in zip(x, y))


def resolve_misreadings(names: Iterable[str]) -> dict[str, str]:
    """Map each organisation or place name the OCR misread to the reading it stands
    for: a form with "!" or a non-word is never it; then the one with "l", the
    letter the OCR loses (it reads "l" as "t" or "i", hardly ever the other way);
    then the commoner."""
    counts = Counter(names)
    by_shape: dict[tuple, list[str]] = defaultdict(list)
    for n in sorted(counts):  # an acronym may lose a letter: the length is compared within one
        by_shape[(len(n.split()), n.split()[-1] if len(n.split()) > 1 else "")].append(n)
    uf = _UnionFind()
    for group in by_shape.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _misread(a, b):
                    uf.union(a, b)
    members: dict[str, list[str]] = defaultdict(list)
    for n in counts:
        members[uf.find(n)].append(n)

    def rank(n: str):
        return ("!" in n, sum(w.islower() and w not in slovenian() for w in n.split()), -n.count("l"), -counts[n], n)

    return {n: best for group in members.values() if len(group) > 1
            for best in [min(group, key=rank)] for n in group if n != best}


def resolve_firm_names(names: Iterable[str]) -> dict[str, str]:
    """Map an enterprise named with its kind ("Gostinsko podjetje Galeb Koper",
    "Gostinska delovna organizacija Galeb Koper") to its own name, when the build
    names it so elsewhere ("Galeb Koper"): the words before are a body's kind, the
    name they lead to is not one (it opens with no head noun)."""
    known = {n for n in names if len(n.split()) >= 2 and not is_head(n.split()[0])}
    out = {}
    for n in set(names):
        words = n.split()
        for k in range(1, len(words) - 1):
            tail = " ".join(words[k:])
            if tail in known and any(is_head(w) for w in words[:k]):
                out[n] = tail
                break
    return out


SEAT_WORDS = ("občine", "mestne občine")


def resolve_seat_forms(names: Iterable[str]) -> dict[str, str]:
    """Map a body named with its seat as a town ("Center za socialno delo Piran") and
    as a municipality ("Center za socialno delo občine Piran") to the form the acts
    print more often (on a tie, the municipality's): one body, two ways to say where."""
    counts = Counter(names)
    out = {}
    for n in counts:
        for seat in SEAT_WORDS:
            head, _, town = n.rpartition(f" {seat} ")
            short = f"{head} {town}"
            if head and town and short in counts:
                best, other = (short, n) if counts[short] > counts[n] else (n, short)
                out[other] = best
    return out
