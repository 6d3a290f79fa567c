"""The ``mentions`` component: the people, organisations and places named in each
act, read by the rules of this package (``people``, ``organizations``,
``places``), with the trained model's entities (``nlp``) where the rules missed a
name they found elsewhere in the issue.

Every mention comes with its canonical form: nominative, normal capitalisation;
a name the issue spells once with one letter wrong takes its usual spelling; a
short form of a body takes the full name the act gives.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterator, Optional

from rapidfuzz.distance import Levenshtein

from ..core.bodies import canonical_org, is_head
from ..core.doc import ActLayout, IssueDoc
from ..core.names import normalise_name
from ..core.patterns import UP
from ..core.records import Act, Mention, Party, Span
from ..core.region import Region
from ..core.tokens import Name
from ..core.wordforms import differing_word
from ..registry import component
from .language import FINAL, ActContext, entity_language, name_of
from .nlp import MODEL_DIR
from .organizations import Context, verb_forms
from .parties import find_parties
from .people import common_word, nominative_name
from .places import PlaceContext, known_places


def canonical_of(label: str, surface: str, region: Region, propers: frozenset[str]) -> Optional[str]:
    """Canonical form of an entity the statistical model found (the rules give their own)."""
    words = re.sub(r"\s+", " ", surface).strip(" ,.;:»«\"").split()
    if not words:
        return None
    if label == "PER":
        return nominative_name(normalise_name(words)) if len(words) >= 2 else None
    if label == "ORG":
        if len(words) < 2 or (len(words) == 2 and is_head(words[1]) and words[1].islower()):
            return None  # "Izvršilni odbor": a reference to a body, not its name
        if any(is_head(w) for w in words):
            return canonical_org(" ".join(w.capitalize() if w.isupper() else w for w in words), propers)
        return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in words)
    muni = region.municipality_in(" ".join(words))
    if muni and muni != region.regional_body and len(words) <= 2:
        return muni
    if len(words) == 1 and common_word(words[0]):
        return None  # a capitalised common word at a sentence start, not a place
    return " ".join(w.capitalize() if w.isupper() else w for w in words)


def _fullest_names(found: list[Name], issuer: Optional[str]) -> list[Name]:
    """Within an act a body is named in full once and shortened after: "Odbor za
    družbeno pomoč" is the "Odbor za družbeno pomoč Samoupravne stanovanjske
    skupnosti občine Piran" named before. A short form takes the longest name of
    the act (or the issuer's) that it begins; "Gostinska delovna organizacija Galeb
    Koper" likewise takes "Galeb Koper", the name inside it."""
    names = {m.canonical for m in found if m.label == "ORG"} | ({issuer} if issuer else set())
    out = []
    for m in found:
        if m.label == "ORG":
            low = m.canonical.lower()
            # (a firm's own name, with no kind of body in it, lacks its town at most: "Javor" is
            # Javor Pivka, "IPLAS Koper" no "IPLAS Koper Tozdaaftk Dekani")
            longer = [n for n in names if n.lower().startswith(low + " ") and (
                any(map(is_head, low.split())) or re.fullmatch(rf"[{UP}]\S*", n[len(low) + 1:]))]
            # (the name inside is the firm's own, not another body's kind: "Šola Portorož")
            inner = [n for n in names if n != m.canonical and len(n.split()) >= 2 and low.endswith(" " + n.lower())
                     and not is_head(n.split()[0])]
            if longer:
                m = replace(m, canonical=max(longer, key=lambda n: (len(n), n)))
            elif inner:
                m = replace(m, canonical=min(inner, key=lambda n: (len(n), n)))
        out.append(m)
    return out


def ocr_variants(counts: Counter) -> dict[tuple[str, str], str]:
    """Names an issue spells once or twice with one letter wrong, mapped to the
    spelling it uses at least twice as often: "Strinjan" (4) -> "Strunjan" (6),
    "Sečovelje" -> "Sečovlje". Only a long word may differ, so that "Piran I"
    and "Piran II" or "Koper" and "Kopar" stay apart. Keys are (label, name)."""
    out = {}
    by_shape: dict[tuple, list[tuple[str, str]]] = {}
    for key in counts:
        by_shape.setdefault((key[0], len(key[1].split())), []).append(key)
    for group in by_shape.values():
        for a in group:
            for b in group:
                if counts[b] < 2 * counts[a]:
                    continue
                pair = differing_word(a[1], b[1])
                if pair and pair[0].isalpha() and pair[1].isalpha() \
                        and Levenshtein.distance(pair[0].lower(), pair[1].lower()) == 1:
                    out[a] = b[1]
    return out


def act_docs(doc: IssueDoc, region: Region, nlp) -> list:
    """One spaCy doc per act with a text, with what the components read of the issue."""
    text = doc.work
    known = known_places(text)
    orgs = Context(doc.propers, known | frozenset(region.municipalities), verb_forms(text), region.municipalities)
    out = []
    for act, lay in doc.in_text():
        # A town in a gazette's title ("Uradne objave občin ... Piran") is no place the act names.
        town = act.municipality if act.municipality != region.regional_body else None
        signing = Name(lay.place.start, lay.place.end, act.place, "LOC") if lay.place and act.place else None
        out.append(_doc(nlp, ActContext(text, lay.start, lay.end, region, towns_of(region, known), orgs,
                                        PlaceContext(known, town, tuple(lay.citations)), signing)))
    return out


def contents_doc(doc: IssueDoc, region: Region, nlp):
    """The contents as one doc: the bodies heading them and what their titles name."""
    known = known_places(doc.work)
    orgs = Context(doc.propers, known | frozenset(region.municipalities), verb_forms(doc.work),
                   region.municipalities)
    return _doc(nlp, ActContext(doc.work, doc.masthead_end, doc.toc_end, region,
                                towns_of(region, known), orgs, PlaceContext(known)))


def towns_of(region: Region, known: frozenset[str]) -> frozenset[str]:
    """Place names no person's name holds, with each word of a municipality's
    ("Ilirska" of "občine Ilirska Bianca", a garbled Ilirska Bistrica)."""
    return frozenset(region.municipalities) | {w for m in region.municipalities for w in m.split()} | known


def _doc(nlp, context: ActContext):
    d = nlp.make_doc(context.text[context.start:context.end])
    d._.munikg = context
    return d


# A municipality in the administrative sense: "občine Izola", "v občini Koper".
ADMINISTRATIVE_RE = re.compile(r"(?i)\bob[cč]in\w*\s+$")


def records(doc: IssueDoc, found: list[Name], variants: dict, signing: Optional[Span] = None) -> list[Mention]:
    """Names as mention records: original spans, canonical forms with the issue's
    usual spelling, and where a place is named (as the place of signing, or only
    inside a body's name)."""
    orgs = [m for m in found if m.label == "ORG"]
    out = []
    for m in sorted(found, key=lambda m: (m.start, m.end, m.label)):
        where = "text"
        if m.label == "LOC" and signing is not None and (m.start, m.end) == (signing.start, signing.end):
            where = "signing"
        elif m.label == "LOC" and (any(o.covers(m) for o in orgs)
                                   or ADMINISTRATIVE_RE.search(doc.work, max(0, m.start - 12), m.start)):
            where = "in-name"  # "Skupščina občine Piran", "na območju občine Izola"
        out.append(Mention(m.label, variants.get((m.label, m.canonical), m.canonical),
                           doc.source.text[slice(*doc.repaired.span(m.start, m.end))],
                           doc.span(m.start, m.end), m.ref or None, where))
    return out


def names_of(d) -> list[Name]:
    """The resolved spans of an act's doc as names in the issue's offsets."""
    return [name_of(s) for s in d.spans[FINAL]]


def rule_mentions(doc: IssueDoc, region: Region) -> Iterator[tuple[Act, ActLayout, list[Name]]]:
    """The rules' people, organisations and places of each act with a text, in
    offsets of ``doc.work``: what the statistical model is trained on
    (scripts/train_ner.py)."""
    nlp = entity_language(None)
    for (act, lay), d in zip(doc.in_text(), nlp.pipe(act_docs(doc, region, nlp))):
        yield act, lay, names_of(d)


def confirmed_names(found: list[Name], rules: dict[tuple[str, str], str], text: str, region: Region,
                    propers: frozenset[str]) -> list[Name]:
    """The rules' names, and the model's where the rules named the same entity
    elsewhere in the issue, so that its reading is confirmed and its canonical form
    known (the model finds them in another case, a table, a broken line)."""
    out = []
    for m in found:
        if m.canonical:
            out.append(m)
            continue
        key = (m.label, (canonical_of(m.label, text[m.start:m.end], region, propers) or "").lower())
        if key in rules:
            out.append(replace(m, canonical=rules[key]))
    return out


@component("mentions", requires=["doc.acts", "doc.propers", "doc.toc", "doc.region", "act.issuer", "act.municipality",
                                 "act.place", "layout.place", "layout.citations"],
           assigns=["act.mentions", "act.parties", "doc.contents_mentions"])
def make_mentions(model: str = ""):
    """``model``: a spaCy pipeline with PER, ORG and LOC entities whose finds join
    the rules' (the project's, ner/entities/model, by default); "" for none."""
    path = str(MODEL_DIR) if model == "default" else model

    def mentions(doc: IssueDoc) -> IssueDoc:
        nlp, region = entity_language(path or None), doc.region
        acts = list(doc.in_text())
        found_by_act = [names_of(d) for d in nlp.pipe(act_docs(doc, region, nlp))]
        rules = {(m.label, m.canonical.lower()): m.canonical for found in found_by_act for m in found if m.canonical}
        act_found = []
        for (act, lay), found in zip(acts, found_by_act):
            found = confirmed_names(found, rules, doc.work, region, doc.propers)
            if lay.closing is not None:
                # an organisation in the signature block is a signer's function
                found = [m for m in found if not (lay.closing.start <= m.start < lay.closing.end)
                         or m.label != "ORG"]
            act_found.append(_fullest_names(found, act.issuer))
        # people are resolved across issues (kg.resolve)
        variants = ocr_variants(Counter((m.label, m.canonical) for found in act_found
                                        for m in found if m.label != "PER"))
        for (act, lay), found in zip(acts, act_found):
            act.mentions.extend(records(doc, found, variants, lay.place))
            act.parties = [Party(p.name, p.role, doc.span(p.span.start, p.span.end), p.unit_of)
                           for p in find_parties(doc.work, lay.start, lay.end)]
        if doc.toc_end > doc.masthead_end and doc.toc:
            rules_only = entity_language(None)
            doc.contents_mentions = records(doc, names_of(rules_only(contents_doc(doc, region, rules_only))), variants)
        return doc

    return mentions
