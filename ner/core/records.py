"""Plain records produced by the extraction stage.

Every offset in a record is a 0-based, end-exclusive character offset into the
*original* text of the source file, never into the OCR-repaired copy, so that any
fact can be traced back to the page text it came from. Components use the same
``Span`` for their working offsets into the repaired text (``IssueDoc.work``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}:{self.end}")

    def text(self, original: str) -> str:
        return original[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        """The two intersect: they share a character, or an empty one lies strictly inside."""
        return self.start < other.end and other.start < self.end

    def covers(self, other: "Span") -> bool:
        """The other lies wholly inside this one."""
        return self.start <= other.start and other.end <= self.end

    def holds(self, pos: int) -> bool:
        """The character at ``pos`` is inside."""
        return self.start <= pos < self.end


@dataclass
class Source:
    """One input file as read from disk."""

    name: str  # file name, e.g. 001_2b38dc8fde4d8a88.txt
    path: str
    text: str  # decoded original text; never modified
    encoding: str
    sha256: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class IssueInfo:
    """What the masthead says about a gazette issue."""

    gazette: Optional[str] = None
    number: Optional[int] = None
    date: Optional[str] = None  # ISO date
    place: Optional[str] = None
    municipalities: list[str] = field(default_factory=list)
    span: Optional[Span] = None


@dataclass
class TocEntry:
    """One line of the table of contents (VSEBINA)."""

    heading: Optional[str]  # the group heading the entry stands under, as printed (repaired)
    municipality: Optional[str]
    type: str
    title: str
    span: Span
    act_index: Optional[int] = None  # index into IssueDoc.acts once matched


@dataclass
class Signature:
    name: str  # normal capitalisation, given name first
    role: str  # lowercase, as printed (repaired), abbreviations spelt out
    surface: str  # the name exactly as printed
    span: Span  # the name
    role_span: Optional[Span] = None
    body: Optional[str] = None  # the body the signer signs for, when the signature or a joint act says


@dataclass
class Party:
    """A body or a unit of one that signs an agreement, from its list of parties."""

    name: str  # in full: "TOMOS Koper, TOZD Pločevinarna"
    role: str  # as its group is headed, singular: uporabnik, izvajalec, udeleženec
    span: Span
    unit_of: Optional[str] = None  # the enterprise of a unit


@dataclass
class Adoption:
    """One body's adoption of an act that several bodies adopted together (an
    odredba of three executive councils): who, on which day, under which number, where."""

    issuer: str
    municipality: Optional[str] = None
    date: Optional[str] = None
    number: Optional[str] = None
    place: Optional[str] = None


@dataclass
class Citation:
    """One cited gazette issue: "Uradni list SRS, št. 7/77 in 8/78" gives two."""

    gazette: str  # "Uradni list SRS", "Uradne objave", ...
    number: int
    year: int  # four digits
    surface: str  # the whole reference as printed
    span: Span  # this issue's number in the reference ("8/78")
    reference_span: Span  # the whole reference


@dataclass
class LegalBasis:
    """A law or statute named in the preamble: "269. člena zakona o davkih občanov"."""

    name: str  # nominative: "zakon o davkih občanov"
    articles: list[str]  # "269", "136-145"
    span: Span
    citations: list[Citation] = field(default_factory=list)


@dataclass
class ActReference:
    """An earlier act that an act amends, corrects, repeals or (a court) annuls, as
    the text describes it."""

    relation: str  # "amends", "corrects", "repeals" or "annuls"
    type: str
    title: str  # without the type word: "o proračunu občine Koper za leto 1979"
    citation: Optional[Citation] = None


@dataclass(frozen=True)
class InForce:
    """When an act enters into force, as its closing clause says."""

    day: Optional[str]  # ISO date; None when counted from a publication the file does not date
    span: Span  # the clause ("začne veljati osmi dan po objavi")
    printed: str
    applies_from: Optional[str] = None  # "uporablja pa se od 1. 1. 1990"


@dataclass
class Mention:
    """A person, organisation or place named in an act."""

    label: str  # PER, ORG, LOC
    canonical: str  # nominative, normal capitalisation
    surface: str  # as printed
    span: Span
    ref: Optional[str] = None  # the register entry of a place ("settlement/10102081")
    # where a place is named: in the text, as the place of signing ("signing"), or only
    # inside an organisation's name ("in-name": "Piran" in "Skupščina občine Piran")
    where: str = "text"


@dataclass
class Act:
    seq: int
    type: str  # lowercase nominative, e.g. "odlok"
    title: Optional[str]  # repaired, without the type word
    span: Optional[Span]  # None for an act known only from the table of contents
    heading_span: Optional[Span] = None
    preamble_span: Optional[Span] = None
    issuer: Optional[str] = None
    municipality: Optional[str] = None
    section: Optional[str] = None  # the section header the act stands under, as printed
    date: Optional[str] = None  # ISO date or YYYY-MM
    date_span: Optional[Span] = None
    number: Optional[str] = None
    number_span: Optional[Span] = None
    place: Optional[str] = None
    signatures: list[Signature] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    legal_basis: list[LegalBasis] = field(default_factory=list)
    references: list[ActReference] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # every body's adoption of a joint act (two or more); issuer, date and number are the first's
    adoptions: list[Adoption] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)  # an agreement's signatory bodies
    in_force: Optional[InForce] = None
    from_toc: bool = False  # True when only the table of contents lists it
    # the parts of an act whose text the file holds only in part: "heading" (a page
    # before it is lost), "body" and "closing" (the file ends before them)
    missing: list[str] = field(default_factory=list)


@dataclass
class Problem:
    """Something the user should know about one input file."""

    source: str
    level: str  # "warning" or "error"
    message: str
