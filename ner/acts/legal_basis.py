"""The legal basis of an act, from its "Na podlagi ..." clause, and the earlier
act it amends or corrects, from its title.

"Na podlagi 269. člena zakona o davkih občanov (Uradni list SRS, št. 36/88) in
239. člena statuta občine Koper je ..." names two laws: *zakon o davkih
občanov* (article 269, with its gazette reference) and *statut občine Koper*
(article 239). Names are given in the nominative: the head noun is declined
back, its complement ("o davkih občanov", "občine Koper") is already in the
genitive a name needs.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from rapidfuzz import fuzz

from ..core.doc import ActLayout, IssueDoc
from ..core.records import Act, ActReference, Citation, LegalBasis
from ..core.text import squash
from ..core.wordforms import fold
from ..registry import component
from ..core.gazette_refs import find_citations
from .citations import reference_year, to_record

# Head words of the instruments acts rest on, in any case, -> nominative.
HEADS = (
    (r"samoupravn\w+\s+sporazum\w*", "samoupravni sporazum"),
    (r"družben\w+\s+dogovor\w*", "družbeni dogovor"),
    (r"zakonik\w*", "zakonik"),
    (r"zakon\w*", "zakon"),
    (r"statut\w*", "statut"),
    (r"ustav[aeoi]", "ustava"),
    (r"odlok\w*", "odlok"),
    (r"pravilnik\w*", "pravilnik"),
    (r"dogovor\w*", "dogovor"),
    (r"sklep\w*", "sklep"),
    (r"odredb\w*", "odredba"),
    (r"uredb\w*", "uredba"),
    (r"navodil\w*", "navodilo"),
    (r"resolucij\w*", "resolucija"),
    (r"poslovnik\w*", "poslovnik"),
)
HEAD_RE = re.compile(r"(?<![\w])(?:" + "|".join(f"(?P<h{i}>{p})" for i, (p, _) in enumerate(HEADS))
                     + r")(?![\w])", re.IGNORECASE)
# Where the basis clause begins, inside a preamble.
BASIS_RE = re.compile(r"(?i)(?<![\w])(?:na\s+podlagi|na\s+osnovi|v\s+skladu\s+[sz]|skladno\s+[sz]|"
                      r"v\s+zvezi\s+[sz]|po\s+\d+\.\s*člen)")
# Where a name ends: a reference or a new item ("in 204. člena ..."), the subject
# of the preamble, a relative clause, a date ("z dne 18. 11. 1979").
STOP_RE = re.compile(
    r"\s*[(),;:]|\s+(?:in|ter)\s+(?=\d|na\s+podlagi|po\s|v\s+skladu|skladno|"
    r"(?:" + "|".join(p for p, _ in HEADS) + r")\b)"
    r"|\s+(?:je|sta|so|ki|na\s+(?:svoji\s+|skupni\s+|ločenih\s+|\d+\.\s*)*seji|na\s+predlog|"
    r"po\s+predhodnem|in\s+skladno|ter\s+po|naslednj\w+|sprejel\w*|v\s+zvezi|z\s+dne)\b"
    r"|\s+\d+\.\s*(?:člen|odstav|točk)", re.IGNORECASE)
ARTICLES_RE = re.compile(r"(\d+)\s*\.\s*(?:(?:do|-|–)\s*(\d+)\s*\.\s*)?")
MAX_NAME = 220
# Fewer characters than this before the heading are no preamble.
MIN_PREAMBLE = 20


def _head(m: re.Match) -> str:
    for i, (_, nominative) in enumerate(HEADS):
        if m.group(f"h{i}"):
            return nominative
    raise AssertionError(m)


# After an article's number, more numbers of a list and then the word for an article:
# "4., 16. in 37. člena"; a year's dot in a citation ("12/78. 6/82") or a date's
# ("z dne 18. 11. 1979") is followed by no such word.
ARTICLE_LIST_RE = re.compile(r"(?:\s*(?:,|in|ter|do|-|–)?\s*\d+\s*\.)*\s*(?:,|in|ter)?\s*"
                             r"č[lit!1](?:\.|en)", re.IGNORECASE)  # "čl.", "člena", OCR "či."


def _articles(text: str) -> list[str]:
    """Article numbers in the text before a name: "136. do 145. člena in 181. člena"."""
    return [f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)
            for m in ARTICLES_RE.finditer(text) if ARTICLE_LIST_RE.match(text, m.end())]


def find_legal_basis(text: str, start: int = 0, end: Optional[int] = None
                     ) -> Iterator[tuple[str, list[str], int, int]]:
    """(nominative name, articles, start, end) for each law named in text[start:end]
    after a basis opener ("Na podlagi", "v skladu z" ...)."""
    end = len(text) if end is None else end
    opener = BASIS_RE.search(text, start, end)
    if not opener:
        return
    pos = opener.start()
    previous_end = pos
    while True:
        m = HEAD_RE.search(text, pos, end)
        if not m:
            return
        stop = STOP_RE.search(text, m.end(), min(end, m.end() + MAX_NAME))
        name_end = stop.start() if stop else min(end, m.end() + MAX_NAME)
        complement = re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", squash(text[m.end():name_end])).strip(" ,.-—*")
        if complement and not re.match(r"\d", complement):
            name = f"{_head(m)} {complement}".replace("*", "")
            yield name, _articles(text[previous_end:m.start()]), m.start(), name_end
        previous_end = pos = max(name_end, m.end())


# "o spremembah in dopolnitvah odloka o ...", "o dopolnitvi odloka o ...", "POPRAVEK odloka o ..."
AMENDS_RE = re.compile(r"(?i)^o\s+(?:spremembi|spremembah|dopolnitvi|dopolnitvah)"
                       r"(?:\s+in\s+(?:dopolnitvi|dopolnitvah|spremembah|spremembi))?\s+(?P<target>.+)$")
TARGET_RE = re.compile(r"(?i)^(?P<head>" + "|".join(p for p, _ in HEADS) + r")\s+(?P<title>.+)$")
# "ODLOČBA o razveljavitvi nekaterih določb odloka skupščine občine Piran o ...": the court's
# (and "... in ugotoviti, da ... niso bile v skladu z ustavo": what else the court finds)
ANNULS_RE = re.compile(r"(?i)^o\s+(?:razveljavitvi|odpravi)\s+(?:(?:nekaterih\s+)?določb\w*\s+)?"
                       r"(?P<target>.+?)(?:,?\s+in\s+(?:se\s+)?ugotovi\w*\b.*)?$")
# "Z dnem, ko začne veljati ta odlok, preneha veljati odlok o ... (Uradne objave, št. 14/85)";
# "se razveljavi sklep o ..."
REPEALS_RE = re.compile(r"(?i)(?<![\w])(?:preneh\w*\s+v\w{1,3}jati|se\s+razveljavi\w*)\s+"
                        r"(?P<target>(?:" + "|".join(p for p, _ in HEADS) + r")\s+o\s+[^()]{3,200}?)"
                        r"(?=\s*\(|,\s*ki\s+(?:je|so)\s+(?:b\S*\s+)?objav|\.\s|\s+in\s+se\b)")
REPEALED_CITATION_WINDOW = 80  # characters after the repealed act's name in which its citation stands


def referenced_act(act_type: str, title: Optional[str]) -> Optional[tuple[str, str, str]]:
    """(relation, type, title) of the act that an act of this type and title
    amends or corrects, or None."""
    if not title:
        return None
    title = squash(title)
    if act_type == "popravek":
        relation, target = "corrects", title
    elif act_type == "spremembe statuta":
        return "amends", "statut", title
    elif act_type == "odločba" and (annulled := ANNULS_RE.match(title)):
        # the body that passed it may stand between the type and the title: "odloka skupščine občine Piran o ..."
        relation, target = "annuls", re.sub(r"^(\w+)\s+(?!o\s)[^,]*?\s(?=o\s)", r"\1 ", annulled.group("target"))
    else:
        m = AMENDS_RE.match(title)
        if not m:
            return None
        relation, target = "amends", m.group("target")
    return _target(relation, target)


def _target(relation: str, target: str) -> Optional[tuple[str, str, str]]:
    """(relation, type, title) of an act named "odlok o ...", in any case."""
    t = TARGET_RE.match(target)
    if not t:
        return None
    head = HEAD_RE.match(t.group("head"))
    target_type = "dogovor" if _head(head) == "družbeni dogovor" else _head(head)  # as the act types name it
    return relation, target_type, t.group("title").strip(" .")


def basis_zone(doc: IssueDoc, lay: ActLayout) -> tuple[int, int]:
    """Where an act names its legal basis: its preamble, or with none, the last
    sentence of its body that names one ("... je na podlagi 413. člena ustave ...
    odločilo")."""
    lo, hi = lay.preamble()
    if hi - lo < MIN_PREAMBLE and lay.heading:
        body = [m.start() for m in BASIS_RE.finditer(doc.work, lay.heading.title_end, lay.end)
                if m.group().lower().startswith("na")]
        lo, hi = (body[-1], lay.end) if body else (lo, lo)
    return lo, hi


def legal_bases(doc: IssueDoc, act: Act, lay: ActLayout) -> Iterator[LegalBasis]:
    """Each law the act rests on, with the gazette references in brackets after it."""
    text = doc.work
    for name, articles, s, e in find_legal_basis(text, *basis_zone(doc, lay)):
        paren = re.match(r"\s*\(([^()]{0,200})\)", text[e:e + 210])
        cites = [to_record(doc, f, reference_year(doc, act))
                 for f in find_citations(text, e, e + paren.end())] if paren else []
        yield LegalBasis(name, articles, doc.span(s, e), cites)


def repealed_acts(text: str, act: Act, lay: ActLayout) -> Iterator[ActReference]:
    """The acts that an act says cease to be in force, each with the citation
    printed after its name, if any."""
    for m in REPEALS_RE.finditer(text, lay.start, lay.end):
        target = _target("repeals", squash(m.group("target")))
        if target is None:
            continue
        cite = next((c for c, ref in zip(act.citations, lay.citations)
                     if m.end() <= ref.start <= m.end() + REPEALED_CITATION_WINDOW), None)
        yield ActReference(*target, cite)


OWN_MIN = 85  # how close the words before a citation must be to the amended act's title


def own_citation(text: str, act: Act, lay: ActLayout, title: str) -> Optional[Citation]:
    """The issue where the act it amends or corrects was published: the first item of
    the citation printed after that act's name ("V odloku o komunalnih taksah (Uradne
    objave, št. 39/88) se ..."), not any other the act gives (its statute's)."""
    target = fold(title)
    for citation, ref in zip(act.citations, lay.citations):
        before = fold(text[max(lay.start, ref.start - len(title) - 40):ref.start])
        if len(target) >= 8 and fuzz.partial_ratio(target, before) >= OWN_MIN:
            return citation
    return None


@component("legal_basis", requires=["doc.acts", "doc.issue", "act.date", "act.type", "act.citations"],
           assigns=["act.legal_basis", "act.references"])
def make_legal_basis():
    def legal_basis(doc: IssueDoc) -> IssueDoc:
        for seg in doc.segments:
            act = seg.act
            if seg.layout is not None:
                act.legal_basis.extend(legal_bases(doc, act, seg.layout))
            ref = referenced_act(act.type, act.title)
            if ref:
                relation, typ, title = ref
                own = own_citation(doc.work, act, seg.layout, title) if seg.layout is not None else None
                act.references.append(ActReference(relation, typ, title, own))
            if seg.layout is not None:
                act.references.extend(repealed_acts(doc.work, act, seg.layout))
        return doc

    return legal_basis
