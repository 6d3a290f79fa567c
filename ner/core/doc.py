"""The object that flows through the extraction pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

from .profiles import Profile
from .records import Act, IssueInfo, Mention, Problem, Source, Span, TocEntry
from .region import Region
from .textmap import RepairedText


@dataclass
class Heading:
    """An act heading found in the text (repaired-text offsets)."""

    start: int
    end: int  # end of the type word
    type: str
    title: Optional[str]
    title_end: int


@dataclass
class Closing:
    """A cluster of closing marks: file number, place and date, signatures."""

    start: int
    end: int
    has_signature: bool


@dataclass
class ActLayout:
    """Where an act's parts lie in the repaired text."""

    start: int
    end: int
    heading: Optional[Heading]  # None for an act whose heading is not in the file
    closing: Optional[Closing]
    # the gazette references in it (set by the citations component)
    citations: list[Span] = field(default_factory=list)
    # the place of signing ("Koper, 7. decembra 1981"; set by act_fields)
    place: Optional[Span] = None
    # where the preamble of an act with no heading ends: the file ends inside it
    preamble_end: Optional[int] = None

    def preamble(self) -> tuple[int, int]:
        """Start and end of the preamble (empty when there is none)."""
        if self.heading is not None:
            return self.start, self.heading.start
        return self.start, self.preamble_end if self.preamble_end is not None else self.start


@dataclass
class Segment:
    """One act of an issue: its record and, when its text is in the file, its layout."""

    act: Act
    layout: Optional[ActLayout] = None  # None for an act known only from the contents


@dataclass
class IssueDoc:
    source: Source
    repaired: Optional[RepairedText] = None
    # The repaired text with running page headers blanked out; same length and
    # offsets as repaired.text. Components read this.
    work: str = ""
    noise: dict[str, float] = field(default_factory=dict)
    pages: list[tuple[int, int]] = field(default_factory=list)  # printed page numbers, with offsets
    missing_pages: list[int] = field(default_factory=list)  # pages whose text the file lacks
    propers: frozenset[str] = frozenset()
    profile: Optional[Profile] = None  # the gazette the file names, None when it names none
    region: Optional[Region] = None  # the profile's municipalities and bodies (or the default's)
    masthead_end: int = 0
    issue: IssueInfo = field(default_factory=IssueInfo)
    toc: list[TocEntry] = field(default_factory=list)
    contents_mentions: list[Mention] = field(default_factory=list)  # named in the contents' titles and headings
    toc_end: int = 0
    headings: list[Heading] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def acts(self) -> list[Act]:
        return [s.act for s in self.segments]

    def in_text(self) -> Iterator[tuple[Act, ActLayout]]:
        """The acts whose text is in the file, with their layouts."""
        for s in self.segments:
            if s.layout is not None:
                yield s.act, s.layout

    def span(self, start: int, end: int) -> Span:
        """A repaired-text span as a Span into the original text."""
        s, e = self.repaired.span(start, end) if self.repaired else (start, end)
        return Span(s, e)

    # A problem's message names its file, as the reader's own messages do
    # ("old.txt: not valid UTF-8 ..."), so that it can be printed alone.
    def info(self, message: str) -> None:
        self.problems.append(Problem(self.source.name, "info", f"{self.source.name}: {message}"))

    def warn(self, message: str) -> None:
        self.problems.append(Problem(self.source.name, "warning", f"{self.source.name}: {message}"))
