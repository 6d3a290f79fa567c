"""Page layout: running headers, printed page numbers, and the words of a
document that are proper nouns (used to give titles their capitals back)."""
from __future__ import annotations

import re
from collections import Counter

from .doc import IssueDoc
from .patterns import LOW, PAGE_HEADER_RE, UP
from .region import Region
from .registry import components

# Markup some OCR tools leave behind: bold markers, table rules.
MARKUP_RE = re.compile(r"\*\*|\|[-\s|]*\||(?<=\s)\|(?=\s)")


def mask(text: str, spans) -> str:
    """Blank out spans with spaces, keeping every offset."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def page_headers(text: str, skip_before: int = 0) -> tuple[list[tuple[int, int]], list[int]]:
    spans, pages = [], []
    for m in PAGE_HEADER_RE.finditer(text):
        if m.start() < skip_before:
            continue
        spans.append((m.start(), m.end()))
        page = m.group("p1") or m.group("p2")
        if page:
            pages.append(int(page))
    return spans, pages


def missing_pages(pages: list[int]) -> list[int]:
    """Printed page numbers absent between the first and last one seen."""
    if len(pages) < 2:
        return []
    seen = set(pages)
    lo, hi = min(pages), max(pages)
    if hi - lo > 400:  # a misread number, not a real range
        return []
    return [p for p in range(lo, hi + 1) if p not in seen]


# A word after a lower-case word or a comma: mid-sentence, where capitals mean names.
_WORD_RE = re.compile(rf"(?<=[{LOW},]\s)(?<!člen\s)(?:([{UP}][{LOW}]{{2,}})|([{LOW}]{{3,}}))\b")


def proper_nouns(text: str) -> frozenset[str]:
    """Lowercased words written capitalised mid-sentence much more often than not."""
    title, lower = Counter(), Counter()
    for m in _WORD_RE.finditer(text):
        if m.group(1):
            title[m.group(1).lower()] += 1
        else:
            lower[m.group(2)] += 1
    return frozenset(w for w, n in title.items() if n >= 2 and n > 2 * lower[w])


@components.register("layout")
def make_layout(region: Region, masthead_chars: int = 400):
    def layout(doc: IssueDoc) -> IssueDoc:
        text = doc.repaired.text
        spans, pages = page_headers(text, skip_before=min(masthead_chars, len(text) // 4))
        spans += [(m.start(), m.end()) for m in MARKUP_RE.finditer(text)]
        doc.work = mask(text, spans)
        doc.pages = pages
        doc.propers = proper_nouns(doc.work) | {w.lower() for m in region.municipalities
                                                for w in m.split()}
        return doc

    return layout
