"""The entity stage as a spaCy pipeline: the text of each act goes through a
``spacy.Language`` whose components are registered factories.

    munikg_people, munikg_organizations, munikg_places   the rule readers (people.py,
        organizations.py, places.py with the register): spans in doc.spans["munikg_rules"]
    tok2vec, ner                                          the trained model (ner/entities/model,
        or any spaCy NER with PER, ORG, LOC labels named in pipeline.cfg), sourced
    munikg_resolve                                        spaCy's span filtering over both:
        doc.spans["munikg"]

A rule's span points by its ``kb_id`` into ``doc._.munikg_names``, the names the
readers found (exact characters in the issue's working text, canonical form,
register entry); a model's span has none. What a component reads of the issue (its
known places, its proper nouns, the act's municipality and citations) comes with
the doc in ``doc._.munikg``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..core.region import Region
from ..core.tokens import Name
from . import nlp as spacy_nlp
from .organizations import Context, find_organizations
from .parties import find_parties
from .people import find_people
from .places import PlaceContext, find_places

RULES, FINAL = "munikg_rules", "munikg"
RULE_PIPES = ("munikg_people", "munikg_organizations", "munikg_places")

for _attr in ("munikg", "munikg_names"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


@dataclass(frozen=True)
class ActContext:
    """What the components read of the issue an act's doc belongs to."""
    text: str  # the working text; the doc is text[start:end]
    start: int
    end: int
    region: Region
    people_towns: frozenset[str]  # place names, never part of a person's name
    orgs: Context
    places: PlaceContext
    signing: Optional[Name] = None  # the place of signing, from the act's fields


def add_names(doc: Doc, names: Iterable[Name]) -> None:
    """Names found in the issue's text, as spans of the act's doc."""
    c = doc._.munikg
    if doc._.munikg_names is None:
        doc._.munikg_names = []
    spans = list(doc.spans[RULES]) if RULES in doc.spans else []
    for n in names:
        span = doc.char_span(n.start - c.start, n.end - c.start, label=n.label, alignment_mode="expand",
                             kb_id=str(len(doc._.munikg_names)))
        if span is not None:
            doc._.munikg_names.append(n)
            spans.append(span)
    doc.spans[RULES] = spans


def name_of(span: Span) -> Name:
    """The name a resolved span stands for, in the issue's offsets (a model's without
    a canonical form, which the issue's rules give or not)."""
    if span.kb_id_:
        return span.doc._.munikg_names[int(span.kb_id_)]
    c = span.doc._.munikg
    return Name(c.start + span.start_char, c.start + span.end_char, "", span.label_)


def seated(name: str, region: Region) -> str:
    """"Izvršni svet skupščine Obalne skupnosti" is that of the Obalna skupnost Koper:
    the regional community's name is completed with its seat, as its acts sign it."""
    words = name.split()
    if len(words) >= 2 and region.municipality_in(" ".join(words[-2:])) == region.regional_body \
            and words[-1].lower() != region.regional_seat.lower():
        return f"{name} {region.regional_seat}"
    return name


@Language.factory("munikg_people", assigns=["doc.spans"])
def make_people(nlp: Language, name: str):
    def people(doc: Doc) -> Doc:
        c = doc._.munikg
        add_names(doc, (replace(p, label="PER") for p in find_people(c.text, c.start, c.end, c.people_towns)))
        return doc

    return people


@Language.factory("munikg_organizations", assigns=["doc.spans"])
def make_organizations(nlp: Language, name: str):
    def organizations(doc: Doc) -> Doc:
        c = doc._.munikg
        add_names(doc, (replace(o, canonical=seated(o.canonical, c.region), label="ORG")
                        for o in find_organizations(c.text, c.start, c.end, c.orgs)))
        # an agreement's parties, and the enterprise of each unit among them
        add_names(doc, [Name(p.span.start, p.span.end, body, "ORG") for p in find_parties(c.text, c.start, c.end)
                        for body in (p.name, p.unit_of) if body])
        return doc

    return organizations


@Language.factory("munikg_places", assigns=["doc.spans"])
def make_places(nlp: Language, name: str):
    def places(doc: Doc) -> Doc:
        c = doc._.munikg
        found = [replace(p, label="LOC") for p in find_places(c.text, c.start, c.end, c.region, c.places)]
        if c.signing and not any(c.signing.overlaps(p) for p in found):
            found.append(c.signing)  # the place of signing
        add_names(doc, found)
        return doc

    return places


def _model_names(doc: Doc) -> list[Span]:
    """The trained model's entities, outside gazettes' titles, as spans of their own."""
    c = doc._.munikg
    return [Span(doc, ent.start, ent.end, label=ent.label_) for ent in doc.ents
            if ent.label_ in ("PER", "ORG", "LOC") and not any(cite.holds(c.start + ent.start_char)
                                                                 for cite in c.places.inside)]


@Language.factory("munikg_resolve", assigns=["doc.spans"])
def make_resolve(nlp: Language, name: str):
    def resolve(doc: Doc) -> Doc:
        """People and bodies as spaCy's span filtering keeps them, the longest first
        (a person naming an institution is the institution: "Obalna delavska univerza
        Ivan Regent"); places apart, since a town can stand inside a body's name; the
        model's entities where the rules found nothing."""
        rules = list(doc.spans[RULES]) if RULES in doc.spans else []
        kept = filter_spans([s for s in rules if s.label_ != "LOC"]) + filter_spans([s for s in rules if s.label_ == "LOC"])
        # bodies named in one list share a span: "skupščine občin Izola, Koper in Piran"
        kept += [s for s in rules if s not in kept and any((s.start, s.end, s.label_) == (k.start, k.end, k.label_)
                                                           for k in kept)]
        free = [s for s in filter_spans(_model_names(doc))
                if not any(s.start < r.end and r.start < s.end for r in rules)]
        doc.spans[FINAL] = sorted(kept + free, key=lambda s: (s.start_char, s.end_char, s.label_, s.kb_id_))
        return doc

    return resolve


@lru_cache(maxsize=4)
def entity_language(model: Optional[str]) -> Language:
    """The pipeline: the rule readers, the trained model if given (a spaCy pipeline's
    folder), the resolution."""
    nlp = spacy_nlp.blank()
    for pipe in RULE_PIPES:
        nlp.add_pipe(pipe)
    if model:
        trained = spacy.load(Path(model))
        for pipe in trained.pipe_names:
            nlp.add_pipe(pipe, source=trained)
    nlp.add_pipe("munikg_resolve")
    return nlp
