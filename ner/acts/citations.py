"""The ``citations`` component: every gazette issue an act cites (read by
``ner.core.gazette_refs``), one record per cited issue with a four-digit year."""
from __future__ import annotations

from typing import Optional

from ..core.doc import IssueDoc
from ..core.gazette_refs import Found, find_citations, full_year
from ..core.records import Act, Citation
from ..registry import component


def to_record(doc: IssueDoc, f: Found, reference_year: Optional[int]) -> Citation:
    """A found reference as a record: four-digit year, printed text, original spans."""
    reference = doc.span(f.reference.start, f.reference.end)
    return Citation(gazette=f.gazette, number=f.number, year=full_year(f.year, reference_year),
                    surface=reference.text(doc.source.text),
                    span=doc.span(f.item.start, f.item.end), reference_span=reference)


def reference_year(doc: IssueDoc, act: Act) -> Optional[int]:
    """The year two-digit citations are read against: the act's, else the issue's."""
    date = act.date or doc.issue.date
    return int(date[:4]) if date else None


@component("citations", requires=["doc.acts", "doc.issue", "act.date"],
           assigns=["act.citations", "layout.citations"])
def make_citations():
    def citations(doc: IssueDoc) -> IssueDoc:
        for act, lay in doc.in_text():
            for f in find_citations(doc.work, lay.start, lay.end):
                act.citations.append(to_record(doc, f, reference_year(doc, act)))
                lay.citations.append(f.reference)
        return doc

    return citations
