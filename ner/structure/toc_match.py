"""Match the acts found in the text with the table of contents.

The two lists are in the same order, so they are aligned by dynamic programming
(as two sequences), scoring type agreement, title similarity and municipality.
A matched entry supplies what the body lacks (the title of a bare ``SKLEP``; the
type and title of an act whose heading page is missing). An entry with no act
becomes an act known only from the contents; an act whose heading is lost and
that no entry claims is the tail of the act before it.
"""
from __future__ import annotations

import re
from typing import Optional

from rapidfuzz import fuzz

from ..core.doc import IssueDoc, Segment
from .layout import page_ranges
from ..core.records import Act, TocEntry
from ..core.wordforms import fold
from ..registry import component

PREAMBLE_ONLY_SCORE = 0.1  # below any act matched by its title, above none


def _norm(title: Optional[str]) -> str:
    return re.sub(r"[^\w ]", " ", fold(title or "")).strip()


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _norm(text).split() if len(w) > 3}


def _content_similarity(body: set[str], title: str) -> float:
    """Share of a title's words (as 5-letter stems) that occur in a text's stems."""
    stems = _stems(title)
    return len(stems & body) / len(stems) if stems else 0.0


def pair_score(act: Act, text: Optional[set[str]], entry: TocEntry, min_similarity: float,
               preamble_only: bool = False) -> float:
    """How well an act matches an entry; 0 means they cannot be the same act. The
    preamble a file ends in rarely repeats its act's title: its body's municipality
    and its place in the order of the contents tell its entry."""
    if act.type != "other" and act.type != entry.type:
        return 0.0
    if preamble_only:
        if act.municipality and entry.municipality:
            return PREAMBLE_ONLY_SCORE if act.municipality == entry.municipality else 0.0
        return PREAMBLE_ONLY_SCORE / 2  # a joint act's, a district's or an unheaded list's entry
    if act.title:
        sim = fuzz.ratio(_norm(act.title), _norm(entry.title)) / 100
        sim = max(sim, fuzz.partial_ratio(_norm(act.title), _norm(entry.title)) / 100 - 0.1)
    elif text is not None:
        sim = _content_similarity(text, entry.title)
    else:
        sim = min_similarity
    if sim < min_similarity:
        return 0.0
    score = sim + (0.3 if act.type == entry.type else 0.0)
    if act.municipality and entry.municipality:
        score += 0.2 if act.municipality == entry.municipality else -0.2
    return max(score, 0.01)


def align(scores: list[list[float]]) -> list[tuple[int, int]]:
    """Order-preserving matching that maximises the total score."""
    n = len(scores)
    m = len(scores[0]) if n else 0
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = best[i + 1][j + 1] + scores[i][j] if scores[i][j] > 0 else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if scores[i][j] > 0 and best[i][j] == best[i + 1][j + 1] + scores[i][j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def fill_from_contents(segments: list[Segment], toc: list[TocEntry], pairs: dict[int, int]) -> None:
    """A matched entry supplies what its act lacks."""
    for i, j in pairs.items():
        seg, entry = segments[i], toc[j]
        act = seg.act
        entry.act_index = i
        if seg.layout.preamble_end is not None:
            act.type, act.title = entry.type, entry.title  # its preamble tells the rest
            continue
        if seg.layout.heading is None:
            # Only the contents know what a headless fragment is; the section it
            # inherited from the act before is not its own.
            act.type, act.title, act.municipality = entry.type, entry.title, entry.municipality
            act.section, act.issuer = entry.heading, None
            continue
        if not act.title:
            act.title = entry.title
        if not act.municipality:
            act.municipality = entry.municipality
        elif entry.municipality is None:
            entry.municipality = act.municipality  # a list under no municipality (Uradni list RS's Kazalo)


def join_tails(doc: IssueDoc, segments: list[Segment], toc: list[TocEntry], pairs: dict[int, int]
               ) -> list[Segment]:
    """An act with a lost heading that no entry claims belongs to the act before it;
    the entries' act indexes follow."""
    keep: list[Segment] = []
    for i, seg in enumerate(segments):
        if seg.layout.heading is None and seg.layout.preamble_end is None and i not in pairs and keep:
            prev = keep[-1]
            prev.layout.end = seg.layout.end
            prev.act.span = doc.span(prev.layout.start, prev.layout.end)
            continue
        keep.append(seg)
    index = {id(seg): k for k, seg in enumerate(keep)}
    for entry in toc:
        if entry.act_index is not None:
            entry.act_index = index.get(id(segments[entry.act_index]))
    return keep


def with_contents_only(doc: IssueDoc, keep: list[Segment], toc: list[TocEntry]) -> list[Segment]:
    """Entries with no act become acts known from the contents only, placed after the
    act that the entry before them matched; the report says why their text is missing."""
    gaps = doc.missing_pages
    last_found = max((k for k, e in enumerate(toc) if e.act_index is not None), default=-1)
    final: list[Segment] = []
    placed = 0
    for k, entry in enumerate(toc):
        if entry.act_index is not None:
            final.extend(keep[placed:entry.act_index + 1])
            placed = max(placed, entry.act_index + 1)
            continue
        final.append(Segment(Act(seq=0, type=entry.type, title=entry.title, span=None,
                                 municipality=entry.municipality, section=entry.heading,
                                 from_toc=True)))
        if gaps:
            doc.info(f"the contents list {entry.type} {entry.title!r}, whose text is not in "
                     f"the file (pages {page_ranges(gaps)} are missing); kept from the contents")
        elif k > last_found:
            doc.warn(f"the contents list {entry.type} {entry.title!r}, but the text ends before "
                     "it: the issue may be truncated; kept from the contents")
        else:
            doc.warn(f"the contents list {entry.type} {entry.title!r} but no act in the text "
                     "matches it: likely a segmentation error")
    final.extend(keep[placed:])
    return final


@component("toc_match", requires=["doc.segments", "doc.toc", "doc.missing_pages", "act.municipality"],
           # the acts' list made final, and what the contents tell of its acts
           assigns=["doc.acts", "toc.act_index", "toc.municipality", "act.seq", "act.type", "act.title",
                    "act.municipality", "act.section", "act.issuer", "act.span", "layout.end"])
def make_toc_match(min_similarity: float = 0.6):
    def toc_match(doc: IssueDoc) -> IssueDoc:
        segments, toc = doc.segments, doc.toc
        texts = [_stems(doc.work[s.layout.start:s.layout.end]) if s.layout.heading is None else None
                 for s in segments]
        scores = [[pair_score(s.act, t, e, min_similarity, s.layout.preamble_end is not None) for e in toc]
                  for s, t in zip(segments, texts)]
        pairs = dict(align(scores)) if toc and segments else {}
        fill_from_contents(segments, toc, pairs)
        final = with_contents_only(doc, join_tails(doc, segments, toc, pairs), toc)
        for seq, seg in enumerate(final, 1):
            seg.act.seq = seq
        doc.segments = final
        return doc

    return toc_match
