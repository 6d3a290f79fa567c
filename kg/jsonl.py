"""Acts and issues as JSON lines, in the shape of the gold annotations (../shared/gold/SCHEMA.md),
plus the character spans that tie every value to the source text."""
from __future__ import annotations

from typing import Iterable, Optional

from ner.core.doc import IssueDoc
from ner.core.records import Span
from ner.core.wordforms import name_stems

from .resolve import Resolution


def _span(span: Optional[Span]) -> Optional[list[int]]:
    return [span.start, span.end] if span else None


def _unique(values) -> list:
    return list(dict.fromkeys(values))


# Words that do not tell one body from another: the republic ("Ustavno sodišče SR
# Slovenije" is "Ustavno sodišče Slovenije"), the municipality's "občine" ("Samoupravna
# stanovanjska skupnost občine Piran" is "... skupnost Piran"), and "skupščina": an
# act's issuer acts through its assembly.
SAME_BODY_WORDS = frozenset("sr srs sfrj rs socialisticne socialisticna republike republika "
                            "obcine obcina skupscina".split())


def _is_issuer(name: str, issuer: Optional[str]) -> bool:
    """The act's issuer, or its assembly, under another form of its name."""
    if not issuer:
        return False
    stems, own = name_stems(name, SAME_BODY_WORDS), name_stems(issuer, SAME_BODY_WORDS)
    return stems == own or len(stems) >= 2 and stems <= own


def act_records(doc: IssueDoc, resolved: Resolution) -> Iterable[dict]:
    for act in doc.acts:
        signers = {resolved.person(s.name) for s in act.signatures}
        yield {
            "doc": doc.source.name,
            "seq": act.seq,
            "type": act.type,
            "title": act.title,
            "issuer": act.issuer and resolved.name("ORG", act.issuer),
            "municipality": act.municipality,
            "date": act.date,
            "number": act.number,
            "place": act.place,
            "signatories": [{"name": resolved.person(s.name), "role": s.role, "printed": s.surface,
                             "span": _span(s.span), **({"body": resolved.name("ORG", s.body)} if s.body else {})}
                            for s in act.signatures],
            "parties": [{"name": resolved.name("ORG", p.name), "role": p.role, "unit_of": p.unit_of and
                         resolved.name("ORG", p.unit_of), "span": _span(p.span)} for p in act.parties],
            "adoptions": [{"issuer": resolved.name("ORG", a.issuer), "municipality": a.municipality, "date": a.date,
                           "number": a.number, "place": a.place} for a in act.adoptions],
            "citations": [{"gazette": c.gazette, "number": c.number, "year": c.year,
                           "printed": c.surface, "span": _span(c.span)} for c in act.citations],
            "legal_basis": [b.name for b in act.legal_basis],
            "legal_basis_articles": {b.name: b.articles for b in act.legal_basis},
            "references": [{"relation": r.relation, "type": r.type, "title": r.title,
                            "citation": None if r.citation is None else
                            {"gazette": r.citation.gazette, "number": r.citation.number,
                             "year": r.citation.year}} for r in act.references],
            "in_force": None if act.in_force is None else
            {"day": act.in_force.day, "applies_from": act.in_force.applies_from,
             "printed": act.in_force.printed, "span": _span(act.in_force.span)},
            "persons": _unique(p for p in (resolved.person(m.canonical) for m in act.mentions
                                           if m.label == "PER") if p not in signers),
            "organizations": _unique(resolved.name("ORG", m.canonical) for m in act.mentions if m.label == "ORG"
                                     and not _is_issuer(m.canonical, act.issuer)),
            "places": _unique(resolved.name("LOC", m.canonical) for m in act.mentions if m.label == "LOC"),
            "span": _span(act.span),
            "heading_span": _span(act.heading_span),
            "date_span": _span(act.date_span),
            "number_span": _span(act.number_span),
            "from_contents_only": act.from_toc,
            "missing": act.missing,
        }


def file_entities(doc: IssueDoc, resolved: Resolution) -> dict[str, list[str]]:
    """The people, bodies and places a whole file names: in its contents (the bodies
    heading them, what the titles name) and its acts, issuers and signers' bodies
    included; places named in the text, not as the place of signing nor only inside a
    body's name; people other than the signers."""
    mentions = list(doc.contents_mentions) + [m for a in doc.acts for m in a.mentions]
    signers = {resolved.person(s.name) for a in doc.acts for s in a.signatures}
    bodies = [m.canonical for m in mentions if m.label == "ORG"] + [a.issuer for a in doc.acts if a.issuer] \
        + [s.body for a in doc.acts for s in a.signatures if s.body]
    return {
        "persons": _unique(p for p in (resolved.person(m.canonical) for m in mentions if m.label == "PER")
                           if p not in signers),
        "organizations": _unique(resolved.name("ORG", b) for b in bodies),
        "places": _unique(resolved.name("LOC", m.canonical) for m in mentions if m.label == "LOC" and m.where == "text"),
    }


def issue_record(doc: IssueDoc, resolved: Resolution) -> dict:
    info = doc.issue
    return {
        "doc": doc.source.name,
        "path": doc.source.path,
        "gazette": info.gazette,
        "number": info.number,
        "date": info.date,
        "municipalities": info.municipalities,
        "toc": [{"municipality": e.municipality, "type": e.type, "title": e.title,
                 "heading": e.heading, "span": _span(e.span)} for e in doc.toc],
        "noise": doc.noise,
        "encoding": doc.source.encoding,
        **file_entities(doc, resolved),
    }
