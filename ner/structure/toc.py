"""The table of contents: entries grouped under the headings of the bodies that
issued them, each a genre word in capitals and a title in lower case.

The contents follow the masthead, with or without the word VSEBINA (spaced and
misread too: ``V S E B ! N A``, ``VSEBJNA``), and end where the first act begins
(its preamble, or a body's header in capitals before it). An entry starts with a
dash and a genre in capitals (``- ODLOK o ...``, ``— RAZPIS treh ...``, ``- URADNI
POPRAVEK odloka ...``) or with a known act type alone. Between the title of one
entry and the dash of the next may stand a heading: a municipality (``Občina
Koper``, OCR ``Obema Hirska Bistrica``), or another body (``Krajevna skupnost
Šembije``, ``Obalna skupnost Koper``, ``Komunala Koper``), named in the
nominative. A body heading under a municipality's heading keeps its municipality
unless it names one itself. When the OCR interleaves two columns, a municipality's
heading can fall inside a title (``... šolstva na Občina Koper obali``): it heads
the entries after it, and the title is read without it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from rapidfuzz import fuzz

from ..core.bodies import adjective, body_ahead, is_head
from ..core.doc import IssueDoc
from ..core.lexicon import slovenian, word_list, word_set
from ..core.municipal import MUNICIPAL_CASES, municipal_heading, named_municipality, supra_municipal
from ..core.patterns import LOW, OPENER_RE, TYPE_RE, UP, refine_type, type_of
from .numbered import RUBRIC, detached_entries, first_item_again, numbered_entries, without_detached_numbers
from ..core.records import TocEntry
from ..core.text import squash, unglue_o
from ..core.region import Region
from ..core.wordforms import fold, lemma
from ..registry import component

CONTENTS_WORD_RE = re.compile(r"(?<![\w])V\s?S\s?E\s?B\s?[IJ!1lí]\s?N\s?A\b\s*:?", re.IGNORECASE)
# A genre in capitals after a dash: "- ODLOK", "— LISTA PRISPEVKOV", "- POROCtLO" (OCR)
# or without the dash, when it is a long word ("... Piran SPREMEMBE IN DOPOLNITVE pravilnika")
# (a word of it letter-spaced: "DOPOLNITEV N A VOD!LA")
DASHED_GENRE_RE = re.compile(rf"(?:[-—–•]\s*|(?<=\s)(?=[{UP}!]{{6}}))(?P<g>[{UP}][{UP}!^]{{2,}}"
                             rf"(?:\s+(?:[{UP}][{UP}!^]+|[{UP}](?:\s[{UP}!^]){{2,}}[{UP}!^]*)){{0,4}})"
                             rf"(?=\s+(?:[IVX]+\.\s+)?[{LOW}„\"»(])")
# a genre in lower case after a dash, from the list of genres ("- Sprememba cen komunalnih storitev")
GENRE_WORDS_RE = re.compile(r"[-—–•]\s*(?P<g>(?i:" + "|".join(map(re.escape, word_list("contents_genres"))) + r"))\b")
PAGE_REF_RE = re.compile(r"[,;]?\s*stran\s+\d+\s*\.?\s*$")  # "..., stran 9429."
PAGE_AFTER_RE = re.compile(r",\s*stran\s+\d+\s*\.")
# the number of the first act after the contents ("... Svetinje Občina Črnomelj 228.")
ACT_NUMBER_END_RE = re.compile(r"\s+(?!(?:19|20)\d\d\b)\d{1,4}\s*\.\s*$")
# toc titles start in lower case ("o ...", "odloka ..."), perhaps after a numeral ("II. natečaja")
ENTRY_TITLE_RE = re.compile(rf"\s+(?:[IVX]+\.\s+)?[{LOW}„\"»(]")
# an act's own heading: "ODLOK O DAVKIH", "URADNI POPRAVEK ODLOKA O POTRDITVI"
CAPS_TITLE_RE = re.compile(rf"\s*[\"»„]?\s*(?:[{UP}]{{3,}}\s+)?(?:O|ZA)\s+[{UP}]{{3,}}")
ARTICLE_RE = re.compile(r"(?<![\w.])1\s*\.\s*(?:člen|ČLEN)\b")  # the first article of an act's body
BODY_START_WINDOW = 300
BODY_EVIDENCE = 200_000  # characters after the contents searched for a title's recurrence
CONTENTS_WINDOW = 300  # with no masthead, VSEBINA opens the text within this many characters
KINDS_OF_FIRMS = word_set("kinds_of_firms")
LINKS = word_set("stop_words") | {"za", "z", "s", "v", "pri"}
DASHES = " \t\n-—–:•"
MUNICIPAL_WORD = "občina"
# A body's header in capitals, starting as section headers do ("OBČINA IZOLA", "SKLAD REZERV ...")
SECTION_RUN_RE = re.compile(r"(?<![\w])(?:" + "|".join(sorted(word_set("section_heads"))) + rf")(?:\s+[{UP}][{UP}!.,]*){{1,8}}")


@dataclass
class Heading:
    text: str
    municipal: bool  # "Občina X": it sets the municipality of the entries under it


def contents_end(text: str, start: int) -> int:
    """Where the contents end and the first act begins: its preamble, its header in
    capitals, or its own heading in capitals; the end of the text if none is there."""
    ends = [len(text)]
    opener = OPENER_RE.search(text, start)
    if opener:
        ends.append(opener.start())
        header = _header_before(text, start, opener.start())
        if header is not None:
            ends.append(header)
    for m in TYPE_RE.finditer(text, start):
        if CAPS_TITLE_RE.match(text, m.end()):
            ends.append(_header_before(text, start, m.start()) or m.start())
            break
    article = ARTICLE_RE.search(text, start)
    if article:
        ends.append(article.start())
    starts = entry_starts(text, start, min(ends))
    return min(body_after_last_entry(text, starts, min(ends)), first_item_again(text, starts, min(ends)))


def _header_before(text: str, lo: int, at: int) -> Optional[int]:
    """Start of a run of capitals just before ``at`` (a body's header over an act)."""
    words = _word_spans(text[max(lo, at - BODY_START_WINDOW):at])
    offset = max(lo, at - BODY_START_WINDOW)
    k = len(words)
    while k > 0 and _capitals(words[k - 1][2]):
        k -= 1
    if len(words) - k >= 2 and not CONTENTS_WORD_RE.search(text, offset + words[k][0], at):
        return offset + words[k][0]
    return None


def _capitals(word: str) -> bool:
    """A word in capitals, letters the OCR lowered or replaced included ("OBčtMA", "!URSKA")."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return set(word) <= set("!]|")  # a capital I the OCR printed as "!"
    return sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def entry_starts(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start of the entry's genre, end of it, act type) for each entry in text[start:end]."""
    found = [(m.start(), m.end(), type_of(m.group())) for m in TYPE_RE.finditer(text, start, end)
             if ENTRY_TITLE_RE.match(text, m.end())]
    found += [(m.start("g"), m.end("g"), type_of(m.group("g"))) for rx in (DASHED_GENRE_RE, GENRE_WORDS_RE)
              for m in rx.finditer(text, start, end)]
    found += numbered_entries(text, start, end) + detached_entries(text, start, end)
    out: list[tuple[int, int, str]] = []
    for s, e, t in sorted(found, key=lambda f: (f[0], -f[1])):  # "URADNI POPRAVEK" over "POPRAVEK"
        if out and s < out[-1][1]:
            continue
        out.append((s, e, t))
    return out


def _word_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]


def _body_heading(words: list[str], region: Region) -> bool:
    """A body named in the nominative ("Krajevna skupnost Šembije", "Komunalno
    stanovanjsko podjetje Okolje Piran"), or a firm and its town ("Komunala Koper")."""
    texts = [w.strip(",.:;") for w in words]
    if not texts[0][:1].isupper():
        return False
    if body_ahead(texts, 0):
        head = next(w for w in texts if is_head(w))
        return lemma(head).lower() == head.lower()
    town = region.municipality_in(texts[-1]) if texts[-1][:1].isupper() else None
    if town is None or fold(town) != fold(texts[-1]):
        return False  # a town in the nominative closes a firm's name; "v Kopru" ends a title
    if len(texts) == 2:
        # a firm by its one-word name ("Komunala Koper"), a noun, not an adjective of the title
        first = texts[0]
        return first.isalpha() and not adjective(first) and region.municipality_in(first) is None \
            and first.lower() not in LINKS
    # by its adjective, kind and town: "Rižanski vodovod Koper"
    return 3 == len(texts) and adjective(texts[0]) and texts[1][:1].islower()


# a numbered entry's period, then a section's heading in capitals
SECTION_AFTER_PERIOD_RE = re.compile(rf"(?<!\.[{LOW}])\.\s+(?=[{UP}]{{3,}},?\s+[{UP}]{{2,}}\b)")


def split_heading(text: str, region: Region) -> tuple[str, Optional[Heading], str]:
    """A title and the heading after it: (title, heading or None, what the heading
    interrupts of the title, which belongs to the title)."""
    text = text.rstrip(DASHES)  # the dash of the next entry
    if PAGE_REF_RE.search(text):
        return text, None, ""  # Uradni list RS's contents: one entry a line, no headings
    text = ACT_NUMBER_END_RE.sub("", text)
    if "\n\n" in text.strip():
        # contents set line by line: the heading stands on lines of its own
        title, rest = text.strip().split("\n\n", 1)
        heading = _clean(rest)
        return title, Heading(heading, municipal_heading(heading.split(), region)), ""
    section = SECTION_AFTER_PERIOD_RE.search(text)
    if section:  # "... Delavske univerze v Žalcu. IZVOLITVE, IMENOVANJA IN RAZREŠITVE ..."
        heading = _clean(text[section.end():])
        return text[:section.start()], Heading(heading, municipal_heading(heading.split(), region)), ""
    ws = _word_spans(text)
    k = _capitals_tail(ws)
    if k is not None:  # "... v občini Ptuj; UPRAVNI ORGANI SKUPŠČINE OBČINE PTUJ"
        heading = text[ws[k][0]:].strip()
        return text[:ws[k][0]], Heading(heading, municipal_heading(heading.split(), region)), ""
    for k in range(1, len(ws)):
        prev = ws[k - 1][2].lower().strip(",.")
        if prev in MUNICIPAL_CASES or prev in LINKS and not municipal_heading([w for *_, w in ws[k:]], region):
            continue  # "občine Koper", "v Kopru": the title's own words
        rest = [w for *_, w in ws[k:]]
        if municipal_heading(rest, region):
            span = _municipal_span(ws, k, region)
            tail = text[ws[span - 1][1]:] if span < len(ws) else ""
            if span < len(ws) and re.match(rf"\s*[{LOW}]", tail):
                # two columns interleaved: the heading falls inside the title
                return text[:ws[k][0]], Heading(text[ws[k][0]:ws[span - 1][1]].strip(), True), tail
            if span == len(ws) or not tail.strip() or _body_heading(tail.split(), region):
                # a municipality's heading, perhaps with a body's under it
                return text[:ws[k][0]], Heading(text[ws[k][0]:].strip(), True), ""
        # "podjetja Komunala Koper", "Tomos - TOZD Orodjarna Koper": after a kind of body or
        # firm, a firm's bare name is the title's
        apposition = len(rest) == 2 and (is_head(prev) or prev.upper() in KINDS_OF_FIRMS)
        if prev not in LINKS and not apposition and _body_heading(rest, region):
            return text[:ws[k][0]], Heading(text[ws[k][0]:].strip(), False), ""
    return text, None, ""


def _capitals_tail(ws: list[tuple[int, int, str]]) -> Optional[int]:
    """Where a run of words in capitals that ends the text starts, if it is a section
    heading: two words or more, one of them long (a title's acronyms, "ZZB NOV", are
    not); titles in the contents are in lower case."""
    k = len(ws)
    while k > 1 and _capitals(ws[k - 1][2]) and any(c.isalpha() for c in ws[k - 1][2]):
        k -= 1
    run = [w for *_, w in ws[k:]]
    return k if len(run) >= 2 and any(len(w.strip(",.;:")) >= 5 for w in run) else None


def _municipal_span(ws: list[tuple[int, int, str]], k: int, region: Region) -> int:
    """Index past "Občina X Y" starting at ws[k]: the municipality's one or two words."""
    for n in (3, 2):
        words = [w for *_, w in ws[k:k + n]]
        if len(words) == n and municipal_heading(words, region) and \
                (n == 2 or region.municipality_in(words[-1]) is not None):
            return k + n
    return k + 2


def heading_municipality(heading: str, region: Region) -> Optional[str]:
    """The municipality a heading names: the last of two municipalities' headings in a
    row heads the entries after them ("Občina Ilirska Bistrica Občina Piran — ODREDBA":
    the first one's entries the OCR put in the other column); a garbled name is
    recognised if close enough to one of the region's."""
    words = heading.split()
    starts = [k for k in range(len(words)) if municipal_heading(words[k:k + 3], region)]
    if not starts:
        return region.municipality_in(heading)
    return named_municipality(words[starts[-1] + 1:], region)


def _rubric(heading: str, region: Region) -> bool:
    """A section of the gazette in capitals that names no body of its own, only a kind
    ("KRAJEVNE SKUPNOSTI", "SAMOUPRAVNE INTERESNE SKUPNOSTI"): its entries are of no
    one municipality, whatever heading came before."""
    words = [w.strip(",.:;") for w in heading.split()]
    return len(words) >= 2 and all(_capitals(w) and _word(w) for w in words) \
        and region.municipality_in(heading) is None


RULE_RE = re.compile(r"_{3,}")  # a printed rule under the contents
DUST_RE = re.compile(r"\.\s+[a-zčšž]\.?\s*$")  # a letter of OCR dust after a title's period ("Celje. v.")


def _clean(text: str) -> str:
    text = CONTENTS_WORD_RE.sub(" ", text)
    text = RULE_RE.sub(" ", without_detached_numbers(text))
    text = DUST_RE.sub(".", PAGE_REF_RE.sub("", re.sub(r"\s+", " ", text)))
    # a numbered list's entries end in a period ("12. Odlok o ... Celje. 13. Odlok"), not one
    # that closes an abbreviation ("... Puconci d.o.o.")
    return unglue_o(re.sub(r"(?<!\.[a-zčšž])\.$", "", text.strip(DASHES + " x*;,")))


def body_after_last_entry(text: str, starts: list[tuple[int, int, str]], end: int) -> int:
    """The first act's header in capitals after the last entry, which ends the contents
    ("... ustavo in zakonom. OBČINA ILIRSKA BISTRICA SKLAD REZERV ... Delavci ...")."""
    if not starts:
        return end
    page = PAGE_AFTER_RE.search(text, starts[-1][1], end)  # Uradni list RS's "..., stran 4415."
    end = page.end() if page else end
    run = SECTION_RUN_RE.search(text, starts[-1][1], end)
    return run.start() if run else end


BROKEN_WORD_RE = re.compile(r"(?<!\S)(\w+)-\s+(?=\S)")
INTERRUPTION_MAX = 8  # words of the other column's line between a broken word's halves


def _word(candidate: str) -> bool:
    return candidate.isalpha() and slovenian().freq(candidate.lower()) > 0


def _joined(candidate: str) -> bool:
    """Two halves make a known word, or a form of one the word list lacks ("pristojnostih")."""
    return _word(candidate) or candidate.isalpha() and slovenian().freq(lemma(candidate.lower())) > 0


def broken_word(title: str) -> Optional[tuple[int, int, int]]:
    """(start of the break, start and end of what interrupts it) for the first word
    broken at a line's end in ``title``: the halves join into a known word, at once
    ("skup- ščine") or after a line of the other column ("preven- v prodaji na
    drobno tivo")."""
    for m in BROKEN_WORD_RE.finditer(title):
        after = list(re.finditer(r"\S+", title[m.end():]))
        joins = [(k, w) for k, w in enumerate(after[:INTERRUPTION_MAX + 1])
                 if w.group()[:1].islower() and _joined(m.group(1) + w.group().rstrip(".,;:*»\""))]
        # a half that is no word alone is the rest ("pomemb- v prodaji na drobno neje": not "na")
        joins = [j for j in joins if not _word(j[1].group().rstrip(".,;:*»\""))] or joins
        if joins:
            k, w = joins[0]
            return m.end(1), m.end() + (after[0].start() if k else 0), m.end() + w.start()
    return None


EVIDENCE_MIN = 90  # how closely a title with a moved line must recur in the issue to be preferred


def _recurs(title: str, evidence: str) -> float:
    return fuzz.partial_ratio(fold(title), evidence)


def _evidence(titles: list[str], skip: tuple[int, ...], body: str) -> str:
    """The other titles and the (folded) body, where a mended title should recur."""
    return fold(" | ".join(t for k, t in enumerate(titles) if k not in skip)) + " | " + body


def _dangling(title: str) -> bool:
    """A title cut after a link word: no title ends in "za", "pri", "in"."""
    return title.split()[-1:] in ([w] for w in LINKS)


def _owner(titles: list[str], i: int, line: str, body: str) -> int:
    """Which earlier entry a line of the other column belongs to: the one that it
    completes into a title printed elsewhere in the issue (the same act of another
    municipality, the act's own heading), else the nearest of the last two that
    ends in a word no title ends in ("... Koper za" + "leto 1972"), else the one before."""
    candidates = [j for j in (i - 1, i - 2) if j >= 0]
    scores = {j: _recurs(f"{titles[j]} {line}", _evidence(titles, (i, j), body)) for j in candidates}
    best = max(candidates, key=lambda j: scores[j])
    if scores[best] >= EVIDENCE_MIN and list(scores.values()).count(scores[best]) == 1:
        return best
    dangling = [j for j in candidates if _dangling(titles[j])]
    return dangling[0] if dangling else i - 1


def _dangling_tail(titles: list[str], j: int, body: str) -> int:
    """Where the rest of a title cut after a link word ("... za stranke pri") starts in
    the next entry, which the OCR read before it ("o delovnem času občinskih organov
    upravnih organih ..."): the tail that best completes it into a title printed
    elsewhere in the issue; 0 when none does."""
    words = titles[j + 1].split()
    evidence = _evidence(titles, (j, j + 1), body)
    scores = {k: _recurs(f"{titles[j]} {' '.join(words[k:])}", evidence) for k in range(2, len(words))}
    best = max(scores, key=lambda k: (scores[k], -k), default=0)
    return best if scores.get(best, 0) >= EVIDENCE_MIN else 0


def mend_titles(titles: list[str], body: str = "") -> list[str]:
    """The titles with their broken words joined. A line of the other column that the
    OCR put between a word's halves, or after a title cut at a link word, goes to the
    earlier entry it belongs to; the other titles and the issue's ``body`` after the
    contents tell which."""
    titles, body = list(titles), fold(body)  # folded once: every mended title is looked for in it
    for j in range(len(titles) - 1):
        if _dangling(titles[j]) and (k := _dangling_tail(titles, j, body)):
            words = titles[j + 1].split()
            titles[j], titles[j + 1] = f"{titles[j]} {' '.join(words[k:])}", " ".join(words[:k])
    for i in range(len(titles)):
        while (found := broken_word(titles[i])) is not None:
            cut, lo, hi = found
            line = titles[i][lo:hi].strip()
            titles[i] = titles[i][:cut] + titles[i][hi:]
            if line and i > 0:
                j = _owner(titles, i, line, body)
                titles[j] = f"{titles[j]} {line}"
    return titles


def parse_toc(text: str, start: int, end: int, region: Region
              ) -> list[tuple[Optional[str], Optional[str], str, str, int, int]]:
    """(heading, municipality, type, title, start, end) for each entry in text[start:end]."""
    starts = entry_starts(text, start, end)
    first = _clean(text[start:starts[0][0]]) if starts else ""
    if len(region.named_in(first)) >= 2 and not municipal_heading(first.split(), region):
        first = ""  # the masthead's list of the municipalities served ("SKUPŠČIN: GORNJA RADGONA, LENDAVA")
    heading = Heading(first, municipal_heading(first.split(), region)) if first else None
    municipality = heading_municipality(first, region) if first and not supra_municipal(first) else None
    entries = []
    for i, (s, e, act_type) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else end
        title, next_heading, rest = split_heading(text[e:stop], region)
        printed = text[s:e]
        act_type, clean = refine_type(act_type, printed, _clean(title + " " + rest if rest else title))
        if act_type != RUBRIC:
            entries.append((heading.text if heading else None, municipality, act_type, clean, s,
                            e + len(title.rstrip())))
        if next_heading is not None:
            heading = next_heading
            named = heading_municipality(next_heading.text, region)
            if supra_municipal(next_heading.text) or _rubric(next_heading.text, region):
                municipality = None  # "Ustavno sodišče SR Slovenije", "Medobčinska ... skupnost"
            elif next_heading.municipal or named is not None:
                municipality = named
    mended = mend_titles([title for *_, title, _, _ in entries], text[end:end + BODY_EVIDENCE])
    return [(*entry[:3], title, *entry[4:]) for entry, title in zip(entries, mended)]


# The year's index an issue prints ("KRONOLOŠKO KAZALO PREDPISOV IN DRUGIH AKTOV,
# OBJAVLJENIH V LETU 1982"): its entries are the acts of other issues, not this one's.
ANNUAL_INDEX_RE = re.compile(r"\b(?:KRONOLOŠKO|STVARNO|ABECEDNO|REGISTRSKO)\s+KAZALO\b"
                             r"|\bKAZALO\s+PREDPISOV\b|\bOBJAVLJENIH\s+V\s+LETU\s+\d{4}\b")


@component("toc", requires=["doc.work", "doc.masthead_end", "doc.region"], assigns=["doc.toc", "doc.toc_end"])
def make_toc():
    def toc(doc: IssueDoc) -> IssueDoc:
        start = doc.masthead_end
        # the contents follow a masthead, or at least the word VSEBINA
        has_contents = start > 0 or CONTENTS_WORD_RE.search(doc.work, 0, CONTENTS_WINDOW) is not None
        end = contents_end(doc.work, start) if has_contents else start
        doc.toc_end = end
        index = ANNUAL_INDEX_RE.search(doc.work, start, end)
        if index:
            doc.info(f"the contents are a year's index ({squash(index.group())!r}): its entries are not "
                     "read as this issue's acts")
            return doc
        for heading, municipality, typ, title, s, e in parse_toc(doc.work, start, end, doc.region):
            if title:
                doc.toc.append(TocEntry(heading=heading, municipality=municipality, type=typ, title=title,
                                        span=doc.span(s, e)))
        return doc

    return toc
