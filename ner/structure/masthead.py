"""The masthead of a gazette issue: which gazette, which number, which date,
which municipalities it serves.

The masthead is the run of text before the contents or the first act: the
gazette's name (``URADNE OBJAVE OBČIN ...``), the place and date (``KOPER, 2.
JUNIJA 1972``, ``Koper, 8.oktobra 1991``, ``16. NOV. 1968``) and the number (``Št.
8``, ``ST. 17``, OCR ``Š!. 14``, ``$1. 3``), in any order. A date printed without
its year (``KOPER 3. OKTOBRA , Št. 25``) takes the year the issue's own text
points to: its citations and dated sessions are not later than the issue, and
the gazette came out on Fridays. A number the masthead lacks is taken from a
running page header (``URADNE OBJAVE 12. maja 1989 - št. 13``).
"""
from __future__ import annotations

import datetime
import re
from typing import Optional

from ..core.gazette_refs import find_citations
from ..core.doc import IssueDoc
from ..core.patterns import DATE_RE, OPENER_RE, PAGE_HEADER_RE, YEAR_RE, parse_date
from ..core.records import IssueInfo
from ..core.profiles import Profile
from ..core.region import Region
from ..registry import component

# "Št. 8", "ŠT. 17", "St 3", "Š!. 14", "§t. 34", "$1. 3", "š/. 2" (the OCR's "Št."),
# "Štev. 2", "ŠTEV. 26", "Št.: 24", "Številka: 13"
ISSUE_NO_RE = re.compile(r"(?<![\w.])[ŠSš$§5][tT!l1If/](?i:ev(?:ilka)?)?\s*\.?\s*:?\s*(?P<n>\d{1,3})\b"
                         r"(?!\s*[/,]\s*\d)(?!\.\s*\d)")
# "2. JUNIJA 1972", "8.oktobra 1991", "16. NOV. 1968", "22. JUN!J 1979", "3. OKTOBRA" (no year),
# "19, oktobta 1978" (a comma for the dot), "29. apr// 2003" (the OCR's / for i, l), a day's 1 printed as l, I or ! ("3l. julija")
MASTHEAD_DATE_RE = re.compile(rf"(?<![\d\w])(?P<d>[0-3lI!]?[\dlI!])\s*[.,]\s*(?P<m>[A-Za-zČŠŽčšž!/]{{3,10}})\.?"
                              rf"(?:\s*,?\s*(?P<y>{YEAR_RE})\b)?")
MONTH_STEMS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "avg", "sep", "okt", "nov", "dec")
SERVES_RE = re.compile(r"(?i:OBČIN|za\s+občine)\b")  # "URADNE OBJAVE OBČIN ...", "... LIST za občine ..."
SERVED_WINDOW = 120  # the municipalities served follow "občin" within this many characters
ISSUE_WEEKDAY = 4  # Friday
YEAR_PHRASE_RE = re.compile(rf"\b(?:v\s+letu|za\s+leto|leta)\s+(?P<y>{YEAR_RE})\b", re.IGNORECASE)


def month_of(word: str) -> Optional[int]:
    """The month a printed month name stands for, by its first three letters, in any
    case or form ("JUNIJA", "jun!j", "NOV"); None for another word."""
    w = word.lower().replace("!", "i")
    if w.startswith("mrc") or w.startswith("m^r"):
        return 3
    stem = w[:3]
    return MONTH_STEMS.index(stem) + 1 if stem in MONTH_STEMS else None


def masthead_date(head: str) -> Optional[tuple[int, Optional[int], int, int]]:
    """(day, year or None, month) and the end offset of the masthead's date."""
    for m in MASTHEAD_DATE_RE.finditer(head):
        month = month_of(m.group("m"))
        digits = re.sub(r"[lI!]", "1", m.group("d"))
        if not digits.isdigit():
            continue
        day = int(digits)
        if month and 1 <= day <= 31:
            return day, int(m.group("y")) if m.group("y") else None, month, m.end()
    return None


def issue_year(text: str, day: int, month: int) -> Optional[int]:
    """The year of an issue dated without one: the latest year its citations and dated
    sessions give (or, lacking them, its "v letu 1981"), or the year before or after
    it when the issue's day falls on the gazette's weekday only then."""
    years = [f.year if f.year >= 100 else (1900 + f.year if f.year >= 30 else 2000 + f.year)
             for f in find_citations(text)]
    years += [int(date[:4]) for date in map(parse_date, DATE_RE.finditer(text)) if date]
    years = years or [int(m.group("y")) for m in YEAR_PHRASE_RE.finditer(text)]
    if not years:
        return None
    latest = max(years)
    for year in (latest, latest + 1, latest - 1):
        try:
            if datetime.date(year, month, day).weekday() == ISSUE_WEEKDAY:
                return year
        except ValueError:
            return None
    return latest


def header_number(text: str, start: int) -> Optional[int]:
    """The issue's number from its first running page header after ``start``."""
    for m in PAGE_HEADER_RE.finditer(text, start):
        n = re.search(r"(?:[ŠšS$]t)\.?\s*(\d{1,3})\s*$", m.group(0).split("URADNE")[0].strip()) \
            or re.search(r"(?:[ŠšS$]t)\.?\s*(\d{1,3})", m.group(0))
        if n:
            return int(n.group(1))
    return None


def masthead_head(text: str, limit: int = 600) -> str:
    """The run of text a masthead can stand in: what precedes the first preamble
    within ``limit`` characters."""
    opener = OPENER_RE.search(text, 0, limit)
    return text[:opener.start() if opener else limit]


def _served_window(head: str) -> str:
    """Where a masthead lists the municipalities it serves: after "OBČIN", "za občine"."""
    serves = SERVES_RE.search(head)
    return head[serves.end():serves.end() + SERVED_WINDOW] if serves else ""


def served(head: str, region: Region) -> list[str]:
    """The municipalities the masthead says the gazette serves ("OBČIN IZOLA, KOPER ...")."""
    window = _served_window(head)
    return [m for m in region.municipalities if re.search(re.escape(m), window, re.IGNORECASE)]


def served_beyond(head: str, region: Region, known: tuple[str, ...]) -> tuple[str, ...]:
    """The municipalities of Slovenia (``known``) the masthead says the gazette serves
    that its profile does not list ("za občine ČRNOMELJ, KOČEVJE, ..." in 1976)."""
    window = _served_window(head)
    return tuple(m for m in known if len(m) >= 4 and m not in region.municipalities
                 and re.search(rf"(?<!\w){re.escape(m)}(?!\w)", window, re.IGNORECASE))


def named_beyond(opening: str, region: Region, known: tuple[str, ...]) -> tuple[str, ...]:
    """The municipalities of Slovenia (``known``) outside the region whose own body the
    opening of a file that names no gazette speaks of ("Statuta Občine Ormož", "je
    Občinski svet Ormož"): a web edition's act, printed without its gazette's masthead."""
    return tuple(m for m in known if len(m) >= 4 and m not in region.municipalities
                 and re.search(rf"(?:[Oo]bčin\w*|[Ss]vet)\s+{re.escape(m)}(?!\w)", opening))


def profile_issue(head: str, profile: Profile) -> Optional[tuple[int, int, int, int, int]]:
    """(number, day, month, year, end) where the profile's masthead prints number and
    date in one ("Uradni list RS, št. 85/2002 z dne 4. 10. 2002")."""
    m = profile.issue.search(head) if profile.issue else None
    return (int(m.group("n")), int(m.group("d")), int(m.group("m")), int(m.group("y")), m.end()) if m else None


def parse_masthead(text: str, profile: Optional[Profile], region: Region,
                   limit: int = 600) -> tuple[IssueInfo, int]:
    """IssueInfo and the offset where the masthead ends (0 when there is none).

    The gazette is the file's profile; a masthead must give a date besides.
    """
    if profile is None:
        return IssueInfo(), 0
    head = masthead_head(text, limit)
    one = profile_issue(head, profile)
    if one:
        number, day, month, year, end = one
        return IssueInfo(gazette=profile.name, number=number, date=f"{year:04d}-{month:02d}-{day:02d}"), end
    found = masthead_date(head)
    if not found:
        return IssueInfo(gazette=profile.name), 0
    day, year, month, date_end = found
    number_m = ISSUE_NO_RE.search(head, date_end) or ISSUE_NO_RE.search(head)
    number = int(number_m.group("n")) if number_m else header_number(text, date_end)
    year = year or issue_year(text, day, month)
    info = IssueInfo(gazette=profile.name, number=number, municipalities=served(head, region),
                     date=f"{year:04d}-{month:02d}-{day:02d}" if year else None)
    place = re.search(r"([A-ZČŠŽ][A-Za-zčšžČŠŽ]+)\s*,?\s*[0-3]?\d\s*\.\s*[A-Za-zČŠŽčšž!]{3,}",
                      head[max(0, date_end - 40):date_end])
    if place:
        info.place = place.group(1).capitalize()
    return info, max(date_end, number_m.end() if number_m else 0)


@component("masthead", requires=["doc.work", "doc.profile", "doc.region"], assigns=["doc.issue", "doc.masthead_end"])
def make_masthead(limit: int = 600):
    def masthead(doc: IssueDoc) -> IssueDoc:
        info, end = parse_masthead(doc.work, doc.profile, doc.region, limit)
        if end:
            info.span = doc.span(0, end)
        doc.issue, doc.masthead_end = info, end
        return doc

    return masthead
