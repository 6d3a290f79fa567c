"""The numbered lists of contents that most gazettes print ("228. Odlok o ...", "229.
Sklep o ..."): where each entry starts, by its number, and where the first act, which
repeats the first entry's number, begins. The OCR's misreadings of a list's numbers
(a dash or a bracket for the period, a number misread among the run, numbers set apart
in a column of their own) are read here too."""
from __future__ import annotations

import re

from ..core.patterns import LOW, TYPE_RE, UP, type_of

# a numbered entry, the genre capitalised or in capitals: "228. Odlok o ...", "214 Odločba o ...",
# "188. Samoupravni sporazum o ...", Uradni list RS's "4225. Odlok o ..., stran 9429."
# (the OCR reads the period as a dash or a bracket: "16- Odlok o ...", "32] Odredba")
# (a statute's title is whose it is, in the genitive: "3851. Statut Občine Dobrova - Polhov Gradec";
# the 1960s name the people's committee first: "25. Odlok ObLO Brežice o ...")
NUMBERED_GENRE_RE = re.compile(rf"(?<![\w.])(?P<n>\d{{1,4}})\s*[.\]-]?\s+(?=[{UP}])(?P<g>(?i:" + TYPE_RE.pattern
                               + rf"))(?=\s+(?:[IVX]+\.\s+)?(?:[{LOW}óé„\"»(]|[{UP}][{LOW}]+(?:ega|e|ih)\b|(?:Ob|O|M)?LO\s+[{UP}]))")  # "Odlok ó": the OCR's o
# in such a list, any genre, capitalised or in capitals ("232. Ocena rasti ...", "219. Dopolnitev
# programa ...", "205. Ugotovitev, da ...", "49. JAVNI POZIV za ...")
NUMBERED_WORD_RE = re.compile(rf"(?<![\w.])(?P<n>\d{{1,4}})\s*\.?\s+(?P<g>[{UP}][{LOW}]{{3,}}|[{UP}]{{3,}}(?:\s+[{UP}]{{3,}}){{0,3}})(?=,?\s+[{LOW}„\"»(])")
# after a section's heading in capitals, any capitalised word ("... plana GOSPODARSKE
# ORGANIZACIJE IN ZAVODI 41. Bilanca Kmetijske zadruge ..."): an item of a rubric
# (balance sheets, registers, appointments), which is no act of the bodies
HEADED_NUMBER_RE = re.compile(rf"(?<![\w])(?:[{UP}]{{2,}},?\s+)+[{UP}]{{3,}}:?\s+(?P<n>\d{{1,4}})\s*\.\s+(?P<g>[{UP}][{LOW}]{{3,}})(?=\s)")
# a list whose numbers the OCR set apart in a column of their own ("... in pristoj- 25 26.
# 27. 28. 29. nostih ... Sklepi o ..."): its entries start at a capitalised genre alone
DETACHED_NUMBERS_RE = re.compile(r"(?<![\w.])\d{1,4}\.?(?:\s+\d{1,4}\.?){2,}(?=\s)")
CAPITALISED_GENRE_RE = re.compile(rf"(?<=\s)(?P<g>[{UP}][{LOW}]+(?:\s+[{LOW}]+)?)(?=\s+o\s)")
RUBRIC = ""  # the type of a rubric's item


def without_detached_numbers(text: str) -> str:
    return DETACHED_NUMBERS_RE.sub(" ", text)


def ascending(found: list[re.Match]) -> list[re.Match]:
    """The entries whose numbers go up: a lower number after them is a list of the
    first act's own ("1596. Odločba ..., stran 4415. ... 1. Odlok ... se odpravi."),
    one among them a number the OCR misread ("10. Sklep ... 1. Sklep ... 12. Sklep")."""
    run: list[re.Match] = []
    for m in found:
        if not run or int(m.group("n")) > int(run[-1].group("n")):
            run.append(m)
    # a misread number between two of the run's still opens an entry
    return [m for m in found if m in run or run and m.start() < run[-1].start()]


def numbered_entries(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The entries of a numbered list ("228. Odlok o ...", "229. Sklep o ..."), from the
    entry's number, which is no part of the title before it: those of a known genre,
    and those of any genre whose number falls in the run the known ones number;
    and the items of rubrics, whose numbers follow a section's heading."""
    known = ascending(list(NUMBERED_GENRE_RE.finditer(text, start, end)))
    numbers = {int(m.group("n")) for m in known}
    if not numbers:
        return []
    run = range(int(known[0].group("n")), max(numbers) + 2)
    other = [m for m in NUMBERED_WORD_RE.finditer(text, start, end)
             if int(m.group("n")) in run and int(m.group("n")) not in numbers]
    headed = [m for m in HEADED_NUMBER_RE.finditer(text, start, end) if _in_order(m, known)]
    # a rubric's item ("41. Bilanca ..."), not an act: it only ends the title before it
    return [(m.start("n"), m.end("g"), type_of(m.group("g"))) for m in known + other] + \
        [(m.start("n"), m.end("g"), RUBRIC) for m in headed]


def _in_order(m: re.Match, known: list[re.Match]) -> bool:
    """A number between those of the known entries before and after it (an act's
    number after the contents, "... ZAVODOV 12. Občinski ljudski odbor ...", is not)."""
    n = int(m.group("n"))
    before = [int(k.group("n")) for k in known if k.start() < m.start()]
    after = [int(k.group("n")) for k in known if k.start() > m.start()]
    return bool(before) and before[-1] < n and (not after or n < after[0])


def detached_entries(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The entries of a list whose numbers stand apart: each capitalised genre before
    "o", when a run of consecutive numbers in the contents shows the list numbered."""
    run = DETACHED_NUMBERS_RE.search(text, start, end)
    numbers = [int(n) for n in re.findall(r"\d+", run.group())] if run else []
    if not numbers or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    genres = [(m.start("g"), m.end("g"), m.group("g").upper()) for m in CAPITALISED_GENRE_RE.finditer(text, start, end)]
    return [(s, e, t) for s, e, g in genres if (t := type_of(g)) != "other" or TYPE_RE.fullmatch(g)]


def first_item_again(text: str, starts: list[tuple[int, int, str]], end: int) -> int:
    """Where the first entry's number is printed again, over its act ("... Bratonci 62
    RAZGLAS Občinska volilna komisija ..."): a numbered list's acts follow it in order."""
    first = re.match(r"\d{1,4}", text[starts[0][0]:starts[0][1]]) if starts else None
    if first is None:
        return end
    again = re.compile(rf"(?<![\w.,/]){first.group()}\s*\.?\s+(?=[{UP}])").search(text, starts[-1][1], end)
    return again.start() if again else end
