"""Personal names as printed in signature blocks -> normal capitalisation, given name first."""
from __future__ import annotations

import re

from .lexicon import given_names
from .patterns import LOW, UP

NAME_TOKEN_RE = re.compile(rf"(?:dr\.|mag\.|[{UP}][{UP}'\-]+|[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?|[{UP}])$")
HONORIFIC_RE = re.compile(r"^(?:dr|mag|ing|prof)\.?$", re.IGNORECASE)


def _cap(token: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in token.split("-"))


def normalise_name(tokens: list[str]) -> str:
    """['JAMNIK', 'ANDREJ'] -> 'Andrej Jamnik'; ['Irena', 'K', 'OSMINA'] -> 'Irena Kosmina'."""
    toks = [t for t in tokens if not HONORIFIC_RE.match(t)]
    merged: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        # A lone capital before a word is a letter the OCR split off: "K OSMINA".
        if len(t) == 1 and i + 1 < len(toks) and len(toks[i + 1]) > 1:
            merged.append(t + toks[i + 1])
            i += 2
            continue
        merged.append(t)
        i += 1
    words = [_cap(t) if t.isupper() or len(t) == 1 else t for t in merged]
    names = given_names()
    if len(words) >= 2 and words[0].lower() not in names and words[-1].lower() in names:
        words = [words[-1]] + words[:-1]
    return " ".join(words)
