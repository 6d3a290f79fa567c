"""Acts that several bodies adopt together, as pure functions over strings.

A joint act names its bodies in one plural clause, each with its own basis and
session ("... so izvršni svet Skupščine občine Izola na podlagi 204. člena ... na
seji dne 18. aprila 1989, izvršni svet Skupščine občine Koper ... na seji dne 12.
aprila 1989 in izvršni svet Skupščine občine Piran ... dne 7. aprila 1989
sprejeli"), and closes with a number, place and date per body ("Št.: 323-1/89
Izola, 18. aprila 1989 ... Št.: 323-7/89 Koper, 12. aprila 1989 ...").
"""
from __future__ import annotations

import re
from typing import Optional

from ..core.patterns import DATE_RE, NUMBER_RE, PLACE_DATE_RE, normalise_number, parse_date
from ..core.text import squash

PLURAL_VERB_RE = re.compile(r"\b(?:sprejeli|sprejele|sklenili|sklenile|izdali|izdale|potrdili|potrdile|"
                            r"določili|določile)\b")
AUXILIARY_RE = re.compile(r"\bso\b")
# Where one body's part of the clause ends and the next body's begins.
PART_SPLIT_RE = re.compile(r",\s+|\s+in\s+")
BODY_START_RE = re.compile(r"(?i)(?:izvršn\w+\s+svet\w*|skupščin\w+|svet\w*\s|zbor\w*\s|odbor\w*\s|"
                           r"komisij\w*|občinsk\w+\s+svet\w*|mestn\w+\s+svet\w*|župan\w*)")
# A body's phrase ends where its basis, its session or its date begins.
PHRASE_END_RE = re.compile(r"\s+(?:na\s+podlagi|na\s+osnovi|v\s+skladu|na\s+(?:[\w.]+\s+){0,3}?(?:seji|seje|zasedanju)|dne)\b|,")


def joint_bodies(preamble: str) -> list[tuple[str, Optional[str]]]:
    """(the body's phrase as printed, the date of its session) for each body of a
    joint act's preamble; empty when one body adopted it."""
    verbs = list(PLURAL_VERB_RE.finditer(preamble))
    if not verbs:
        return []
    verb = verbs[-1]
    auxiliaries = [m for m in AUXILIARY_RE.finditer(preamble, 0, verb.start())]
    if not auxiliaries:
        return []
    clause = squash(preamble[auxiliaries[-1].end():verb.start()])
    parts, start = [], 0
    for cut in PART_SPLIT_RE.finditer(clause):
        if BODY_START_RE.match(clause, cut.end()):
            parts.append(clause[start:cut.start()])
            start = cut.end()
    parts.append(clause[start:])
    bodies = []
    for part in parts:
        part = part.strip()
        if not BODY_START_RE.match(part):
            return []
        phrase = PHRASE_END_RE.split(part, maxsplit=1)[0].strip(" ,.")
        dated = [parse_date(m) for m in DATE_RE.finditer(part)]
        bodies.append((phrase, next((d for d in reversed(dated) if d), None)))
    return bodies if len(bodies) >= 2 else []


def closing_parts(zone: str) -> list[tuple[str, Optional[str]]]:
    """(file number, the place printed after it) for each number of a closing block:
    "Št.: 323-1/89 ... Izola, 18. aprila 1989 ... Št.: 323-7/89 Koper, 12. aprila 1989"."""
    numbers = list(NUMBER_RE.finditer(zone))
    out = []
    for k, m in enumerate(numbers):
        stop = numbers[k + 1].start() if k + 1 < len(numbers) else len(zone)
        place = PLACE_DATE_RE.search(zone, m.end(), stop)
        out.append((normalise_number(m.group("num")), place.group("place").split()[-1] if place else None))
    return out
