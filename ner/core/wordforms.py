"""Slovenian word forms: the lemma of a word, folding for matching, and the stems
by which inflected or OCR-damaged forms of one name are recognised."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Optional


@lru_cache(maxsize=1)
def _lemmatizer():
    import lemmagen3

    return lemmagen3.Lemmatizer("sl")


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """Nominative / base form of one Slovenian word, keeping its capitalisation style."""
    lem = _lemmatizer().lemmatize(word.lower())
    if word.isupper() and len(word) > 1:
        return lem.upper()
    if word[:1].isupper():
        return lem[:1].upper() + lem[1:]
    return lem


FOLDED = str.maketrans("čšžćđ", "cszcd")


@lru_cache(maxsize=1 << 18)  # the readers fold the same words of an act again and again
def fold(text: str) -> str:
    """Lowercase without diacritics, for matching."""
    return text.lower().translate(FOLDED)


def name_stems(name: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    """The first five letters of each word of a body's name, folded, whatever its case
    ("Samoupravne komunalne" and "SAMOUPRAVNA KOMUNALNA" give the same); five tell
    "skupščina" (skups) from "skupnost" (skupn)."""
    return {w[:5] for w in fold(name).split() if w not in ignore}


def differing_word(a: str, b: str, min_len: int = 6) -> Optional[tuple[str, str]]:
    """The one word in which two names of as many words differ, when both its forms
    have at least ``min_len`` letters: one letter of a shorter word changed is too
    often another word (Kal, Kat)."""
    wa, wb = a.split(), b.split()
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(wa) != len(wb) or len(diff) != 1 or min(map(len, diff[0])) < min_len:
        return None
    return diff[0]


def same_stem(word: str, name: str) -> bool:
    """An inflected or OCR-damaged form of a one-word name: cases change the last two
    letters at most ("Postojni", "Kopru", "Izota"); "Postopek" shares only five
    letters with "Postojna"."""
    w, n = fold(word), fold(name)
    return len(w) <= len(n) + 2 and len(os.path.commonprefix([w, n])) >= max(3, len(n) - 2)
