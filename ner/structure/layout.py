"""Page layout: running headers, printed page numbers, and the words of a
document that are proper nouns (used to give titles their capitals back)."""
from __future__ import annotations

import re
from collections import Counter

from ..core.doc import IssueDoc
from ..core.patterns import LOW, PAGE_HEADER_RE, UP
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
MAX_GAP = 400  # pages further apart are a misread number, not a gap


def page_headers(text: str, skip_before: int = 0) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The running headers' spans, and the page numbers they print with their offsets."""
    spans, pages = [], []
    # The full pattern is costly; try it only around the words every header has.
    pos = skip_before
    for hint in _HEADER_HINT_RE.finditer(text, skip_before):
        m = PAGE_HEADER_RE.search(text, max(pos, hint.start() - HEADER_BEFORE), hint.end() + HEADER_AFTER)
        if m is None or m.start() < skip_before:
            continue
        pos = m.end()
        spans.append((m.start(), m.end()))
        page = next((m.group(g) for g in ("p1", "p2", "p3", "p4") if m.group(g)), None)
        if page:
            pages.append((int(page), m.start()))
    return spans, pages


def missing_pages(pages: list[tuple[int, int]]) -> list[int]:
    """The pages a file lacks: between two printed page numbers, pages whose text is
    not there. A header the OCR lost leaves its page's text in place, so a gap counts
    only where the text between the two headers is too short to fill it (less than
    half a page each, a page being as long as the file's consecutive pages are)."""
    kept: list[tuple[int, int]] = []
    for p, at in pages:
        if 0 < p < 2000 and (not kept or p > kept[-1][0]):
            kept.append((p, at))  # a number lower than the one before is misread
    pages = kept
    steps = sorted(b_at - a_at for (a, a_at), (b, b_at) in zip(pages, pages[1:]) if b == a + 1)
    if not steps:
        return []
    page_chars = steps[len(steps) // 2]
    missing = []
    for (a, a_at), (b, b_at) in zip(pages, pages[1:]):
        if 1 < b - a <= MAX_GAP and b_at - a_at < (b - a) * page_chars / 2:
            held = max(1, round((b_at - a_at) / page_chars))  # pages a, a + 1 ... whose text is there
            missing += list(range(a + held, b))
    return missing


def page_ranges(pages: list[int]) -> str:
    """"102, 117-120": consecutive pages as ranges."""
    runs: list[list[int]] = []
    for p in sorted(pages):
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


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


@component("layout", requires=["doc.repaired"], assigns=["doc.work", "doc.pages", "doc.missing_pages", "doc.propers"])
def make_layout(masthead_chars: int = 400):
    def layout(doc: IssueDoc) -> IssueDoc:
        text = doc.repaired.text
        spans, pages = page_headers(text, skip_before=min(masthead_chars, len(text) // 4))
        spans += [(m.start(), m.end()) for m in MARKUP_RE.finditer(text)]
        doc.work = mask(text, spans)
        doc.pages = pages
        doc.missing_pages = missing_pages(pages)
        doc.propers = proper_nouns(doc.work)
        return doc

    return layout
