"""What the pipeline knows of the region the gazette serves: its municipalities
and gazettes, from the config, and how to recognise them in inflected forms."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
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


def fold(text: str) -> str:
    """Lowercase without diacritics, for matching."""
    return (text.lower().replace("č", "c").replace("š", "s").replace("ž", "z")
            .replace("ć", "c").replace("đ", "d"))


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


@dataclass(frozen=True)
class Region:
    municipalities: tuple[str, ...]
    regional_body: str  # the inter-municipal community, e.g. "Obalna skupnost"
    regional_seat: str
    gazettes: tuple[str, ...]

    @classmethod
    def from_config(cls, cfg: dict) -> "Region":
        return cls(tuple(cfg["municipalities"]), cfg["regional_body"], cfg["regional_seat"],
                   tuple(cfg["gazettes"]))

    def municipality_in(self, text: str) -> Optional[str]:
        """The municipality a phrase names (in any case), or the regional community."""
        if re.search(r"obaln\w*\s+skupnost", fold(text)):
            return self.regional_body
        words = re.findall(r"[^\W\d_]+", text)
        lemmas = [fold(lemma(w)) for w in words]
        folded = [fold(w) for w in words]
        for i, (lw, fw) in enumerate(zip(lemmas, folded)):
            for m in self.municipalities:
                parts = fold(m).split()
                # Compare stems: inflected endings and OCR damage sit at the end.
                if len(parts) == 1:
                    if lw == parts[0] or same_stem(fw, parts[0]):
                        return m
                elif fw[:6] == parts[-1][:6]:
                    return m
        return None
