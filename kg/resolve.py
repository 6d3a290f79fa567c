"""Entity resolution for people: OCR variants of one name become one person.

"MARUA BRATINA" and "MARIJA BRATINA" who sign for the same body are one person;
"Ciril Rener" and "Ciril Renar" too. Two names are merged only when they are
close on both given name and surname *and* share a context (municipality or
issuing body), so that namesakes in unrelated places stay apart.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ner.lexicon import given_names
from ner.region import fold

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


def _close(a: str, b: str) -> bool:
    ta, tb = fold(a).split(), fold(b).split()
    if len(ta) < 2 or len(tb) < 2:
        return False
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

    def rank(n: str):
        return (-counts[n], fold(n).split()[0] not in known, n)

    canonical = {}
    for group in members.values():
        best = min(group, key=rank)
        for n in group:
            canonical[n] = best
    return canonical
