"""Signature blocks: "Predsednik RAUL ŠIŠKOVIČ, l. r." -> role and person.

A name is read backwards from the "l. r." mark; its role is the text from the
nearest function word (predsednik, predsedujoča, župan ...) to the name. Stacked
functions ("Predsedujoča / Predsednica zbora krajevnih skupnosti / VERA VEZOVIK")
are kept, nearest first, joined by "; ".
"""
from __future__ import annotations

import re
from typing import Optional

from ..core.doc import ActLayout, IssueDoc
from ..core.lexicon import given_names, slovenian
from ..core.names import HONORIFIC_RE, NAME_TOKEN_RE, normalise_name
from ..core.patterns import DATUM_RE, LR_RE, NUMBER_RE, PLACE_DATE_RE, ROLE_HEAD_RE
from ..core.records import Signature
from ..registry import component

# How far before the closing block a signature may stand, how far before a name its
# function, before an "l. r." its name, and after a function word a name without one.
ZONE_BEFORE = 300
ROLE_WINDOW = 160
LR_NAME_WINDOW = 80
NAME_AFTER_WINDOW = 60
FUNCTION_WORD_FREQ = 3e-4


def _name_before(text: str, end: int, floor: int) -> Optional[tuple[int, int, list[str]]]:
    """Name tokens ending just before ``end`` (the l. r. mark)."""
    toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text[floor:end])]
    names: list[tuple[int, int, str]] = []
    for s, e, tok in reversed(toks):
        core = tok.rstrip(",.;")
        if tok.endswith(":") or not core or ROLE_HEAD_RE.fullmatch(core):
            break
        if HONORIFIC_RE.match(tok):
            names.insert(0, (floor + s, floor + e, tok))
            break
        if names and tok != core and not core[-1:].isupper():
            break  # a comma or full stop before the name ends it
        if not NAME_TOKEN_RE.match(core):
            break
        words = [t for _, _, t in names if len(t) > 1]
        if len(words) >= 2 and not (len(core) > 1 and core.isupper() == words[0].isupper()
                                   and core.lower() in given_names()):
            break
        names.insert(0, (floor + s, floor + s + len(core), core))
    if not [t for *_, t in names if len(t) > 1 and not t.endswith(".")]:
        return None
    return names[0][0], names[-1][1], [t for *_, t in names]


def _name_after(text: str, start: int, end: int) -> Optional[tuple[int, int, list[str]]]:
    """Name tokens after a function word, skipping a place-and-date line."""
    pos = start
    pd = PLACE_DATE_RE.search(text, start, end)
    if pd and not text[start:pd.start()].strip():
        pos = pd.end()
    names = []
    for m in re.finditer(r"\S+", text[pos:end]):
        core = m.group().rstrip(",.;")
        if not NAME_TOKEN_RE.match(core) or len(names) >= 3 or _function_word(core):
            break
        names.append((pos + m.start(), pos + m.start() + len(core), core))
    if len(names) < 2:
        return None
    return names[0][0], names[-1][1], [t for *_, t in names]


def _function_word(token: str) -> bool:
    """'Na', 'V', 'Pri' ...: a frequent word, so the start of a sentence, not a name."""
    return slovenian().freq(token.lower()) > FUNCTION_WORD_FREQ


def _role(text: str, lo: int, hi: int) -> tuple[Optional[str], Optional[tuple[int, int]]]:
    heads = list(ROLE_HEAD_RE.finditer(text, lo, hi))
    if not heads:
        return None, None
    # The function ends where a place-and-date line or a file number begins.
    for rx in (PLACE_DATE_RE, DATUM_RE, NUMBER_RE):
        m = rx.search(text, heads[0].end(), hi)
        if m:
            hi = m.start()
    first = heads[0].start()
    # Only heads in one run: a later, separate block restarts the role.
    parts = []
    bounds = [h.start() for h in heads] + [hi]
    for a, b in zip(bounds, bounds[1:]):
        part = re.sub(r"[^\w\s,]", " ", text[a:b]).lower()
        part = re.sub(r"\s+", " ", part).strip(" ,")
        if part:
            parts.append(part)
    return "; ".join(reversed(parts)), (first, hi)


def signers(text: str, lo: int, hi: int) -> list[tuple[int, int, list[str]]]:
    """The names signed in text[lo:hi]: one before each "l. r.", or with none, the
    name after the last function word."""
    found = []
    prev = lo
    for lr in LR_RE.finditer(text, lo, hi):
        name = _name_before(text, lr.start(), max(prev, lr.start() - LR_NAME_WINDOW))
        if name:
            found.append(name)
        prev = lr.end()
    if not found:
        heads = list(ROLE_HEAD_RE.finditer(text, lo, hi))
        if heads:
            name = _name_after(text, heads[-1].end(), min(len(text), hi + NAME_AFTER_WINDOW))
            if name:
                found.append(name)
    return found


def block_signatures(doc: IssueDoc, lay: ActLayout) -> list[Signature]:
    """The signatures of an act's closing block, each with the function before it."""
    text = doc.work
    lo = max(lay.start, lay.closing.start - ZONE_BEFORE)
    hi = lay.closing.end
    marks = sorted([m.end() for rx in (PLACE_DATE_RE, DATUM_RE, NUMBER_RE) for m in rx.finditer(text, lo, hi)])
    out = []
    prev_end = lo
    for s, e, toks in signers(text, lo, hi):
        floor = max([prev_end, s - ROLE_WINDOW] + [m for m in marks if m <= s])
        role, role_span = _role(text, floor, s)
        if role is None:
            # "ŽUPAN / Koper, 18. marca 2017 / Boris Popovič": the function
            # stands before the place-and-date line.
            role, role_span = _role(text, max(lo, s - ROLE_WINDOW), s)
        out.append(Signature(name=normalise_name(toks), role=(role or "").strip(), surface=text[s:e],
                             span=doc.span(s, e), role_span=doc.span(*role_span) if role_span else None))
        prev_end = e
    return out


@component("signatures", requires=["doc.segments"], assigns=["act.signatures"])
def make_signatures():
    def signatures(doc: IssueDoc) -> IssueDoc:
        for act, lay in doc.in_text():
            if lay.closing:
                act.signatures.extend(block_signatures(doc, lay))
        return doc

    return signatures
