"""The masthead of a gazette issue: which gazette, which number, which date,
which municipalities it serves."""
from __future__ import annotations

import re

from ..core.doc import IssueDoc
from ..core.patterns import DATE_RE, OPENER_RE, parse_date
from ..core.records import IssueInfo
from ..core.region import Region
from ..registry import component

ISSUE_NO_RE = re.compile(r"(?<![\w.])(?i:[ŠS$]t)\.?\s*(?P<n>\d{1,3})\b(?!\s*[/.,]\s*\d)")
SERVES_RE = re.compile(r"(?i:OBČIN)\b")
SERVED_WINDOW = 120  # the municipalities served follow "občin" within this many characters


def parse_masthead(text: str, region: Region, limit: int = 600) -> tuple[IssueInfo, int]:
    """IssueInfo and the offset where the masthead ends (0 when there is none).

    The masthead is what precedes the first preamble within ``limit`` characters;
    it must name a gazette (or the municipalities served) and give a date and
    an issue number.
    """
    opener = OPENER_RE.search(text, 0, limit)
    head = text[:opener.start() if opener else limit]
    gazette = None
    for name in region.gazettes:
        if re.search(r"\s+".join(map(re.escape, name.split())), head, re.IGNORECASE):
            gazette = name
            break
    served = []
    serves = SERVES_RE.search(head)
    if serves:
        window = head[serves.end():serves.end() + SERVED_WINDOW]
        for m in region.municipalities:
            if re.search(re.escape(m), window, re.IGNORECASE):
                served.append(m)
        if gazette is None and len(served) >= 2:
            gazette = region.gazettes[0]  # "Uradne objave občin ...": the regional gazette
    date_m = DATE_RE.search(head)
    number_m = ISSUE_NO_RE.search(head, date_m.end() if date_m else 0) or ISSUE_NO_RE.search(head)
    if not (gazette and date_m and number_m):
        return IssueInfo(), 0
    info = IssueInfo(gazette=gazette, number=int(number_m.group("n")), date=parse_date(date_m),
                     municipalities=served)
    end = max(date_m.end(), number_m.end())
    place = re.search(r"([A-ZČŠŽ][A-Za-zčšžČŠŽ]+)\s*,\s*$", head[:date_m.start()])
    if place:
        info.place = place.group(1).capitalize()
    return info, end


@component("masthead", requires=["doc.work"], assigns=["doc.issue", "doc.masthead_end"])
def make_masthead(region: Region, limit: int = 600):
    def masthead(doc: IssueDoc) -> IssueDoc:
        info, end = parse_masthead(doc.work, region, limit)
        if end:
            info.span = doc.span(0, end)
        doc.issue, doc.masthead_end = info, end
        return doc

    return masthead
