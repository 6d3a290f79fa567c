"""Act segmentation: headings, preambles, closing blocks and section headers.

An act is read as ``[section header] [preamble] HEADING title body closing``,
where the preamble (``Na podlagi ... je ... sprejela``) and the section header
(``OBČINA IZOLA``) may be missing, and the closing is the cluster of file number,
place and date and signatures (``Št.: 352-3/83 Koper, 25. aprila 1989
Predsednik RAUL ŠIŠKOVIČ, l. r.``). Text between one act's closing and the next
act that has a closing of its own is an act whose heading is not in the file (a
page missing from the scan); the table of contents names it later.
"""
from __future__ import annotations

import re
from typing import Optional

from ..core.doc import ActLayout, Closing, Heading, IssueDoc, Segment
from ..core.patterns import (DATUM_RE, LR_RE, NUMBER_RE, OPENER_RE, PARTY_LIST_RE, PLACE_DATE_RE, PREAMBLE_END_RE,
                       ROLE_HEAD_RE, TYPE_RE, TYPE_WORDS, UP, refine_type, type_of)
from ..core.records import Act
from ..registry import component
from ..core.lexicon import word_list
from ..core.text import proper_case, squash, unglue_o
from ..core.wordforms import lemma
from ..core.bodies import adjective
from .toc import LINKS

LOWER_RE = re.compile(r"[a-zčšžćđ]")
# Tokens that number a chapter or an item rather than belong to a title.
NUMBERING_RE = re.compile(r"^(?:[IVXL!1]{1,4}|\d{1,3})\.?$")
BODY_START_RE = re.compile(r"\s*(?:\d+\s*\.\s*(?:člen|ČLEN|Člen)|[a-z]\)\s)")
# In text kept in lines (web editions, column OCR), an item number on a line of its
# own ("\nI\n", "\n1.\n") opens the body: no title has one.
NUMBER_LINE_RE = re.compile(r"\n[ \t]*(?:[IVXL]{1,4}|\d{1,3})\.?[ \t]*(?=\n)")
CHAPTER_WORDS = word_list("chapter_words")
# A section header in capitals naming a body: OBČINA PIRAN, USTAVNO SODIŠČE ...
ORG_CAPS_RE = re.compile(r"\b(?:" + "|".join(word_list("header_bodies")) + r")\b")
CAPS_RUN_RE = re.compile(rf"(?:[{UP}][{UP}\-&.,!]*\s+){{1,}}[{UP}][{UP}\-&!]*(?![\w])")
# A section header starts with a body's head word in the nominative.
SECTION_HEAD_RE = re.compile(r"(?<![\w])(?:" + "|".join(word_list("section_heads")) + r")\b")
# Windows, in characters: closing marks this close are one closing block; an act
# without a heading is at least this long; a title, a preamble at most this long;
# how far before a type word its preamble's last words (or a body's header) and after
# it its title's first words are looked for; how far a signature without "l. r."
# runs after its block, and its function word before the block.
CLUSTER_GAP = 400
ORPHAN_MIN = 1500
TITLE_WINDOW = 700
PREAMBLE_MAX = 2500
PARTY_LIST_LEAD = 300  # a list of parties starts this close after the closing
BEFORE_HEADING = 160
AFTER_HEADING = 80
BARE_SIGNATURE = 120
ROLE_BEFORE = 200


def _tokens(text: str, start: int, end: int):
    for m in re.finditer(r"\S+", text[start:end]):
        yield start + m.start(), start + m.end(), m.group()


def caps_title(text: str, start: int) -> tuple[int, int]:
    """Span of a title in capitals that starts at ``start`` (empty if none)."""
    toks = list(_tokens(text, start, min(len(text), start + TITLE_WINDOW)))
    end = start
    i = 0
    kept = []
    while i < len(toks):
        s, e, tok = toks[i]
        if LOWER_RE.search(tok):
            break
        if BODY_START_RE.match(text, s) or NUMBER_LINE_RE.match(text, max(0, text.rfind("\n", 0, s))):
            break
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        if NUMBERING_RE.match(tok) and (nxt.startswith(CHAPTER_WORDS) or LOWER_RE.search(nxt)
                                        and nxt[:1].isupper()):
            break
        if tok.startswith(CHAPTER_WORDS) and nxt.startswith("DOLOČB"):
            break
        kept.append((s, e, tok))
        i += 1
    # Trailing item numbers ("... ANKARAN I 1.") belong to the body.
    while kept and NUMBERING_RE.match(kept[-1][2]) and len(kept) > 1:
        kept.pop()
    while kept and not re.search(r"[^\W_]", kept[-1][2]):  # stray quotes and dashes
        kept.pop()
    if kept and sum(1 for *_, t in kept if re.search(r"[^\W\d_]{2,}", t)) >= 1:
        end = kept[-1][1]
    return start, end


# A quoted sentence (an amendment's new wording), not a name in quotes: no title
# holds one.
QUOTED_PASSAGE_RE = re.compile(r"\s[»„\"“]\s*[A-ZČŠŽ][a-zčšž]*(?:\s+[a-zčšž]+){3}(?![^«“\"]{0,60}[«“\"])")


# Where a title in lower case ends: an article, an item, a chapter, a numbered line,
# a quoted passage, a blank line, a colon; a period unless lower case goes on ("I.
# faze", "d.o.o. in") or it closes an abbreviation ("Komunala Metlika d.o.o.").
LOWER_TITLE_STOP_RE = re.compile(
    r"\s(?:\d+\s*\.\s*(?:člen|Člen)|[a-z]\)\s|[IVX]+\.\s+[A-ZČŠŽ]|\d+\.\s+[A-ZČŠŽ])"
    r"|(?<!\.[a-zčšž])\.\s+(?![a-zčšž])|[:;]\s|\n\s*\n|" + NUMBER_LINE_RE.pattern + "|" + QUOTED_PASSAGE_RE.pattern)


def lower_title(text: str, start: int) -> tuple[int, int]:
    """Span of a title in lower case ("POPRAVEK odloka o ... 1989 3. člen ...")."""
    window = text[start:start + TITLE_WINDOW]
    stop = LOWER_TITLE_STOP_RE.search(window)
    end = start + (stop.start() if stop else len(window))
    return start, end


ITEM_BEFORE_RE = re.compile(r"(?:^|[^\w.,/:;-])\s*\d{1,4}\s*\.?\s+$")


def is_heading(text: str, m: re.Match, floor: int) -> bool:
    before = text[max(floor, m.start() - BEFORE_HEADING):m.start()]
    after = text[m.end():m.end() + AFTER_HEADING]
    if PREAMBLE_END_RE.search(before):
        return True
    if re.match(rf"\W*O\s*[{UP}]{{3,}}\s+[{UP}]", after) or re.match(rf"\W*[{UP}]{{4,}}\s+O\s+[{UP}]", after):
        return True
    # Letter-spaced on a line of its own ("Datum: 9. 5. 2024\nO D L O Č B A \nUstavno sodišče ..."):
    # type set as a heading, whatever precedes it.
    if " " in m.group().strip() and re.search(r"\n[ \t]*$", before) and re.match(r"[ \t]*\n", after):
        return True
    # The gazette's item number before a type in capitals: "62 RAZGLAS Občinska volilna
    # komisija ... objavlja", the body's subject first, its preamble after
    if m.group().isupper() and ITEM_BEFORE_RE.search(before):
        return True
    # A bare heading under a body's header: "USTAVNO SODIŠČE ODLOČBA Ustavno sodišče ..."
    run = re.search(rf"((?:[{UP}][{UP}\-.]*\s+){{2,}})$", before)
    return bool(run and ORG_CAPS_RE.search(run.group(1)))


# "... je na seji sprejel: Pravilnik o ...": the type word capitalised, run on after
# the adopting verb.
INLINE_PREAMBLE_WINDOW = 3000  # how far before such a type word its preamble's opening is looked for
INLINE_TYPE_RE = re.compile(r"(?<![\w])(?:" + "|".join(w.capitalize() for w, _ in TYPE_WORDS if " " not in w)
                            + r")(?=\s+(?:o|k|za)\s)")


def type_words(text: str, start: int) -> list[re.Match]:
    """The type words that may open a heading: in capitals, or capitalised right
    after the adopting verb."""
    inline = [m for m in INLINE_TYPE_RE.finditer(text, start)
              if PREAMBLE_END_RE.search(text, max(start, m.start() - BEFORE_HEADING), m.start())
              and not _headed_since_preamble(text, start, m.start())]
    return sorted([*TYPE_RE.finditer(text, start), *inline], key=lambda m: m.start())


def _headed_since_preamble(text: str, start: int, at: int) -> bool:
    """A heading stands between the last preamble's opening and ``at``: the verb
    before ``at`` is the body's prose ("... je v letu 2000 sprejela Odlok o ..."), not
    another preamble's."""
    openers = list(OPENER_RE.finditer(text, max(start, at - INLINE_PREAMBLE_WINDOW), at))
    return bool(openers) and TYPE_RE.search(text, openers[-1].end(), at) is not None


# "STATUT OBČINE ORMOŽ (Uradno prečiščeno besedilo – UPB3)": a consolidated text's
# mark is part of its title.
CONSOLIDATED_RE = re.compile(r"\s*\((?:ne)?uradno\s+prečiščeno\s+besedilo[^)\n]{0,30}\)", re.IGNORECASE)


# A heading's title on a line of its own that names whose the act is, in the genitive
# ("Občinskega sveta Občine Kranjska Gora", "Občine Metlika"): no verb, no closing period.
GENITIVE_LINE_RE = re.compile(r"([A-ZČŠŽ][a-zčšž]+)(?:[ \t]+(?!je\b|se\b)[\w.\-]+){0,12}?[ \t]*(?=\n)")


def heading_at(text: str, m: re.Match, propers: frozenset[str]) -> Heading:
    """The heading a type word opens, with its title."""
    t0 = m.end()
    while t0 < len(text) and text[t0] in " \t\n*\"'»«":
        t0 += 1
    s, e = caps_title(text, t0)
    if e == s and LOWER_RE.match(text[t0:t0 + 1] or "X"):
        s, e = lower_title(text, t0)
    elif e == s and "\n" in text[m.end():t0] and (line := GENITIVE_LINE_RE.match(text, t0)) \
            and lemma(line.group(1)) != line.group(1):
        s, e = line.span()  # "P O S L O V N I K\nObčinskega sveta Občine Kranjska Gora\n": whose it is
    elif e > s and (gap := re.match(r"\s+(?=[a-zčšž])", text[e:e + 12])) and not BODY_START_RE.match(text, e):
        # "POPRAVEK ODLOKA o proračunu ...", "PROGRAM PRIPRAVE\n\nprostorskih ...": a genitive
        # in capitals, then lower case
        s, e = t0, lower_title(text, e + gap.end())[1]
    e = _title_goes_on(text, s, e)
    consolidated = CONSOLIDATED_RE.match(text, e)
    e = consolidated.end() if consolidated else e
    act_type, raw = refine_type(type_of(m.group()), m.group(), clean_title(text[s:e]))
    return Heading(m.start(), m.end(), act_type, proper_case(raw, propers) if raw else None, max(e, m.end()))


# A title in lines of their own, a blank line between ("o spremembi Odloka o javnem\n\n
# občinskem glasilu"), goes on where its last word cannot end one.
TITLE_GOES_ON_RE = re.compile(r"[ \t]*\n\s*\n\s*(?=[a-zčšž])")


def _title_goes_on(text: str, s: int, e: int) -> int:
    words = text[s:e].split()
    gap = TITLE_GOES_ON_RE.match(text, e)
    if not words or gap is None or not (adjective(words[-1]) or words[-1].lower() in LINKS):
        return e
    return lower_title(text, gap.end())[1]


def clean_title(raw: str) -> str:
    raw = squash(raw).strip(" -—–,*\"'»«")
    raw = re.sub(r"(?<![\w])!(?![\w])", "I", raw)  # a lone ! in a title is a roman I
    raw = re.sub(r"^[)(0]\s+(?=[^\W\d])", "O ", raw)  # the OCR's O opening a title: "ODLOK ) USTANOVITVI"
    return unglue_o(raw)


# A title alone on the line after the adopting verb, its type word lost ("... je na
# seji dne 19. 11. 2015 sprejel\no vrednosti točke ...\n"): text kept in paragraphs.
HEADLESS_RE = re.compile(r"\n[ \t]*(o\s+[a-zčšž][^\n]{5,300})(?=\n)")
# How the body names its own act: "Ta sklep začne veljati", "S tem odlokom".
SELF_REFERENCE_RE = re.compile(r"\b(?:[Tt]a|[Ss]\s+tem|[Tt]ega)\s+([a-zčšž]{5,})")
SELF_REFERENCE_WINDOW = 3000
# the one-word types by their stems: "sklep" (sklepom), "odredb" (odredbo), "navodil"
TYPE_STEMS = tuple((re.sub(r"[AEIOU]$", "", printed).lower(), act_type)
                   for printed, act_type in TYPE_WORDS if " " not in printed)


def self_type(text: str, start: int) -> str:
    """An act's type from how its body names itself; 'other' when it does not."""
    for m in SELF_REFERENCE_RE.finditer(text, start, start + SELF_REFERENCE_WINDOW):
        for stem, act_type in TYPE_STEMS:
            if m.group(1).startswith(stem):
                return act_type
    return "other"


def headless_headings(text: str, start: int, propers: frozenset[str]) -> list[Heading]:
    out = []
    for m in HEADLESS_RE.finditer(text, start):
        if PREAMBLE_END_RE.search(text, max(start, m.start() - BEFORE_HEADING), m.start()):
            raw = clean_title(m.group(1))
            out.append(Heading(m.start(1), m.start(1), self_type(text, m.end()), proper_case(raw, propers),
                               m.end()))
    return out


def find_headings(text: str, start: int, propers: frozenset[str]) -> list[Heading]:
    out: list[Heading] = []
    floor = start
    for m in type_words(text, start):
        if out and m.start() < out[-1].title_end:
            continue
        if m.re is TYPE_RE and not is_heading(text, m, floor):
            continue
        out.append(heading_at(text, m, propers))
        floor = out[-1].title_end
    for h in headless_headings(text, start, propers):
        if not any(o.start <= h.start < o.title_end for o in out):
            out.append(h)
    return sorted(out, key=lambda h: h.start)


# "Alojz Sok l.r.\nŽUPAN OBČINE ORMOŽ": the function on the line after the signature.
FUNCTION_LINE_RE = re.compile(rf"[ \t]*\n[ \t]*{ROLE_HEAD_RE.pattern}[^\n]{{0,60}}(?=\n|$)", re.IGNORECASE)


def closings(text: str, start: int, end: int) -> list[Closing]:
    """Clusters of closing marks (number, place and date, l. r.) in text[start:end]."""
    marks = []
    for rx in (LR_RE, PLACE_DATE_RE, DATUM_RE, NUMBER_RE):
        for m in rx.finditer(text, start, end):
            marks.append((m.start(), m.end(), rx is LR_RE))
    marks.sort()
    out: list[Closing] = []
    for s, e, sig in marks:
        if out and s - out[-1].end <= CLUSTER_GAP:
            c = out[-1]
            c.end = max(c.end, e)
            c.has_signature = c.has_signature or sig
        else:
            out.append(Closing(s, e, sig))
    for c in out:
        function_line = FUNCTION_LINE_RE.match(text, c.end, end)
        if c.has_signature and function_line:
            c.end = function_line.end()
        elif not c.has_signature:
            # A signature without "l. r.": "ŽUPAN ... Boris Popovič", or "Občina Divača Drago Božac, župan": the function after the name
            tail = re.match(rf"(?:\s*(?:[{UP}][\w.]*|[,.]|{ROLE_HEAD_RE.pattern}))*",
                            text[c.end:min(end, c.end + BARE_SIGNATURE)])
            opener = OPENER_RE.search(text, c.end, min(end, c.end + len(tail.group()) + 30))
            tail_text = text[c.end:opener.start()] if opener else tail.group()
            if tail_text.strip() and ROLE_HEAD_RE.search(text, max(start, c.start - ROLE_BEFORE),
                                                        c.end + len(tail_text)):
                c.end += len(tail_text.rstrip(" ,."))
    return out


def _list_entry(text: str, at: int) -> bool:
    """'43. POKRAJINSKI MUZEJ Koper 44 OBALNA DELAVSKA UNIVERZA': a numbered entry of
    a list (the parties to an agreement), not a header; its number follows the last."""
    m = re.search(r"(\d{1,3})\.?\s*$", text[max(0, at - 6):at])
    return bool(m) and int(m.group(1)) > 1 and re.search(
        rf"(?<!\d){int(m.group(1)) - 1}\.?\s", text[max(0, at - 250):at - len(m.group())]) is not None


def section_and_start(text: str, lo: int, hi: int) -> tuple[Optional[str], int, int]:
    """Between an act's closing (lo) and the next heading (hi): the section header
    in capitals, where it starts, and where the next act (its preamble) starts."""
    opener = OPENER_RE.search(text, lo, hi)
    stop = opener.start() if opener else hi
    # The section header is the last run of capitals before the preamble.
    header, header_start = None, stop
    for run in CAPS_RUN_RE.finditer(text, lo, stop):
        head = SECTION_HEAD_RE.search(run.group())
        while head and head.group() == "OBČINE" and head.start() > 0:  # a genitive inside a run
            head = SECTION_HEAD_RE.search(run.group(), head.end())
        if head and len(run.group()) - head.start() > 8 and len(run.group()) < 200 \
                and not _list_entry(text, run.start()):
            header, header_start = squash(run.group()[head.start():]), run.start() + head.start()
            after_header = run.end()
    if opener:
        return header, header_start, opener.start()
    if header is not None:
        # No opener: the act starts where the text after the header starts.
        nxt = re.search(r"\S", text[after_header:hi])
        return header, header_start, after_header + (nxt.start() if nxt else 0)
    nxt = re.search(r"\S", text[lo:hi])
    return None, lo, lo + (nxt.start() if nxt else 0)


def act_end(text: str, h: Heading, nxt: int, found: list[Closing]) -> int:
    """Where the act under heading ``h`` ends, before the next heading at ``nxt``:
    after its closing, or, with none, where the next act's section or preamble begins."""
    if found:
        end = found[0].end
        if PARTY_LIST_RE.match(text, end, min(nxt, end + PARTY_LIST_LEAD)):
            # the agreement's parties, listed after its closing, are the act's
            header, header_start, next_start = section_and_start(text, end, nxt)
            return header_start if header else (next_start if OPENER_RE.search(text, end, nxt) else nxt)
        return end
    lo = max(h.title_end, nxt - PREAMBLE_MAX)
    header, header_start, next_start = section_and_start(text, lo, nxt)
    if header:
        return header_start
    return next_start if OPENER_RE.search(text, lo, nxt) else nxt


def signed_before(text: str, start: int, heading: int) -> Optional[Closing]:
    """A signed closing between the preamble and the heading: the council confirms a
    consolidated text ("... potrdil uradno prečiščeno besedilo Statuta ... Alojz Sok
    l.r.") and the text follows."""
    signed = [c for c in closings(text, start, heading) if c.has_signature]
    return signed[-1] if signed else None


def _segment(doc: IssueDoc, start: int, end: int, h: Optional[Heading], closing: Optional[Closing],
             section: Optional[str], seq: int) -> Segment:
    act = Act(seq=seq, type=h.type if h else "other", title=h.title if h else None,
              span=doc.span(start, end),
              heading_span=doc.span(h.start, h.title_end) if h else None,
              preamble_span=doc.span(start, h.start) if h and start < h.start else None,
              section=section)
    return Segment(act, ActLayout(start, end, h, closing))


ARTICLE_RE = re.compile(r"(?<![\w.])\d{1,3}\s*\.\s*(?:člen|ČLEN|Člen)\b")


def leading_fragment(doc: IssueDoc, headings: list[Heading]) -> Optional[Segment]:
    """The body of an act whose heading the file lost, between the contents and the
    first heading (or the end): kept when its articles show it is one ("1. člen V
    mestu Koper se imenujejo ...")."""
    text = doc.work
    stop = headings[0].start if headings else len(text)
    _, _, first = section_and_start(text, doc.toc_end, stop) if headings else (None, None, stop)
    article = ARTICLE_RE.search(text, doc.toc_end, first)
    if article is None or OPENER_RE.search(text, doc.toc_end, article.start()):
        return None
    header, header_start, next_start = section_and_start(text, article.end(), first)
    if header or OPENER_RE.search(text, article.end(), first):  # the next act begins before any heading
        first = header_start if header else next_start
    found = closings(text, article.start(), first)
    end = found[0].end if found else first
    seg = _segment(doc, doc.toc_end, end, None, found[0] if found else None, None, 1)
    seg.act.missing = ["heading"] + ([] if found else ["closing"])
    return seg


def tail_segment(doc: IssueDoc, start: int, section: Optional[str], seq: int) -> Optional[Segment]:
    """The preamble the file ends in, of an act whose heading and text are lost with
    the pages after it: an incomplete act, kept for what its preamble says."""
    text = doc.work
    opener = OPENER_RE.search(text, start)
    if opener is None or closings(text, opener.start(), len(text)):
        return None
    header, _, begin = section_and_start(text, start, len(text))
    seg = _segment(doc, begin, len(text), None, None, header or section, seq)
    seg.layout.preamble_end = len(text)
    seg.act.preamble_span = doc.span(begin, len(text))
    seg.act.missing = ["heading", "body", "closing"]
    doc.warn(f"the text ends in the preamble of act {seq}, whose heading is not in the file: "
             "kept as an incomplete act (no heading, body or closing)")
    return seg


@component("segment", requires=["doc.work", "doc.toc_end", "doc.propers"],
           assigns=["doc.headings", "doc.segments", "act.type", "act.title", "act.section", "act.missing"])
def make_segment():
    def segment(doc: IssueDoc) -> IssueDoc:
        text = doc.work
        doc.headings = headings = find_headings(text, doc.toc_end, doc.propers)
        prev_end, section = doc.toc_end, None
        segments: list[Segment] = []
        lead = leading_fragment(doc, headings)
        if lead is not None:
            segments.append(lead)
            prev_end = lead.layout.end
        for k, h in enumerate(headings):
            nxt = headings[k + 1].start if k + 1 < len(headings) else len(text)
            header, _, start = section_and_start(text, prev_end, h.start)
            section = header or section
            found = closings(text, h.title_end, nxt)
            # The next act's preamble never holds a closing, so the first closing
            # is this act's; a later one far beyond it closes an act whose heading
            # is not in the file.
            prev_end = act_end(text, h, nxt, found)
            closing = found[0] if found else signed_before(text, start, h.start)
            segments.append(_segment(doc, min(start, h.start), prev_end, h, closing, section, len(segments) + 1))
            for c in found[1:]:
                if c.start - prev_end >= ORPHAN_MIN:
                    segments.append(_segment(doc, prev_end, c.end, None, c, section, len(segments) + 1))
                    segments[-1].act.missing = ["heading"]
                    prev_end = c.end
        last = segments[-1] if segments else None
        if last and last.layout.closing is None and last.layout.heading is not None:
            last.act.missing = ["closing"]
            doc.warn(f"the text ends inside act {len(segments)} ({last.act.type} "
                     f"{(last.act.title or '')[:60]!r}), which has no closing block: "
                     "the issue may be truncated; kept as an incomplete act")
        tail = tail_segment(doc, prev_end, section, len(segments) + 1)
        doc.segments = segments + ([tail] if tail else [])
        return doc

    return segment
