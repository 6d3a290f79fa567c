"""Small helpers for turning printed strings into clean values."""
from __future__ import annotations

import re

from .lexicon import slovenian

ROMAN_RE = re.compile(r"[IVX]{2,5}|I")
HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W\d_])-\s*\n\s*(?=[^\W\d_])")


def squash(text: str) -> str:
    """One line, single spaces, line-break hyphens joined."""
    text = HYPHEN_BREAK_RE.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def _caps(word: str) -> bool:
    core = re.sub(r"\W", "", word)
    return core.isupper() and core.isalpha()


def proper_case(text: str, propers: frozenset[str], first_upper: bool = False) -> str:
    """Lower-case a printed string, then capitalise the document's proper nouns.

    Abbreviations in capitals (SR, SRS, TOZD) stay as printed, and so does a short
    word in capitals alone among lower-case ones ("udeležencem NOV in"), which only
    an abbreviation is.
    """
    out = []
    words = re.split(r"(\s+)", text)
    mixed = bool(re.search(r"[a-zčšžćđ]", text))
    for i, word in enumerate(words):
        if not word.strip():
            out.append(word)
            continue
        core = re.sub(r"\W", "", word)
        alone = mixed and 1 < len(core) <= 4 and not any(
            _caps(w) for w in words[max(0, i - 2):i] + words[i + 1:i + 3] if w.strip())
        if _caps(word) and (ROMAN_RE.fullmatch(core) or 1 < len(core) <= 4 and core.lower() not in slovenian()
                            or alone):
            out.append(word)
            continue
        first = first_upper and not out
        # "Destrnik-Trnovska", "Miren-Kostanjevica": each part of a hyphenated name is a name
        out.append("-".join(_cased(part, propers, first and k == 0) for k, part in enumerate(word.split("-"))))
    return "".join(out)


def _cased(word: str, propers: frozenset[str], upper: bool) -> str:
    low = word.lower()
    if re.sub(r"\W", "", low) in propers or upper:
        low = re.sub(r"[^\W\d_]", lambda m: m.group().upper(), low, count=1)
    return low


def unglue_o(title: str) -> str:
    """'OMERILIH ZA ...' -> 'O MERILIH ZA ...', 'ozačasnem ukrepu' -> 'o začasnem
    ukrepu': a title's preposition glued to the next word."""
    first = title.split(" ", 1)[0]
    lex = slovenian()
    # (in one case throughout: "ObLO Brežice" is an acronym, not "O bLO")
    if len(first) > 3 and first[0] in "Oo" and (first[1:].islower() or first.isupper()) \
            and not lex.inflected_freq(first.lower()) and lex.inflected_freq(first[1:].lower()):
        return first[0] + " " + title[1:]
    return title
