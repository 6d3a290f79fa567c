"""Page layout: running headers, printed page numbers, and the words of a
document that are proper nouns (used to give titles their capitals back)."""
from __future__ import annotations

import re
from collections import Counter

from ..core.doc import IssueDoc
from ..core.patterns import LOW, PAGE_HEADER_RE, UP
from ..core.region import Region
from ..registry import component

# Markup some OCR tools leave behind: bold markers, table rules.
MARKUP_RE = re.compile(r"\*\*|\|[-\s|]*\||(?<=\s)\|(?=\s)")


def mask(text: str, spans) -> str:
    """Blank out spans with spaces, keeping every offset."""
    parts, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            s = pos
        if e <= s:
            continue
        parts += [text[pos:s], " " * (e - s)]
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


_HEADER_HINT_RE = re.compile(r"(?i:uradne\s+objave)")
# How far a running header reaches before and after the gazette's name in it.
HEADER_BEFORE, HEADER_AFTER = 50, 40


def page_headers(text: str, skip_before: int = 0) -> tuple[list[tuple[int, int]], list[int]]:
    spans, pages = [], []
    # The full pattern is costly; try it only around the words every header has.
    pos = skip_before
    for hint in _HEADER_HINT_RE.finditer(text, skip_before):
        m = PAGE_HEADER_RE.search(text, max(pos, hint.start() - HEADER_BEFORE), hint.end() + HEADER_AFTER)
        if m is None or m.start() < skip_before:
            continue
        pos = m.end()
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


# The word after a lower-case letter (and maybe a comma): mid-sentence.
_AFTER_LOWER_RE = re.compile(rf"[{LOW}],? (?=([{UP}{LOW}][{LOW}]{{2,}})\b)")


def proper_nouns(text: str) -> frozenset[str]:
    """Lowercased words written capitalised mid-sentence much more often than not."""
    title, lower = Counter(), Counter()
    for word, n in Counter(_AFTER_LOWER_RE.findall(text)).items():
        if word[0].isupper():
            title[word.lower()] += n
        else:
            lower[word] += n
    return frozenset(w for w, n in title.items() if n >= 2 and n > 2 * lower[w])


@component("layout", requires=["doc.repaired"], assigns=["doc.work", "doc.pages", "doc.propers"])
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
