"""People named in an act, as pure functions over a string and offsets: two or
three name tokens (``Peter Bolčič``, ``DELGIUSTO Jožef``, ``Irena K OSMINA``) of
which the first or last is a known given name, or one misread in a letter the OCR
confuses (``PUCER Etvir``: Elvir); or a surname in capitals and a name whose father
or maiden name follows (``SREBERNIČ Nerin, p. Josipa``); a list item stays one name
when a line's end breaks it (``, Ingrid\nKocjančič,``)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

import wordfreq

from ..core.bodies import COMMON_NOUN_ENDINGS, is_head
from ..core.lexicon import confusions, given_names, slovenian
from ..core.names import normalise_name
from ..core.patterns import LOW, UP
from ..core.tokens import Name
from ..core.wordforms import lemma

NAME_TOKEN = rf"(?:[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?|[{UP}]{{2,}}(?:-[{UP}]{{2,}})?)"
NAME_RUN_RE = re.compile(rf"(?<![\w.]){NAME_TOKEN}(?:[ \t]+(?:[{UP}][ \t]+)?{NAME_TOKEN}){{1,7}}(?![\w])")
COMMON_FREQ = 2e-5  # words this frequent are not surnames in practice
FUNCTION_FREQ = 3e-4  # nor given names


def common_word(word: str) -> bool:
    """A word too common, or too plainly an abstract noun ("PRISTOJNOSTI"), to be a surname."""
    w = word.lower()
    return slovenian().freq(w) > COMMON_FREQ or len(w) >= 7 and w.endswith(COMMON_NOUN_ENDINGS)


def is_given_name(word: str) -> bool:
    """A given name, not a function word that some language uses as a name: Slovenian
    ("In", "So") or Italian, the coast's other language ("STRADA DELLA STAZIONE")."""
    w = word.lower()
    return len(w) > 2 and w in given_names() and slovenian().freq(w) < FUNCTION_FREQ \
        and wordfreq.word_frequency(w, "it") < FUNCTION_FREQ


# One printed letter for another that the OCR confuses (t for l, ! for i ...).
LETTER_CONFUSIONS = tuple((obs, true) for obs, true in confusions() if len(obs) == len(true) == 1)


@lru_cache(maxsize=None)
def _given_reading(word: str) -> str:
    """The given name that a word is with one letter misread ("Etvir", "ETVIR" ->
    "Elvir", "ELVIR"), when exactly one such name exists and the word is neither a
    name nor a word as printed; otherwise the word."""
    w = word.lower()
    if len(w) < 4 or is_given_name(w) or slovenian().freq(w) > 0:
        return word
    names = {n for n in (w[:i] + true + w[i + 1:] for i, ch in enumerate(w)
                         for obs, true in LETTER_CONFUSIONS if ch == obs) if is_given_name(n)}
    if len(names) != 1:
        return word
    name = names.pop()
    return name.upper() if word.isupper() else name[:1].upper() + name[1:]


# After a name in a list of owners: whose son or daughter, or born as
# ("DELGIUSTO Jožef, sin Martina", "SREBERNIČ Nerin, p. Josipa", "MARASPIN Lucija r. Fonda").
FILIATION_RE = re.compile(rf",?[ \t]+(?:p\.|pok\.|sin|hči|roj\.|r\.)[ \t]+[{UP}]")


# An item of a list broken at a line's end: ", Ingrid \n\nKocjančič, Vlasta".
BROKEN_ITEM_RE = re.compile(rf"(?<=[,:] )({NAME_TOKEN})[ \t]*\n\s*({NAME_TOKEN})(?=,|[ \t]+in[ \t]|\.)")


# Words of office that stand before a name in signature blocks ("Predsednica TATJANA KOSOVEL").
OFFICE_RE = re.compile(r"(?i)^(?:pod)?predsedni|^predsedujo|^tajni|^član|^namestni|^sekretar|^direktor|"
                       r"^župan|^načelni|^vodj|^poročeval")


def _not_in_a_name(word: str, towns: frozenset[str]) -> bool:
    """A body's head, an office, or (unless also a given name) a town or a common word."""
    return is_head(word) or OFFICE_RE.match(word) is not None \
        or (word.capitalize() in towns or common_word(word)) and not is_given_name(word)


def find_people(text: str, start: int = 0, end: Optional[int] = None,
                towns: frozenset[str] = frozenset()) -> Iterator[Name]:
    """People in text[start:end]; ``towns`` are place names, never part of a
    person's name ("Predsednik IS SO Piran Danilo Daneu") unless they are given
    names too ("MARASPIN Lucija", a woman in a list that also names KS Lucija)."""
    end = len(text) if end is None else end
    for run in NAME_RUN_RE.finditer(text, start, end):
        yield from _people_in_run(text, run, towns)
    # The runs stop at a line's end, which elsewhere parts one name from the next;
    # inside a list item, between a comma and the next, it parts a given name and surname.
    for item in BROKEN_ITEM_RE.finditer(text, start, end):
        first, surname = _given_reading(item.group(1)), item.group(2)
        if is_given_name(first) and not is_given_name(surname) and not _not_in_a_name(surname, towns):
            yield Name(item.start(1), item.end(2), nominative_name(normalise_name([first, surname])), "PER")


def _people_in_run(text: str, run: re.Match, towns: frozenset[str]) -> Iterator[Name]:
    """The people in a run of capitalised words, left to right."""
    toks = [(m.start() + run.start(), m.end() + run.start(), _given_reading(m.group()))
            for m in re.finditer(r"\S+", run.group())]
    if len(toks) >= 4 and all(t.isupper() for *_, t in toks):
        return  # a heading in capitals, not a list of names
    i = 0
    while i < len(toks):
        hit = _person_at(text, toks, i, towns)
        if hit is None:
            i += 1
            continue
        window, listed = hit
        tokens = [w for *_, w in window]
        # the surname first: normal order, whether or not the name is known
        canonical = normalise_name(tokens[::-1] if listed else tokens)
        yield Name(window[0][0], window[-1][1], nominative_name(canonical), "PER")
        i += len(window)


def _person_at(text: str, toks: list[tuple[int, int, str]], i: int, towns: frozenset[str]
               ) -> Optional[tuple[list[tuple[int, int, str]], bool]]:
    """The three or two tokens at toks[i] that name a person, and whether they are a
    list's surname-first item; None if they name none."""
    for size in (3, 2):
        window = toks[i:i + size]
        if len(window) < 2:
            continue
        words = [w for *_, w in window if len(w) > 1]
        # a list of owners prints the surname first, in capitals
        listed = (len(words) == size == 2 and words[0].isupper() and not words[-1].isupper()
                  and FILIATION_RE.match(text, window[-1][1]) is not None)
        if not (is_given_name(words[0]) or is_given_name(words[-1]) or listed):
            continue
        if any(_not_in_a_name(w, towns) for w in words):
            continue
        if size == 3 and not (is_given_name(words[0]) or is_given_name(words[1])):
            continue
        if _quoted(text, window[0][0], window[-1][1]) or _caps_given_first(words):
            continue
        return window, listed
    return None


# Quotation marks as printed and as the OCR reads an opening one ("*Ma!i Laz«").
OPENING_QUOTES, CLOSING_QUOTES = "»«„“\"*", "«»“”\""


def _quoted(text: str, start: int, end: int) -> bool:
    """A name in quotation marks names a thing, a reservoir or a school (»Mali Laz«,
    OŠ »Ivan Regent«), not a person."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before in OPENING_QUOTES or after in CLOSING_QUOTES


def _caps_given_first(words: list[str]) -> bool:
    """A given name in capitals before a word that is not: names are printed all in
    capitals or with the surname alone in them ("DELGIUSTO Jožef"), so this is an
    acronym before a name ("THO Postojnska jama")."""
    return len(words) == 2 and words[0].isupper() and not words[1].isupper() and is_given_name(words[0])


def nominative_name(name: str) -> str:
    """'Raula Šiškoviča' -> 'Raul Šiškovič', when the given name reads as an inflected form."""
    words = name.split()
    if is_given_name(words[0]):
        return name
    lemmas = [lemma(w) for w in words]
    if is_given_name(lemmas[0]):
        return " ".join(lemmas)
    return name
