"""Gazette references: "Uradni list SRS, št. 36/88", "Ur. objave št. 8/79",
"Uradne objave, št. 12/78, 6/82,4/86.21/86", "Uradni list SFRJ, št. 33/72 ... in 39/85".

``find_citations`` is a pure function over a string: it returns one record per
cited issue, with the character span of that item and of the whole reference,
and the year as printed (two digits, mostly); ``full_year`` turns that into a
four-digit year given the year of the citing act.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from .lexicon import data_rows, word_list, word_table
from .patterns import MONTH_RE, MULTIWORD_TOWNS
from .records import Span



def _series_key(printed: str) -> str:
    return re.sub(r"[\s–—-]+", "", printed).upper().replace("MEDNARODNEPOGODBE", "MP")


# The series of "Uradni list" by their printed forms (ner/data/gazettes.tsv): "SRS" and
# "SR Slovenije" are Uradni list SRS, "RS – MP" the republic's treaty series.
SERIES = {_series_key(form): row["name"] for row in data_rows("gazettes")
          for form in row["series"].split(";") if form}
_SERIES = "|".join(r"\s*[–—-]\s*".join(r"\s*".join(map(re.escape, part.split())) for part in form.split("–"))
                   for form in sorted({f.strip() for row in data_rows("gazettes") for f in row["series"].split(";")
                                       if f.strip()}, key=len, reverse=True))
# "Uradni list SRS", "Ur. list SRS", "Ur. l. SRS", "v Uradnem listu RS"; the OCR's "Ur. 1. SRS",
# "Uradni tist SRS", "Uradni Iist", "Uradni Ust" ...
_LIST = rf"(?:Uradn\w*|Ur\.?)\s*(?:[lIt!]ist\w*|Ust\b|ist\b|[l1i!t]\.?)\s*(?P<rep>{_SERIES})?"
# "Uradne objave", "Ur. objave", "Uradnih objavah", OCR "Uradne objav e"
# (the full name lists the municipalities: "Uradne objave občin Ilirska Bistrica, ... in Sežana")
# or the newspaper that printed them ("Uradne objave Primorskih novic")
_OBJAVE = (r"(?P<objave>(?:Uradn\w*|Ur\.)\s*objav(?:\s?e|ah|ami|\w*))"
           r"(?:\s+občin\b[^()]{0,90}?(?=,?\s*št)|\s+Primorskih\s+novic)?")
# "Uradni vestnik", the district of Koper's gazette before 1964 (cited in the municipal acts)
_VESTNIK = r"(?P<vestnik>Uradn\w*\s*vestnik\w*)"
# Gazettes of other names, by the forms of ner/data/gazettes.tsv: "Uradni vestnik Zasavja",
# "SDL", "Uradnem vestniku občine Ormož" (a municipality's own: "Uradni vestnik Občine Ormož")
NAMED = tuple(row for row in data_rows("gazettes") if row["forms"])


WORD_ABBREVIATIONS = word_table("gazette_word_abbreviations")


def _word_re(word: str) -> str:
    full = re.escape(word).replace(r"\*", r"\w*")
    short = WORD_ABBREVIATIONS.get(word)
    return rf"(?:{full}|{re.escape(short)})" if short else full


def _form_re(form: str, k: int) -> str:
    # a municipality's name in a gazette's ("Uradno glasilo občine Središče ob Dravi"): one
    # of several words as the register has it, else one capitalised word
    words = [rf"(?P<town{k}>(?-i:{MULTIWORD_TOWNS}|[A-ZČŠŽ][\w-]+))" if w == "{town}" else _word_re(w) for w in form.split()]
    return r"\s+".join(words) + r"(?!\w)"


_NAMED = "|".join(rf"(?P<named{k}>{'|'.join(_form_re(f, k) for f in row['forms'].split(';'))})"
                  for k, row in enumerate(NAMED))
GAZETTE_RE = re.compile(rf"(?<![\w])(?:{_NAMED}|{_OBJAVE}|{_VESTNIK}|{_LIST})", re.IGNORECASE)
# Between the gazette and its numbers: ", št." / " št " / ". številka" / "; št." — never "Št.:",
# which introduces an act's own file number.
SEPARATOR_RE = re.compile(r"\s*[,.;]?\s*(?:(?:št|štev|številka|\$t|st)\b\.?)?(?!\s*:)\s*", re.IGNORECASE)
# One cited issue: 36/88, 13,78 or 15^76 (OCR for the slash), 10–75, 5/f72, 1/1980, with the
# item's number 15-645/76;
# or "8 z dne 7. aprila 1989"
ITEM_RE = re.compile(
    r"(?P<num>\d{1,3})(?:-\d{1,4}(?=/))?\s?(?:[/^°]\s?[a-z]?|,(?=\d)|\s?[–-]\s?(?=\d{2}(?![\d/])))"
    # a year split by the OCR inside a list ("20/7 3, 22/73")
    r"(?P<year>\d{4}|\d{2}|\d\s\d(?=\s*[,;)]|\s+in\b))(?!\d)(?![-/]\d)"
    rf"|(?P<num2>\d{{1,3}})\s+z\s+dne\s+\d{{1,2}}\s*\.\s*(?:{MONTH_RE}|\d{{1,2}}\s*\.)\s*(?P<year2>\d{{4}})"
    r"|(?P<lost>\d{3,4})(?![\d/])")
# What stands after an item before the next (ner/data/citation_notes.txt): "– popr.",
# "8/03 popr.", "– odločba US", "– UPB2"; an act's abbreviation after a dash ("– ZN",
# "– ZPP-E") before a separator; the 1991 suffix of a series ("2/91-I").
_NOTES = "|".join(r"\s+".join(map(re.escape, n.split())) for n in word_list("citation_notes"))
NOTE_RE = re.compile(
    rf"\s*(?:[–—−-]\s*)?(?:{_NOTES})(?:\d\b)?"
    r"|\s*[–—−-]\s*[A-ZČŠŽ][A-Za-zČŠŽčšž]{1,7}(?:-[A-Z0-9]{1,3})?(?=\s*(?:[,;()]|in\b|ter\b|$))"
    r"|-I\b")
LOCATIVE_CITES_RE = re.compile(r"\s*[,.]?\s*(?:št|štev)\b\.?(?!\s*:)", re.IGNORECASE)
# An amendment in brackets inside the list is an item too: "42/06 (60/06 – popr.), 26/07";
# only a bracket the list opened closes inside it.
LIST_SEP_RE = re.compile(r"\s*(?:[,.;(]|\bin\b|\bter\b)\s*(?:in\s+)?", re.IGNORECASE)
BRACKET_CLOSE_RE = re.compile(r"\s*\)")
# An item the OCR garbled beyond reading ("št /1/73, 20/73"): skipped, the list goes on.
GARBLED_ITEM_RE = re.compile(r"[/^]?\d{1,3}[/^]\d{1,2}(?=\s*[,;])")


@dataclass(frozen=True)
class Found:
    gazette: str
    number: int
    year: int  # as printed: 2 or 4 digits
    item: Span  # this number ("36/88")
    reference: Span  # the whole reference ("Uradni list SRS, št. 36/88")


def gazette_facts(name: str) -> Optional[dict[str, str]]:
    """The row of ner/data/gazettes.tsv for a gazette the reader names: its
    abbreviations, years of publication and publisher."""
    return next((row for row in data_rows("gazettes") if row["name"] == name), None)


def _gazette(m: re.Match) -> str:
    for k, row in enumerate(NAMED):
        if m.group(f"named{k}"):
            town = m.groupdict().get(f"town{k}")
            return row["name"].replace("{town}", town or "")
    if m.group("objave"):
        return "Uradne objave"
    if m.group("vestnik"):
        return "Uradni vestnik"
    return SERIES.get(_series_key(m.group("rep") or ""), "Uradni list")


def find_citations(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[Found]:
    """Every cited gazette issue in text[start:end]."""
    end = len(text) if end is None else end
    for g in GAZETTE_RE.finditer(text, start, end):
        if g.group("objave") and g.group("objave").lower().endswith("objavah"):
            # "v Uradnih objavah" is where an act is published; only "... št. 5/80" after it cites
            if not LOCATIVE_CITES_RE.match(text, g.end(), end):
                continue
        gazette = _gazette(g)
        pos = SEPARATOR_RE.match(text, g.end(), end).end()
        items: list[tuple[int, int, int, int, bool]] = []
        bracket = False
        while pos < end:
            m = ITEM_RE.match(text, pos, end)
            if not m:
                garbled = GARBLED_ITEM_RE.match(text, pos, end)
                sep = garbled and LIST_SEP_RE.match(text, garbled.end(), end)
                if sep and ITEM_RE.match(text, sep.end(), end):
                    pos = sep.end()
                    continue
            if not m:
                break
            if m.group("num") is not None:
                items.append((int(m.group("num")), int(m.group("year").replace(" ", "")), m.start(), m.end(), False))
            elif m.group("num2") is not None:
                items.append((int(m.group("num2")), int(m.group("year2")), m.start(), m.end(), False))
            else:  # "3078": a slash lost in a list of n/yy items
                digits = m.group("lost")
                items.append((int(digits[:-2]), int(digits[-2:]), m.start(), m.end(), True))
            after = m.end()
            while (note := NOTE_RE.match(text, after, end)) and note.end() > after:
                after = note.end()
            if bracket and (close := BRACKET_CLOSE_RE.match(text, after, end)):
                after, bracket = close.end(), False
            sep = LIST_SEP_RE.match(text, after, end)
            if not sep or sep.end() == after or not ITEM_RE.match(text, sep.end(), end):
                break
            bracket = bracket or "(" in sep.group()
            pos = sep.end()
        # A lost slash is only believable beside real n/yy items.
        if all(lost for *_, lost in items):
            items = []
        if not items:
            continue
        reference = Span(g.start(), items[-1][3])
        for number, year, s, e, _ in items:
            if number > 0:
                yield Found(gazette, number, year, Span(s, e), reference)


def full_year(year: int, reference_year: Optional[int]) -> int:
    """A two-digit year as the latest year not after the citing act's."""
    if year >= 100:
        return year
    if reference_year is None:
        return 1900 + year if year >= 30 else 2000 + year
    for century in (2000, 1900, 1800):
        if century + year <= reference_year:
            return century + year
    return 1900 + year
