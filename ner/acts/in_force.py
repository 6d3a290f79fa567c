"""The ``in_force`` component: the day an act enters into force and the day it
applies from, as its closing article prints them.

"Ta odlok začne veljati osmi dan po objavi v Uradnih objavah" counts from the
issue's date: the eighth day after it (``naslednji dan`` the next, ``z dnem
objave`` the day itself); "začne veljati 1. januarja 1990" is that day; "z dnem
sprejetja" and "velja takoj" the act's own date. "... uporablja pa se od 1. 1. 1990" is the day it
applies from. A clause that counts from a publication the file does not date gives
no day, but keeps its span.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from rapidfuzz.distance import Levenshtein

from ..core.doc import IssueDoc
from ..core.lexicon import word_table
from ..core.patterns import DATE_RE, parse_date
from ..core.records import InForce, Span
from ..registry import component

ORDINALS = {word: int(days) for word, days in word_table("ordinals").items()}
# "začne veljati", "prične veljati", "stopi v veljavo", "velja takoj"; the OCR's "začne vetjati"
ENTERS_RE = re.compile(r"(?i)(?<![\w])(?:(?:začn\w*|prične\w*|stop\w*)\s+(?:v\w{1,3}jati|v\s+veljavo)\s+"
                       r"|(?=v[et]lja\s+takoj))")
WHEN_RE = re.compile(
    r"(?i)(?:(?P<ord>[^\W\d]+)|(?P<n>\d{1,2})\s*\.?)\s+(?:dan|dni)\s+po\s+(?:\w+\s+)?objavi"
    r"|(?P<same>z\s+(?:dnem|dnevom)\s+objave)|(?P<now>v[et]lja\s+takoj)"
    r"|(?P<adopted>z\s+(?:dnem|dnevom)\s+sprejet\w*|z\s+dnem,?\s+ko\s+ga\s+sprejme)"
    rf"|(?:z\s+|dne\s+|s\s+)?(?P<date>{DATE_RE.pattern})")
APPLIES_RE = re.compile(rf"(?i)uporablja\s+(?:pa\s+)?(?:se\s+)?od\s+(?P<date>{DATE_RE.pattern})")
CLAUSE_WINDOW = 200  # characters after "začne veljati" in which its day is named


def _shifted(iso: Optional[str], days: int) -> Optional[str]:
    if not iso or len(iso) != 10:
        return None
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def _ordinal(word: str) -> Optional[int]:
    """The days an ordinal counts, read through a letter the OCR changed ("osmt")."""
    if word in ORDINALS:
        return ORDINALS[word]
    close = [days for w, days in ORDINALS.items() if len(w) >= 4 and Levenshtein.distance(w, word) == 1]
    return close[0] if len(close) == 1 else None


def entry_day(m: re.Match, published: Optional[str], adopted: Optional[str]) -> Optional[str]:
    """The day a WHEN_RE match names, given the issue's and the act's dates."""
    if m.group("ord") is not None:
        days = _ordinal(m.group("ord").lower())
        return _shifted(published, days) if days is not None else None
    if m.group("n") is not None:
        return _shifted(published, int(m.group("n")))
    if m.group("same"):
        return published if published and len(published) == 10 else None
    if m.group("adopted") or m.group("now"):  # "velja takoj": from its adoption, or else its publication
        day = adopted if m.group("adopted") else adopted or published
        return day if day and len(day) == 10 else None
    return parse_date(DATE_RE.match(m.group("date")))


def find_in_force(text: str, start: int, end: int, published: Optional[str], adopted: Optional[str]
                  ) -> Optional[InForce]:
    """The act's own clause of entry into force: the last one in text[start:end]
    (an earlier one may quote another act's)."""
    found = None
    for e in ENTERS_RE.finditer(text, start, end):
        w = WHEN_RE.match(text, e.end(), min(end, e.end() + CLAUSE_WINDOW))
        if w:
            found = (e, w)
    if found is None:
        return None
    e, w = found
    applies = APPLIES_RE.search(text, w.end(), min(end, w.end() + CLAUSE_WINDOW))
    return InForce(entry_day(w, published, adopted), Span(e.start(), w.end()), text[e.start():w.end()],
                   parse_date(DATE_RE.match(applies.group("date"))) if applies else None)


@component("in_force", requires=["doc.acts", "doc.issue", "act.date"], assigns=["act.in_force"])
def make_in_force():
    def in_force(doc: IssueDoc) -> IssueDoc:
        for act, lay in doc.in_text():
            found = find_in_force(doc.work, lay.start, lay.end, doc.issue.date, act.date)
            if found is not None:
                span = doc.span(found.span.start, found.span.end)  # into the original text
                act.in_force = replace(found, span=span, printed=span.text(doc.source.text))
        return doc

    return in_force
