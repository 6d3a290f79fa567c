"""Regular expressions and small parsers shared by the extraction components.

They run on OCR-repaired text, but still tolerate the noise the repair leaves
(``!. r.`` for ``l. r.``, ``Št.``/``St.``/``$t.``, odd spacing).
"""
from __future__ import annotations

import re
from typing import Optional

from rapidfuzz.distance import Levenshtein

from .lexicon import word_table
from .profiles import slovenian_municipalities

UP = "A-ZČŠŽĆĐ"
LOW = "a-zčšžćđ"

MONTHS = {
    "januar": 1, "februar": 2, "marec": 3, "marc": 3, "april": 4, "maj": 5, "junij": 6,
    "julij": 7, "avgust": 8, "september": 9, "septemb": 9, "oktober": 10, "oktob": 10,
    "november": 11, "novemb": 11, "december": 12, "decemb": 12,
}
# Genitive and nominative month names, and their OCR-damaged forms (m^rca, apri)).
MONTH_RE = (r"(?i:januar(?:ja)?|februar(?:ja)?|m\W?a?rec|m\W?arca|m\^rca|april(?:a)?|apri\)|"
            r"maj(?:a)?|junij(?:a)?|julij(?:a)?|avgust(?:a)?|septemb(?:er|ra)|"
            r"oktob(?:er|ra)|novemb(?:er|ra)|decemb(?:er|ra))")
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
# 25. aprila 1989 | 9 marca 1982 | 27. 11. 1979 | 3. 3.1982 | 23/10 – 1979 | november 1979
DATE_RE = re.compile(
    rf"(?P<d>\d{{1,2}})\s*[./]?\s*(?P<m>{MONTH_RE}|\d{{1,2}})\s*[./]?\s*[-–—]?\s*(?P<y>{YEAR_RE})\b"
    rf"|(?<![\w.])(?P<m2>{MONTH_RE})\s+(?P<y2>{YEAR_RE})\b")
# A date whose year is left out: "dne 9. marca sprejela".
DAY_MONTH_RE = re.compile(rf"(?P<d>\d{{1,2}})\s*\.?\s*(?P<m>{MONTH_RE})\b(?!\s*\d)")


def month_number(word: str) -> Optional[int]:
    w = re.sub(r"\W", "", word.lower())
    if w.isdigit():
        n = int(w)
        return n if 1 <= n <= 12 else None
    if w.startswith("mrca") or w.startswith("mar"):
        return 3
    if w.startswith("apri"):
        return 4
    for stem in sorted(MONTHS, key=len, reverse=True):
        if w.startswith(stem[:4]) and stem[:4] != "mar":
            return MONTHS[stem]
    return None


def parse_date(m: re.Match, year: Optional[int] = None) -> Optional[str]:
    """ISO date (or YYYY-MM) from a DATE_RE / DAY_MONTH_RE match."""
    groups = m.groupdict()
    if groups.get("m2"):
        month = month_number(groups["m2"])
        return f"{int(groups['y2']):04d}-{month:02d}" if month else None
    y = int(groups["y"]) if groups.get("y") else year
    month = month_number(groups["m"])
    day = int(groups["d"])
    if not (y and month and 1 <= day <= 31):
        return None
    return f"{y:04d}-{month:02d}-{day:02d}"


# "l. r." (lastnoročno) and its OCR forms: l.r  1. r.  !. r.  ]. r.  I r  i. r.  1 r.
LR_RE = re.compile(r"(?<![\w.])[l1!IL\]i|t](?:\s?\.\s?|\s)r\b\.?")

# Act type words as printed in headings, with the type they stand for.
TYPE_WORDS: tuple[tuple[str, str], ...] = tuple(word_table("act_types").items())


def _spaced(word: str) -> str:
    # Headings are sometimes letter-spaced: "S K L E P E".
    parts = []
    for piece in word.split(" "):
        parts.append(r"\s?".join(re.escape(ch) for ch in piece))
    return r"\s+".join(parts)


TYPE_RE = re.compile(r"(?<![\w])(?:" + "|".join(_spaced(w) for w, _ in TYPE_WORDS) + r")(?![\w])")


def _exact_type(letters: str) -> Optional[str]:
    return next((t for word, t in TYPE_WORDS if letters == word.replace(" ", "")), None)


def type_of(printed: str) -> str:
    """The act type for a heading's type word as printed."""
    letters = re.sub(r"\s+", "", printed).upper()
    if (found := _exact_type(letters)) is not None:
        return found
    # a genre and its title's first word in capitals ("POPRAVEK ODLOKA", "SPREMEMBE IN
    # DOPOLNITVE DOLGOROČNEGA PLANA"): the type its opening words name
    words = printed.upper().split()
    for n in range(len(words) - 1, 0, -1):
        if (found := _exact_type("".join(words[:n]))) is not None:
            return found
    # a word the OCR garbled in a letter or two ("URADNI POL^AVEK", "SKEP"): the nearest type word
    best = min(TYPE_WORDS, key=lambda wt: Levenshtein.distance(letters, wt[0].replace(" ", "")))
    distance = Levenshtein.distance(letters, best[0].replace(" ", ""))
    if distance <= len(letters) // 6 and len(letters) >= 7 or distance == 1 and len(best[0]) >= 5:
        return best[1]
    return "other"


def refine_type(act_type: str, printed: str, title: str) -> tuple[str, str]:
    """Fold a title word that belongs to the type: "SPREMEMBE statuta ..."."""
    m = re.match(r"\s*statut\w*\s*", title, re.IGNORECASE)
    if re.sub(r"\s+", "", printed).upper() == "SPREMEMBE" and m:
        return "spremembe statuta", title[m.end():]
    return act_type, title


# How preambles open, and how they close just before the heading.
# "Po 13. točki 166. člena statuta ...", "Po 50. členu zakona ...": Ormož and Ptuj's form.
# "342. Občinski ljudski odbor Mozirje je po 33. členu ...": the 1950s' numbered act, its body first.
OPENER_RE = re.compile(
    r"(?<![\w])(?:Na\s+podlagi|Na\s+osnovi|V\s+skladu\s+[sz]|Pri\s+primerjanju|Pri\s+primerjavi|"
    r"Skladno\s+[sz]|Po\s+(?:\d{1,3}\.|[LIl!]\.?)\s*(?:točki|členu|odstavku|alineji)|"  # "Po L odstavku": the OCR's 1.
    r"\d{1,4}\.\s+(?=[A-ZČŠŽ][^.;]{3,120}?\s+je\s+(?:po\s+\S{1,8}\s+(?:točki|členu|odstavku)|na\s+podlagi|"
    r"v\s+skladu)))\b")
PREAMBLE_END_RE = re.compile(
    r"(?:spre\W{0,3}je[tli][aoi]?|sprejel[aoi]?|sprejemamo|sprejme|sprejema|izdaja|izda[lt][aoi]?|"
    r"dajemo|daje|objavlja|določ(?:il|a)[aoi]?|sklenil[aoi]?|potrdil[aoi]?|"
    r"naslednj[iea]|ugotovitveni(?:\s+sklep)?|odločil[aoi]?)"
    # the meeting after the verb: "sprejela na svoji seji dne 19/2-1982"
    r"(?:\s+na\s+(?:svoji\s+)?(?:\d+\.\s+)?seji\s+dne\s+\d[\d./\s-]{3,12}\d(?:\s+[a-zčšž]+\s+\d{4})?)?\W{0,12}$",
    re.IGNORECASE)

# Running page headers: "122 URADNE OBJAVE 12. maja 1989 - št. 13" and
# "12. maja 1989 - št. 13 URADNE OBJAVE 123", "PRIMORSKE NOVICE KOPER * Uradne objave".
# (and "URADNE OBJAVE 12. marca 1982 —Št. 7 99", "URADNE OBJAVE 108 12. marca 1982 — §t. 7":
# the page number after the or before its date)
_HDR_DATE = rf"(?<!\d)\d{{1,2}}\.?\s*{MONTH_RE}\s+{YEAR_RE}\s*[-—–]+\s*[ŠšS$§]t\.?\s*\d{{1,3}}"
_PAGE_AFTER = r"(?:\s+(?P<{}>\d{{1,4}})(?![\d.,/]))?"
PAGE_HEADER_RE = re.compile(
    rf"(?<!\d)(?P<p1>\d{{1,4}})\s+URADNE\s+OBJAVE\s+{_HDR_DATE}"
    rf"|{_HDR_DATE}\s+URADNE\s+OBJAVE{_PAGE_AFTER.format('p2')}"
    rf"|URADNE\s+OBJAVE\s+(?P<p4>\d{{1,4}})\s+{_HDR_DATE}"
    rf"|URADNE\s+OBJAVE\s+{_HDR_DATE}{_PAGE_AFTER.format('p3')}"
    rf"|PRIMORSKE\s+NOVICE\s+KOPER\s*\*?\s*Uradne\s+objave",
    re.IGNORECASE)

# Who signs: the head word of a signatory's function.
ROLE_HEAD_RE = re.compile(
    r"(?<![\w])(?:(?:pod)?predsedni(?:k|ca)|predsedujoč[aie]|župan(?:ja)?|sekretar(?:ka)?|"
    r"načelni(?:k|ca)|direktor(?:ica)?|sodni(?:k|ca)|namestni(?:k|ca)|vodja|"
    r"glavni\s+urednik|odgovorni\s+urednik|član(?:ica)?\s+komisije)(?![\w])",
    re.IGNORECASE)

# A file number after Št.:, Štev.:, Številka:, or after a capital "Št." with no colon where
# the place and date of signing follow ("Št. 402-1/91 Postojna, dne 5. novembra 1991"):
# a citation's "št. 36/88" is neither
NUMBER_RE = re.compile(
    r"(?<![\w])(?:(?i:[ŠS$]t(?:ev)?\.?|[ŠS]tevilka)\s*:\s*|(?:(?:[ŠS][tT]|Štev|ŠTEV)\.|[ŠS]tevilka)\s*"
    # without a colon, only before the place and date or the date's label (not "št. 5/80" cited):
    # "Štev. 02-1/61 Novo mesto, dne ...", "Št. 40-9/88 Datum: ..."
    rf"(?=[^\s()]+\s+(?:[{UP}][{LOW}]+(?:\s+(?:[{UP}][{LOW}]+|[{LOW}]{{2,}})){{0,2}}\s*[,.]\s*(?:dne\s*)?\d|Datum\b)))"
    rf"(?P<num>(?:[{UP}]{{1,2}}\s+){{0,2}}\d[\d\s\-–—/,.]*\d(?:\s*[-–—]\s*\d+)?"
    rf"(?:\s+(?:[{UP}]{{1,2}}\s+){{1,2}}\d[\d\-–/,.]*\d)?|\d)")

# A municipality of several words as the register has it ("Novo mesto", "Središče ob Dravi"),
# the longest first: a closing's place, a gazette's town.
MULTIWORD_TOWNS = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(
    (m for m in slovenian_municipalities() if " " in m), key=len, reverse=True))
PLACE_DATE_RE = re.compile(
    rf"(?P<place>{MULTIWORD_TOWNS}|[{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?)\s*[,.]\s*(?:dne\s*)?(?P<date>{DATE_RE.pattern})")
DATUM_RE = re.compile(rf"(?i:Datum)\s*:\s*(?P<date>{DATE_RE.pattern})")


def normalise_number(raw: str) -> str:
    s = raw.strip().rstrip(".,")
    s = re.sub(r"\s*[-–—]\s*", "-", s)
    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r"(?<=\d),(?=\d)", "/", s)
    s = re.sub(r"(?<=\d)\s+(?=[A-Z])", ", ", s)
    return re.sub(r"\s+", " ", s)


def _group_word(word: str) -> str:
    return re.escape(word[:-1]) + "[I!]" if word.endswith("I") else re.escape(word)


# The heading of an agreement's list of parties: "Podpisniki: UPORABNIKI: 1. TOMOS ...",
# "IZVAJALCI 1. Podjetje za PTT promet Koper", "UDELEŽENCI OBČINSKA SKUPNOST ..."
PARTY_GROUP_RE = re.compile(r"(?<![\w])(?P<g>" + "|".join(_group_word(w) for w in word_table("party_groups"))
                            + r")(?![\w])\s*:?")
PARTY_LIST_RE = re.compile(r"\s*(?:Podpisniki\s*:\s*)?" + PARTY_GROUP_RE.pattern)
