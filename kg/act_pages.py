"""One page per act: its facts, and its text as printed with what the build read in it
marked (in the manner of spaCy's displaCy): people, bodies, places, citations, the
legal basis and the signatures, each mark linking to its entity's page, and the
words the OCR repair changed underlined, the repair on hover.

The facts come from the graph, the text from the build's ``sources/`` folder; every
mark is a span the graph records, so the page shows the provenance of each fact.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from markupsafe import Markup
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from .exports import NODE_CLASSES, label
from .sources import read_source
from .vocab import ELI, MK

# Outer marks first where spans tie: a legal basis holds its citations, a signature its name.
NESTING = {"basis": 0, "citation": 1, "party": 2, "signature": 3, "mention": 4, "ocr": 5}
# what an act does to another, and what the other shows of it
RELATIONS = ((ELI.amends, "amends", "amended by"), (MK.corrects, "corrects", "corrected by"),
             (ELI.repeals, "repeals", "repealed by"), (MK.annuls, "annuls", "annulled by"))
ENTITY_TAGS = {"person": "PER", "body": "ORG", "place": "LOC", "municipality": "LOC"}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    what: str  # a key of NESTING
    kind: str  # the node kind it points at ("person", "issue", ...), for its colour
    title: str
    href: str = ""


def merged(marks: Iterable[Mark]) -> list[Mark]:
    """One mark per span and kind of mark, in text order: a reference printed once for
    three issues ("Uradni list SRS, št. 16/67, 27/72 in 8/78") is one mark citing three."""
    groups: dict[tuple, list[Mark]] = {}
    for m in marks:
        groups.setdefault((m.start, -m.end, NESTING[m.what], m.what), []).append(m)
    out = []
    for key in sorted(groups):
        ms = sorted(groups[key], key=lambda m: (m.kind, m.title, m.href))
        titles = list(dict.fromkeys(m.title for m in ms))
        out.append(Mark(ms[0].start, ms[0].end, ms[0].what, ms[0].kind, "; ".join(titles), ms[0].href))
    return out


def nested(marks: Iterable[Mark]) -> list[Mark]:
    """The marks that nest: one that crosses the end of a mark it starts inside is left
    out, and so is a second mark on the same span (a signer's name is also a mention)."""
    kept: list[Mark] = []
    stack: list[Mark] = []
    for m in merged(marks):
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if m.end <= m.start or stack and m.end > stack[-1].end:
            continue
        if stack and (stack[-1].start, stack[-1].end) == (m.start, m.end) and "ocr" not in (m.what, stack[-1].what):
            continue
        kept.append(m)
        stack.append(m)
    return kept


def _open(m: Mark, in_link: bool) -> str:
    cls = f"m {m.what} k-{m.kind.replace(' ', '-')}"
    if m.href and not in_link:
        return f'<a class="{cls}" href="{escape(m.href)}" title="{escape(m.title)}">'
    return f'<span class="{cls}" title="{escape(m.title)}">'


def _close(m: Mark, in_link: bool) -> str:
    tag = ENTITY_TAGS.get(m.kind) if m.what == "mention" else None
    chip = f'<b class="tag">{tag}</b>' if tag else ""
    return chip + ("</a>" if m.href and not in_link else "</span>")


def marked_html(text: str, start: int, end: int, marks: Iterable[Mark]) -> Markup:
    """text[start:end], escaped, with the marks inside it as nested elements."""
    out: list[str] = []
    stack: list[tuple[Mark, bool]] = []
    pos = start

    def upto(k: int) -> None:
        nonlocal pos
        out.append(escape(text[pos:k]))
        pos = k

    for m in nested(x for x in marks if start <= x.start and x.end <= end):
        while stack and stack[-1][0].end <= m.start:
            upto(stack[-1][0].end)
            out.append(_close(*stack.pop()))
        upto(m.start)
        in_link = any(s.href and not inner for s, inner in stack)
        out.append(_open(m, in_link))
        stack.append((m, in_link))
    while stack:
        upto(stack[-1][0].end)
        out.append(_close(*stack.pop()))
    upto(end)
    return Markup("".join(out))


def _span(graph: Graph, node) -> Optional[tuple[int, int]]:
    s, e = graph.value(node, MK.charStart), graph.value(node, MK.charEnd)
    return None if s is None or e is None else (int(s), int(e))


def kind_of(graph: Graph, node) -> str:
    """The node kind of the views ("person", "body", ...) of a graph node."""
    return next((kind for cls, kind in NODE_CLASSES.items() if (node, RDF.type, cls) in graph), "")


def _marks_of(graph: Graph, act, link: Callable[[object], str]) -> Iterator[Mark]:
    # (link from the act, what the mark is, link from the mark to the thing it names, how it is titled)
    paths = ((MK.signature, "signature", MK.signer, "signed by "),
             (MK.citation, "citation", MK.citedIssue, "cites "), (MK.legalBasis, "basis", MK.law, "legal basis: "),
             (MK.party, "party", MK.partyBody, "signatory body: "))
    for via, what, target, prefix in paths:
        for node in graph.objects(act, via):
            span, thing = _span(graph, node), graph.value(node, target)
            if span is None or thing is None:
                continue
            kind = kind_of(graph, thing)
            title = prefix + label(graph, thing)
            role = graph.value(node, MK.role) or graph.value(node, MK.partyRole)
            yield Mark(*span, what, kind, title + (f" ({role})" if role else ""), link(thing))


def _mentions(graph: Graph, record: dict, span: tuple[int, int], link: Callable[[object], str]) -> Iterator[Mark]:
    """The names in the act's span, with the entity the graph links each to (the build's sources)."""
    starts = record["mention_starts"]
    for s, e, iri in record["mentions"][bisect_left(starts, span[0]):bisect_left(starts, span[1])]:
        entity = URIRef(iri)
        kind = kind_of(graph, entity)
        yield Mark(s, e, "mention", kind, f"{kind}: {label(graph, entity)}", link(entity))


def _repairs(record: dict, start: int, end: int) -> Iterator[Mark]:
    repairs = record["repairs"]
    # the repairs are in text order: an act's are found by bisection, not by reading all of the file's
    for s, e, new in repairs[bisect_left(record["starts"], start):bisect_left(record["starts"], end)]:
        if e <= end:
            yield Mark(s, e, "ocr", "ocr", f"OCR repair: read as “{new}”" if new else "OCR repair: joined to the next word")


def _values(graph: Graph, act, prop, link) -> list[tuple[str, str]]:
    return sorted((label(graph, o), link(o)) for o in graph.objects(act, prop))


def act_facts(graph: Graph, act, link: Callable[[object], str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(field, [(text, href)]) rows for the act's table of facts."""
    def literal(prop) -> list[tuple[str, str]]:
        return sorted((str(o), "") for o in graph.objects(act, prop))

    rows = [("type", [(label(graph, o), "") for o in graph.objects(act, ELI.type_document)]),
            ("title", literal(ELI.title)),
            ("passed by", _values(graph, act, ELI.passed_by, link)),
            ("date", literal(ELI.date_document)), ("number", literal(ELI.id_local)), ("place", literal(MK.place)),
            ("municipality", _values(graph, act, MK.municipality, link)),
            ("published in", _values(graph, act, MK.publishedIn, link)),
            ("in force from", literal(ELI.first_date_entry_in_force)),
            ("legal basis", _values(graph, act, ELI.based_on, link)),
            ("signed by", sorted((f"{label(graph, graph.value(s, MK.signer))}"
                                  + (f", {graph.value(s, MK.role)}" if graph.value(s, MK.role) else ""),
                                  link(graph.value(s, MK.signer))) for s in graph.objects(act, MK.signature))),
            ("signatory bodies", _values(graph, act, MK.signatoryBody, link)),
            ("cites", _values(graph, act, MK.citesIssue, link))]
    for prop, name, inverse in RELATIONS:
        rows.append((name, _values(graph, act, prop, link)))
        rows.append((inverse, sorted((label(graph, s), link(s)) for s in graph.subjects(prop, act))))
    rows.append(("incomplete: missing", literal(MK.missingPart)))
    return [(name, values) for name, values in rows if values]


def source_reader(out: Path) -> Callable[[str], Optional[dict]]:
    """The build's record of a source file by name, kept for the next acts of the same file."""
    @lru_cache(maxsize=4)
    def read(name: str) -> Optional[dict]:
        record = read_source(out, name)
        if record is not None:
            record["starts"] = [r[0] for r in record["repairs"]]
            record["mention_starts"] = [m[0] for m in record["mentions"]]
        return record
    return read


def act_page(graph: Graph, act, source: Callable[[str], Optional[dict]], link: Callable[[object], str]) -> dict:
    """What the template needs for one act: facts, source and the marked text."""
    src = graph.value(act, PROV.wasDerivedFrom)
    name = str(graph.value(src, DCTERMS.identifier) or "")
    span = _span(graph, act)
    record = source(name) if span else None
    facts = act_facts(graph, act, link)
    page = {"title": label(graph, act), "type": label(graph, graph.value(act, ELI.type_document)),
            "facts": facts, "source": name, "span": span, "text": None,
            "issue": dict(facts).get("published in", [])}
    if record is None or span is None:
        return page
    marks = list(_marks_of(graph, act, link)) + list(_mentions(graph, record, span, link))
    # a signature printed after the act's closing lies outside its span: show it too
    start = min([span[0]] + [m.start for m in marks])
    end = min(len(record["text"]), max([span[1]] + [m.end for m in marks]))
    marks = nested(marks + list(_repairs(record, start, end)))
    page.update(text=marked_html(record["text"], start, end, marks), shown=(start, end),
                counts={w: sum(m.what == w for m in marks) for w in NESTING})
    return page
