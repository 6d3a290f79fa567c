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

from ..core.doc import ActLayout, IssueDoc
from ..core.records import Act, ActReference, LegalBasis
from ..core.text import squash
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
# of the preamble, a relative clause.
STOP_RE = re.compile(
    r"\s*[(),;:]|\s+(?:in|ter)\s+(?=\d|na\s+podlagi|po\s|v\s+skladu|skladno|"
    r"(?:" + "|".join(p for p, _ in HEADS) + r")\b)"
    r"|\s+(?:je|sta|so|ki|na\s+(?:svoji\s+|skupni\s+|ločenih\s+|\d+\.\s*)*seji|na\s+predlog|"
    r"po\s+predhodnem|in\s+skladno|ter\s+po|naslednj\w+|sprejel\w*|v\s+zvezi)\b"
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


def _articles(text: str) -> list[str]:
    """Article numbers in the text before a name: "136. do 145. člena in 181. člena"."""
    out = []
    for m in ARTICLES_RE.finditer(text):
        after = text[m.end():m.end() + 40].lower()
        if re.match(r"\s*(?:,|in|ter)?\s*(?:\d|čl|člen)", after) or after.lstrip().startswith("čl"):
            out.append(f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1))
    return out


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
    else:
        m = AMENDS_RE.match(title)
        if not m:
            return None
        relation, target = "amends", m.group("target")
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
                own = next((c for c in act.citations if c.gazette == "Uradne objave"), None)
                act.references.append(ActReference(relation, typ, title, own))
        return doc

    return legal_basis
