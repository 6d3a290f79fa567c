"""Words with their offsets, and the names the rule components find among them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .records import Span


class Word(NamedTuple):  # a tuple: the readers make millions
    start: int
    end: int  # end of the word without trailing punctuation
    text: str
    after: str = ""  # the punctuation right after it (comma, full stop, bracket ...)

    @property
    def closes(self) -> bool:
        """Punctuation after it ends the phrase."""
        return bool(self.after)


@dataclass(frozen=True)
class Name(Span):
    """A name found in the text: its span, its canonical form and, once its reader
    is known, its label (PER, ORG, LOC)."""
    canonical: str = ""
    label: str = ""
    ref: str = ""  # the register entry it names ("settlement/10102081"), if any


# Marks the OCR leaves between the words of a phrase ("stanovanjske ' skupnosti"): no punctuation.
STRAY = "'’‘`´"


def words(text: str, start: int, end: int) -> list[Word]:
    return list(_words(text, start, end))


@lru_cache(maxsize=16)  # several readers go through the words of one act
def _words(text: str, start: int, end: int) -> tuple[Word, ...]:
    out = []
    for m in re.finditer(r"\S+", text[start:end]):
        raw = m.group()
        core = raw.strip(",.;:()»«\"*!?“„" + STRAY)
        if not core:
            continue
        lead = raw.find(core)
        s = start + m.start() + lead
        after = raw[lead + len(core):].strip(STRAY)
        if out and "(" in raw[:lead] and not out[-1].after:
            out[-1] = out[-1]._replace(after="(")  # "svetih (Ur. list": a bracket ends the phrase before it
        out.append(Word(s, s + len(core), core, after))
    return tuple(out)
