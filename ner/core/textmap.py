"""A repaired copy of a text that still knows where every character came from."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, NamedTuple


class Edit(NamedTuple):
    """Replace original[start:end] with text."""

    start: int
    end: int
    text: str


@dataclass
class RepairedText:
    """The original text, a repaired copy, and an offset map between them.

    Only edits that change the length are kept for the map: a same-length
    substitution (the usual OCR fix, ``t`` -> ``l``) leaves offsets unchanged.
    """

    original: str
    text: str
    _new_starts: list[int]
    _new_ends: list[int]
    _orig_starts: list[int]
    _orig_ends: list[int]
    edits: int = 0

    @classmethod
    def apply(cls, original: str, edits: Iterable[Edit]) -> "RepairedText":
        parts: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        orig_starts: list[int] = []
        orig_ends: list[int] = []
        pos = 0
        new_len = 0
        count = 0
        for e in sorted(edits):
            if e.start < pos:
                raise ValueError(f"overlapping edit at {e.start}")
            parts.append(original[pos:e.start])
            new_len += e.start - pos
            if e.end - e.start != len(e.text):
                new_starts.append(new_len)
                new_ends.append(new_len + len(e.text))
                orig_starts.append(e.start)
                orig_ends.append(e.end)
            parts.append(e.text)
            new_len += len(e.text)
            pos = e.end
            count += 1
        parts.append(original[pos:])
        return cls(original, "".join(parts), new_starts, new_ends, orig_starts, orig_ends, count)

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """Map an offset in the repaired text to the original text.

        An offset inside a replaced stretch maps to the start of that stretch in
        the original, or to its end when ``end`` is true (for span ends).
        """
        i = bisect_right(self._new_starts, pos) - 1
        if i < 0:
            return pos
        if pos >= self._new_ends[i]:
            return pos - self._new_ends[i] + self._orig_ends[i]
        if pos == self._new_starts[i]:
            return self._orig_starts[i]
        return self._orig_ends[i] if end else self._orig_starts[i]

    def from_original(self, pos: int) -> int:
        """Map an offset in the original text to the repaired text."""
        i = bisect_right(self._orig_starts, pos) - 1
        if i < 0:
            return pos
        if pos >= self._orig_ends[i]:
            return pos - self._orig_ends[i] + self._new_ends[i]
        return self._new_starts[i]

    def changes(self) -> list[tuple[int, int, str]]:
        """The words the repair changed: each one's span in the original and what it became
        ("odtok" -> "odlok"), for showing a reader the repair beside the print."""
        out = []
        for m in re.finditer(r"\S+", self.original):
            s, e = self.from_original(m.start()), self.from_original(m.end())
            if self.text[s:e] != m.group():
                out.append((m.start(), m.end(), self.text[s:e]))
        return out

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a repaired-text span to an original-text span."""
        s = self.to_original(start)
        e = self.to_original(end, end=True) if end > start else s
        return s, max(s, e)
