"""The table of contents (VSEBINA): entries grouped under municipality or body
headings, each a type word in capitals and a title in lower case."""
from __future__ import annotations

import re
from typing import Optional

from ..core.doc import IssueDoc
from ..core.lexicon import word_list
from ..core.patterns import LOW, OPENER_RE, TYPE_RE, UP, refine_type, type_of
from ..core.records import TocEntry
from ..core.region import Region
from ..registry import component

# Where the body of an issue begins: a preamble, or a section header in capitals
# such as "OBČINA IZOLA" / "OBALNA SKUPNOST KOPER".
SECTION_START_RE = re.compile(rf"(?<![\w])(?:OBČINA|OBALNA\s+SKUPNOST)\s+[{UP}]{{3,}}")
# A group heading starts with an organisation's head word in the nominative.
GROUP_HEAD_RE = re.compile(r"(?<![\w])(?:" + "|".join(w.capitalize() for w in word_list("section_heads")) + r")\b")
ENTRY_TITLE_RE = re.compile(rf"\s*[{LOW}]")  # toc titles start in lower case: "o ...", "odloka ..."
DASHES = " \t\n-—–:"


def toc_end(text: str, start: int) -> int:
    """Offset where the table of contents ends and the first act's section begins."""
    ends = [m.start() for m in (OPENER_RE.search(text, start), SECTION_START_RE.search(text, start))
            if m]
    return min(ends) if ends else start


def _clean(text: str) -> str:
    text = re.sub(r"\bVSEBINA\b:?", " ", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(DASHES + " x")


def _split_group(text: str) -> tuple[str, Optional[str]]:
    """Split 'title ... Občina Piran' into the title and the next group heading."""
    if "\n\n" in text.strip():
        first, rest = text.strip().split("\n\n", 1)
        return first, rest
    heads = list(GROUP_HEAD_RE.finditer(text))
    if heads:
        h = heads[-1]
        # A heading never follows a preposition or a genitive inside a title.
        before = text[:h.start()].rstrip()
        if before and not re.search(r"\b(?:o|v|za|pri|in|na)$", before):
            return text[:h.start()], text[h.start():]
    return text, None


def parse_toc(text: str, start: int, end: int) -> list[tuple[Optional[str], str, str, int, int]]:
    """(group heading, type, title, start, end) for each entry in text[start:end]."""
    matches = [m for m in TYPE_RE.finditer(text, start, end) if ENTRY_TITLE_RE.match(text, m.end())]
    entries = []
    heading = _clean(text[start:matches[0].start()]) if matches else None
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else end
        title, next_heading = _split_group(text[m.end():stop])
        act_type, clean_title = refine_type(type_of(m.group()), m.group(), _clean(title))
        entries.append((heading or None, act_type, clean_title, m.start(), m.end() + len(title.rstrip())))
        if next_heading is not None:
            heading = _clean(next_heading)
    return entries


@component("toc", requires=["doc.work", "doc.masthead_end"], assigns=["doc.toc", "doc.toc_end"])
def make_toc(region: Region):
    def toc(doc: IssueDoc) -> IssueDoc:
        start = doc.masthead_end
        end = toc_end(doc.work, start)
        doc.toc_end = end
        for heading, typ, title, s, e in parse_toc(doc.work, start, end):
            doc.toc.append(TocEntry(heading=heading,
                                    municipality=region.municipality_in(heading) if heading else None,
                                    type=typ, title=title, span=doc.span(s, e)))
        return doc

    return toc
