"""Records -> RDF, in the vocabulary of ../shared/CONTRACT.md (see ontology/)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Iterable, Optional

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS

from rapidfuzz import fuzz

from ner.core.doc import IssueDoc
from ner.core.gazette_refs import gazette_facts
from ner.core.profiles import profile_named
from ner.core.records import Act, ActReference, Citation, InForce, Span

from .iris import Minter, slug
from .resolve import Resolution
from ner.entities.register import gazetteer

from .vocab import ELI, GEO, MK, MKT, PREFIXES, ontology


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def date_literal(value: str) -> Literal:
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


class GraphBuilder:
    """Adds issues, acts and signatures to a graph, minting stable IRIs."""

    def __init__(self, minter: Minter, resolved: Resolution, municipalities: frozenset[str] = frozenset()):
        self.m = minter
        self.resolved = resolved
        self.municipalities = municipalities
        self.g = new_graph()
        for canonical in set(resolved.people.values()):
            minter.reserve("person", canonical)
        # (person, body, role) -> [dates, signatures], written out by finish()
        self.memberships: dict[tuple, list] = {}
        self.labels: dict[URIRef, dict[str, int]] = {}  # body or place -> spelling -> count
        self.law_forms: dict[URIRef, dict[str, int]] = {}  # law -> printed name -> count
        self.acts_index: list[tuple[URIRef, Act, Optional[tuple]]] = []  # node, act, (gazette, n, year)
        self.pending: list[tuple[URIRef, Act, ActReference]] = []
        self.mention_spans: dict[str, list[tuple[int, int, str]]] = {}  # file -> names' spans and entities
        self.source_names: dict[URIRef, str] = {}
        self.gazettes: dict[str, URIRef] = {}  # described once each

    # -- nodes shared across acts ------------------------------------------------

    def gazette(self, name: str) -> URIRef:
        if name in self.gazettes:
            return self.gazettes[name]
        node = self.gazettes[name] = self.m.path("gazette", slug(name))
        self.g.add((node, RDF.type, MK.Gazette))
        self.g.add((node, SKOS.prefLabel, Literal(name)))
        facts = gazette_facts(name) or {}
        for abbreviation in filter(None, facts.get("abbreviations", "").split(";")):
            self.g.add((node, SKOS.altLabel, Literal(abbreviation)))
        for prop, key in ((MK.firstYear, "from"), (MK.lastYear, "to")):
            if facts.get(key):
                self.g.add((node, prop, Literal(int(facts[key]), datatype=XSD.integer)))
        if facts.get("publisher"):
            self.g.add((node, MK.publisherLevel, Literal(facts["publisher"])))
        profile = profile_named(name)
        if profile is not None and not profile.serves_all:
            for municipality in profile.municipalities:
                self.g.add((node, MK.servesMunicipality, self.municipality(municipality)))
        return node

    def issue(self, gazette: str, number: int, year: int, date: Optional[str] = None) -> URIRef:
        node = self.m.path("issue", slug(gazette), year, number)
        g = self.g
        g.add((node, RDF.type, MK.GazetteIssue))
        g.add((node, MK.gazette, self.gazette(gazette)))
        g.add((node, MK.issueNumber, Literal(number, datatype=XSD.integer)))
        g.add((node, MK.year, Literal(year, datatype=XSD.integer)))
        g.add((node, RDFS.label, Literal(f"{gazette}, št. {number}/{year % 100:02d}")))
        if date:
            g.add((node, DCTERMS.issued, date_literal(date)))
        return node

    def act_type(self, name: str) -> URIRef:
        """The act type concept of the ontology, with its labels copied in."""
        node = MKT[slug(name)]
        for triple in ontology().triples((node, None, None)):
            self.g.add(triple)
        return node

    def body(self, name: str) -> URIRef:
        """One organisation per name up to case and diacritics ("Društvo upokojencev",
        "društvo upokojencev") and the OCR's misreadings of it; its label is the
        commonest spelling, set by finish()."""
        name = self.resolved.name("ORG", name)
        node = self.m.path("body", slug(name))
        self.g.add((node, RDF.type, ORG.Organization))
        self._label_forms(node, name)
        return node

    def _label_forms(self, node: URIRef, name: str) -> None:
        forms = self.labels.setdefault(node, {})
        forms[name] = forms.get(name, 0) + 1

    def municipality(self, name: str) -> URIRef:
        node = self.m.named("municipality", name)
        self.g.add((node, RDF.type, MK.Municipality))
        self.g.add((node, SKOS.prefLabel, Literal(name, lang="sl")))
        seat = next((e for e in gazetteer().named(name) if e.kind == "settlement" and e.unit == name), None)
        self.register(node, seat.ref if seat else None)  # its seat's coordinates
        return node

    def person(self, printed: str, surface: Optional[str] = None) -> URIRef:
        """The resolved person a printed (normalised) name stands for."""
        canonical = self.resolved.person(printed)
        node = self.m.named("person", canonical)
        g = self.g
        g.add((node, RDF.type, FOAF.Person))
        g.add((node, FOAF.name, Literal(canonical)))
        g.add((node, SKOS.prefLabel, Literal(canonical)))
        if surface is not None:
            g.add((node, MK.surfaceForm, Literal(surface)))
        if printed != canonical:
            g.add((node, SKOS.altLabel, Literal(printed)))
        return node

    def register(self, node: URIRef, ref: Optional[str]) -> None:
        """A place's entry in the register of spatial units: its kind and key, its
        municipality of today, and a settlement's coordinates (WGS84)."""
        entry = gazetteer().by_ref.get(ref) if ref else None
        if entry is None:
            return
        g = self.g
        g.add((node, MK.registerKind, Literal(entry.kind)))
        g.add((node, MK.registerId, Literal(entry.id)))
        g.add((node, MK.registerMunicipality, Literal(entry.municipality)))
        if entry.settlement:
            g.add((node, MK.registerSettlement, Literal(entry.settlement)))
        if entry.lat is not None:
            g.add((node, GEO.lat, Literal(str(entry.lat), datatype=XSD.decimal)))
            g.add((node, GEO.long, Literal(str(entry.lon), datatype=XSD.decimal)))

    def entity(self, label: str, canonical: str, ref: Optional[str] = None) -> Optional[URIRef]:
        """The person, organisation or place a mention names: one IRI per canonical form
        (per resolved entity), shared with signers, issuing bodies and municipalities."""
        if label == "PER":
            return self.person(canonical)
        if label == "ORG":
            return self.body(canonical)
        if label == "LOC":
            canonical = self.resolved.name("LOC", canonical)
            if canonical in self.municipalities:
                return self.municipality(canonical)
            node = self.m.path("place", slug(canonical))
            self.g.add((node, RDF.type, MK.Place))
            self._label_forms(node, canonical)
            self.register(node, ref)
            return node
        return None

    def source(self, doc: IssueDoc) -> URIRef:
        node = self.m.path("source", slug(Path(doc.source.name).stem))
        self.source_names[node] = doc.source.name
        g = self.g
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, DCTERMS.identifier, Literal(doc.source.name)))
        g.add((node, MK.sha256, Literal(doc.source.sha256)))
        g.add((node, MK.encoding, Literal(doc.source.encoding)))
        g.add((node, MK.charLength, Literal(len(doc.source.text), datatype=XSD.integer)))
        return node

    def cited_issue(self, cite: Citation) -> URIRef:
        return self.issue(self.resolved.gazette(cite.gazette, cite.number, cite.year), cite.number, cite.year)

    def law(self, name: str) -> URIRef:
        """One IRI per law or statute, whatever its spelling in a given preamble."""
        key = re.sub(r"\s+", " ", name.lower().replace("—", "-").replace("–", "-")).strip()
        node = self.m.path("law", slug(key))
        forms = self.law_forms.setdefault(node, {})
        forms[name] = forms.get(name, 0) + 1
        self.g.add((node, RDF.type, MK.Law))
        return node

    # -- provenance ---------------------------------------------------------------------

    def printed(self, node: URIRef, span: Span, source: URIRef, original: str) -> None:
        """The text exactly as printed at a span, and the span."""
        self.g.add((node, MK.surfaceText, Literal(original[span.start:span.end])))
        self.locate(node, span, source)

    def locate(self, node: URIRef, span: Span, source: URIRef) -> None:
        self.g.add((node, MK.charStart, Literal(span.start, datatype=XSD.integer)))
        self.g.add((node, MK.charEnd, Literal(span.end, datatype=XSD.integer)))
        self.g.add((node, PROV.wasDerivedFrom, source))

    def evidence(self, act: URIRef, field: str, span: Optional[Span], source: URIRef,
                 original: str) -> None:
        if span is None:
            return
        node = URIRef(f"{act}/evidence/{field}")
        self.g.add((act, MK.evidence, node))
        self.g.add((node, RDF.type, MK.Evidence))
        self.g.add((node, MK.field, Literal(field)))
        self.g.add((node, MK.surfaceText, Literal(original[span.start:span.end])))
        self.locate(node, span, source)

    def in_force(self, act: URIRef, found: InForce, source: URIRef, original: str) -> None:
        """When the act enters into force and applies from, with the clause that says so."""
        self.evidence(act, "in_force", found.span, source, original)
        if found.day:
            self.g.add((act, ELI.first_date_entry_in_force, date_literal(found.day)))
        if found.applies_from:
            self.g.add((act, ELI.date_applicability, date_literal(found.applies_from)))

    # -- acts -----------------------------------------------------------------------------

    def act_iri(self, doc: IssueDoc, act: Act) -> URIRef:
        info = doc.issue
        if info.gazette and info.number and info.date:
            return self.m.path("act", slug(info.gazette), info.date[:4], info.number, act.seq)
        return self.m.path("act", "source", slug(Path(doc.source.name).stem), act.seq)

    def add_doc(self, doc: IssueDoc) -> None:
        src = self.source(doc)
        info = doc.issue
        issue = None
        if info.gazette and info.number and info.date:
            issue = self.issue(info.gazette, info.number, int(info.date[:4]), info.date)
            self.g.add((issue, PROV.wasDerivedFrom, src))
            for name in info.municipalities:
                self.g.add((issue, MK.serves, self.municipality(name)))
        for act in doc.acts:
            node = self.act_iri(doc, act)
            self.add_act(node, act, issue, src, doc.source.text)
            issue_key = (info.gazette, info.number, int(info.date[:4])) if issue is not None else None
            self.acts_index.append((node, act, issue_key))
            self.pending.extend((node, act, ref) for ref in act.references)

    def add_act(self, node: URIRef, act: Act, issue: Optional[URIRef], src: URIRef, original: str) -> None:
        """An act's own facts, its evidence, citations, legal basis, mentions and signatures."""
        g = self.g
        g.add((node, RDF.type, MK.Act))
        g.add((node, MK.sequence, Literal(act.seq, datatype=XSD.integer)))
        g.add((node, PROV.wasDerivedFrom, src))
        if act.title:
            g.add((node, ELI.title, Literal(act.title, lang="sl")))
        g.add((node, ELI.type_document, self.act_type(act.type)))
        if act.date:
            g.add((node, ELI.date_document, date_literal(act.date)))
        if act.number:
            g.add((node, ELI.id_local, Literal(act.number)))
        if act.issuer:
            g.add((node, ELI.passed_by, self.body(act.issuer)))
        for k, adoption in enumerate(act.adoptions, 1):
            anode = URIRef(f"{node}/adoption/{k}")
            body = self.body(adoption.issuer)
            g.add((node, ELI.passed_by, body))
            g.add((node, MK.adoption, anode))
            g.add((anode, RDF.type, MK.Adoption))
            g.add((anode, MK.adoptedBy, body))
            if adoption.date:
                g.add((anode, ELI.date_document, date_literal(adoption.date)))
            if adoption.number:
                g.add((anode, ELI.id_local, Literal(adoption.number)))
            if adoption.place:
                g.add((anode, MK.place, Literal(adoption.place)))
        for part in act.missing:
            g.add((node, MK.missingPart, Literal(part)))
        if act.municipality:
            g.add((node, MK.municipality, self.municipality(act.municipality)))
        if act.place:
            g.add((node, MK.place, Literal(act.place)))
        if act.section:
            g.add((node, MK.sectionHeading, Literal(act.section)))
        if issue is not None:
            g.add((node, MK.publishedIn, issue))
        if act.span is not None:
            g.add((node, MK.charStart, Literal(act.span.start, datatype=XSD.integer)))
            g.add((node, MK.charEnd, Literal(act.span.end, datatype=XSD.integer)))
        else:
            g.add((node, MK.knownFromContentsOnly, Literal(True)))
        for field, span in (("heading", act.heading_span), ("preamble", act.preamble_span),
                            ("date", act.date_span), ("number", act.number_span)):
            self.evidence(node, field, span, src, original)
        self.add_citations(node, act, src, original)
        if act.in_force is not None:
            self.in_force(node, act.in_force, src, original)
        for m in act.mentions:
            entity = self.entity(m.label, m.canonical, m.ref)
            if entity is not None:
                g.add((node, MK.mentions, entity))
                # where each name stands goes beside the graph (kg.sources): some forty
                # occurrences an act would triple an archive's graph
                self.mention_spans.setdefault(self.source_names[src], []).append(
                    (m.span.start, m.span.end, str(entity)))
                if act.heading_span is not None and act.heading_span.covers(m.span):
                    g.add((node, MK.concerns, entity))  # named in the title: what the act is about
                g.add((entity, MK.surfaceForm, Literal(m.surface)))
        self.add_signatures(node, act, src)
        self.add_parties(node, act, src, original)

    def add_citations(self, node: URIRef, act: Act, src: URIRef, original: str) -> None:
        """The gazette issues an act cites, and the laws it rests on."""
        g = self.g
        for k, cite in enumerate(act.citations, 1):
            cnode = URIRef(f"{node}/citation/{k}")
            cited = self.cited_issue(cite)
            g.add((node, MK.citesIssue, cited))
            g.add((node, MK.citation, cnode))
            g.add((cnode, RDF.type, MK.Citation))
            g.add((cnode, MK.citedIssue, cited))
            self.printed(cnode, cite.reference_span, src, original)
        for k, basis in enumerate(act.legal_basis, 1):
            law = self.law(basis.name)
            bnode = URIRef(f"{node}/basis/{k}")
            g.add((node, ELI.based_on, law))
            g.add((node, MK.legalBasis, bnode))
            g.add((bnode, RDF.type, MK.LegalBasis))
            g.add((bnode, MK.law, law))
            for article in basis.articles:
                g.add((bnode, MK.article, Literal(article)))
            self.printed(bnode, basis.span, src, original)
            for cite in basis.citations:
                g.add((law, MK.gazetteReference, self.cited_issue(cite)))

    def add_parties(self, node: URIRef, act: Act, src: URIRef, original: str) -> None:
        """The bodies that sign an agreement, each in its role; a unit of an enterprise
        is an org:OrganizationalUnit of it."""
        g = self.g
        for k, party in enumerate(act.parties, 1):
            pnode = URIRef(f"{node}/party/{k}")
            body = self.body(party.name)
            g.add((node, MK.signatoryBody, body))
            g.add((node, MK.party, pnode))
            g.add((pnode, RDF.type, MK.PartySignature))
            g.add((pnode, MK.partyBody, body))
            g.add((pnode, MK.partyRole, Literal(party.role, lang="sl")))
            self.printed(pnode, party.span, src, original)
            if party.unit_of:
                g.add((body, RDF.type, ORG.OrganizationalUnit))
                g.add((body, ORG.unitOf, self.body(party.unit_of)))

    def add_signatures(self, node: URIRef, act: Act, src: URIRef) -> None:
        """Signatures, and the offices they attest (written out by finish())."""
        g = self.g
        for k, sig in enumerate(act.signatures, 1):
            snode = URIRef(f"{node}/signature/{k}")
            person = self.person(sig.name, sig.surface)
            g.add((node, MK.signature, snode))
            g.add((snode, RDF.type, MK.Signature))
            g.add((snode, MK.signer, person))
            if sig.role:
                g.add((snode, MK.role, Literal(sig.role, lang="sl")))
            g.add((snode, MK.surfaceText, Literal(sig.surface)))
            self.locate(snode, sig.span, src)
            if sig.body:
                g.add((snode, MK.signsFor, self.body(sig.body)))
            body = sig.body or act.issuer
            if body and sig.role:
                for role in sig.role.split(";"):
                    entry = self.memberships.setdefault((person, body, role.strip()), [[], []])
                    if act.date:
                        entry[0].append(act.date)
                    entry[1].append(snode)

    # -- offices ------------------------------------------------------------------

    def finish(self) -> Graph:
        g = self.g
        for node, act, ref in self.pending:
            target = self.amended_node(act, ref)
            g.add((node, RELATIONS[ref.relation], target))
        self.offices()
        for node, forms in self.labels.items():
            # the commonest spelling; among equals, the one that starts with a capital
            name = min(forms, key=lambda f: (-forms[f], not f[:1].isupper(), f))
            g.add((node, SKOS.prefLabel, Literal(name, lang="sl")))
        for law, forms in self.law_forms.items():
            name = min(forms, key=lambda f: (-forms[f], f))
            g.add((law, ELI.title, Literal(name, lang="sl")))
            g.add((law, SKOS.prefLabel, Literal(name, lang="sl")))
        return g

    def amended_node(self, act: Act, ref: ActReference) -> URIRef:
        """The act in the graph that an act amends or corrects, or a described placeholder."""
        cite = ref.citation
        key = (self.resolved.gazette(cite.gazette, cite.number, cite.year), cite.number, cite.year) if cite else None
        title = ref.title.lower()

        def similar(other: Act) -> float:
            return fuzz.ratio(title, (other.title or "").lower()) if other.type == ref.type else 0.0

        candidates = [(similar(a), str(n), n) for n, a, k in self.acts_index
                      if a is not act and (key is None or k == key)]
        threshold = 80 if key else 92
        best = max(candidates, default=None)
        if best and best[0] >= threshold:
            return best[2]
        parts = ["act", "ref"] + ([slug(key[0]), key[2], key[1]] if key else []) + [short_slug(f"{ref.type} {ref.title}")]
        node = self.m.path(*parts)
        g = self.g
        g.add((node, RDF.type, MK.ActPlaceholder))
        g.add((node, ELI.title, Literal(ref.title, lang="sl")))
        g.add((node, ELI.type_document, self.act_type(ref.type)))
        if key:
            g.add((node, MK.publishedIn, self.issue(*key)))
        return node

    def offices(self) -> None:
        """Posts and memberships (W3C ORG) attested by the signatures."""
        g = self.g
        for (person, body_name, role_name), (dates, signatures) in sorted(self.memberships.items()):
            body = self.body(body_name)
            role = self.m.path("role", slug(role_name))
            g.add((role, RDF.type, ORG.Role))
            g.add((role, SKOS.prefLabel, Literal(role_name, lang="sl")))
            post = URIRef(f"{body}/post/{slug(role_name)}")
            g.add((post, RDF.type, ORG.Post))
            g.add((post, ORG.postIn, body))
            g.add((post, ORG.role, role))
            g.add((post, SKOS.prefLabel, Literal(f"{role_name}, {body_name}", lang="sl")))
            g.add((post, ORG.heldBy, person))
            g.add((person, ORG.holds, post))
            membership = URIRef(f"{person}/membership/{slug(body_name)}/{slug(role_name)}")
            g.add((membership, RDF.type, ORG.Membership))
            g.add((membership, ORG.member, person))
            g.add((membership, ORG.organization, body))
            g.add((membership, ORG.role, role))
            if dates:
                g.add((membership, MK.firstAttested, date_literal(min(dates))))
                g.add((membership, MK.lastAttested, date_literal(max(dates))))
            for sig in signatures:
                g.add((membership, MK.attestedBy, sig))


SLUG_MAX = 80


def short_slug(text: str) -> str:
    """A slug of at most SLUG_MAX characters; a longer one is cut and ends in a hash of
    the whole, so that two titles alike in their first words keep two IRIs."""
    full = slug(text)
    if len(full) <= SLUG_MAX:
        return full
    return f"{full[:SLUG_MAX - 9]}-{hashlib.sha1(full.encode()).hexdigest()[:8]}"


# The legal life of an act, in ELI's terms where it has one: a court's annulment and a
# correction of the printed text are the project's own.
RELATIONS = {"amends": ELI.amends, "corrects": MK.corrects, "repeals": ELI.repeals, "annuls": MK.annuls}


def build_graph(docs: Iterable[IssueDoc], minter: Minter, resolved: Resolution,
                municipalities: frozenset[str] = frozenset()) -> tuple[Graph, dict[str, list[tuple[int, int, str]]]]:
    """The graph, and for each file the spans of the names in it with the entity each names."""
    builder = GraphBuilder(minter, resolved, municipalities)
    for doc in docs:
        builder.add_doc(doc)
    return builder.finish(), builder.mention_spans

