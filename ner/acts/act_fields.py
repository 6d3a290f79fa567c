"""Act metadata from the preamble, the section header and the closing block:
issuing body, municipality, date of adoption, file number, place."""
from __future__ import annotations

import re
from typing import Optional

from ..core.bodies import canonical_org, is_head, spelt_out
from ..core.doc import ActLayout, IssueDoc
from ..core.municipal import municipal_heading, named_municipality, supra_municipal
from ..core.patterns import DATE_RE, DATUM_RE, DAY_MONTH_RE, NUMBER_RE, PLACE_DATE_RE, normalise_number, parse_date
from ..core.records import Act, Adoption, Span
from ..core.region import Region
from ..core.text import proper_case, squash
from ..core.wordforms import fold, lemma, name_stems
from ..registry import component
from .adoptions import closing_parts, joint_bodies

# "... je Skupščina občine Koper na seji ... dne ... sprejela" (the OCR's "ta seji" too)
SUBJECT_RE = re.compile(
    r"\b(?:je|sta|so)\s+(?P<body>[^;()]{3,220}?)\s+(?:[nt]a\.?\s+(?:[\w.]+\s+){0,3}?(?:seji|sejah|seje|zasedanju|zasedanja)\b"
    r"|dne\b|spre\W{0,3}je[lt]|(?:določil|izdal|sklenil|odločil|potrdil)[aoi]?\b)")  # "je župan ... določil"
ORGAN_RE = re.compile(r"(?i)^(?:zbor\w*|skupščin\w*|skupšpin\w*|izvršilni\s+odbor|odbor\w*|svet\w*|delegat\w*)\b")
ORG_WORD_RE = re.compile(r"(?i)\b(?:skupščin|skupšpin|svet|zbor|odbor|sodišč|komisij|skupnost|sklad|"
                         r"delavci|uprav|komite|zavod|župan)")
MEETING_GENITIVE_RE = re.compile(r"\bseji\s+(?P<g>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)(?=\s*,|\s+dne\b|\s+ki\b)")
AGREEMENT_RE = re.compile(r"\bsamoupravnega\s+sporazuma\s+o\s+(?P<t>[^(),;]+?)(?=\s*(?:\(|,|;|\bso\b|\bsprejet))")
APPOSITION_RE = re.compile(r"(?:v|kot|pri|ki|z|s)\s")
# The chambers of an assembly in joint session adopt as the assembly.
CHAMBERS_RE = re.compile(r"(?i)^(?:vsi\s+|oba\s+)?zbori\s+(?=skup)")
CUT_RE = re.compile(r"\s+(?:na\s+podlagi|v\s+skladu|po\s+izvedeni|za\s+namenom|sprejem\w*|ki|je)\b|,")
# "soglasje ... s sklepom štev.: 025-6/84": the number of another body's decision.
OTHER_ACT_RE = re.compile(r"(?i)\b(?:sklepom|odločbo|sklepa|odločbe)\s*$")
# How far before a date its context word ("dne", "seji") is looked for, and before
# the closing block's first mark the block's zone starts.
DATE_CONTEXT = 16
CLOSING_LEAD = 20
SESSION_RE = re.compile(r"\b(?:seji|sejah|zasedanju)\b")
CLAUSE_VERB_RE = re.compile(r"\b(?:je|sta|so|sprejel[aoi]?|potrdil[aoi]?)\b")
SESSION_CONTEXT = 100  # "na sejah zbora združenega dela in zbora krajevnih skupnosti dne"
DATE_CONTEXT_RE = re.compile(r"(?:dne|seji|sejah|zasedanju)[\s,.]*$")


ITEM_NUMBER_RE = re.compile(r"^\s*\d{1,4}\.\s+")


def split_section(section: Optional[str], region: Region) -> tuple[Optional[str], Optional[str]]:
    """'OBČINA X SKLAD REZERV OBČINE X' -> ('OBČINA X', 'SKLAD REZERV OBČINE X')."""
    if not section:
        return None, None
    names = "|".join(re.escape(m.upper()) for m in region.municipalities)
    m = re.match(rf"(OBČIN[AE]\s+(?:{names})(?:\s*,\s*(?:{names}))*(?:\s+IN\s+(?:{names}))?)\b\s*(.*)",
                 section)
    if m:
        return m.group(1), m.group(2) or None
    words = section.split()
    if municipal_heading(words[:4], region):  # the OCR's "OBČtNA HJRSKA BtSTRtCA"
        name = named_municipality(words[1:4], region)
        rest = " ".join(words[1 + len(name.split()):])
        return f"OBČINA {name.upper()}", rest or None
    return None, section


def split_sessions(preamble: str, sessions: list[re.Match]) -> bool:
    """Chambers that adopted the act in one clause on different days ("na seji
    družbenopolitičnega zbora dne 25. 6. 1985 in na sejah ... dne 26. 6. 1985
    sprejela"): the act has no one date of adoption. A verb between the dates makes
    them two clauses, an adoption and its confirmation."""
    dates = {parse_date(m) for m in sessions}
    return len(dates) > 1 and not CLAUSE_VERB_RE.search(preamble, sessions[0].end(), sessions[-1].start())


def adoption_date(preamble: str, closing_date: Optional[str], issue_date: Optional[str]):
    """The date of the session that adopted the act: the last date in the preamble
    that follows 'dne'/'seji' (not 'z dne', which dates a publication)."""
    best = None
    sessions = []
    for m in DATE_RE.finditer(preamble):
        before = preamble[max(0, m.start() - DATE_CONTEXT):m.start()]
        if DATE_CONTEXT_RE.search(before) and not re.search(r"\bz\s+dne[\s,.]*$", before):
            best = m
            if SESSION_RE.search(preamble, max(0, m.start() - SESSION_CONTEXT), m.start()):
                sessions.append(m)
    if split_sessions(preamble, sessions):
        return None, None
    if best:
        return parse_date(best), best.span()
    year_src = closing_date or issue_date
    if year_src:
        for m in DAY_MONTH_RE.finditer(preamble):
            before = preamble[max(0, m.start() - DATE_CONTEXT):m.start()]
            if DATE_CONTEXT_RE.search(before):
                best = m
        if best:
            return parse_date(best, int(year_src[:4])), best.span()
    return None, None


def subject_phrase(preamble: str) -> Optional[str]:
    """The subject of the preamble's main clause: who adopted the act."""
    for m in reversed(list(SUBJECT_RE.finditer(preamble))):
        # the last of a list's parts, but not an apposition ("..., v vlogi ustanoviteljice ...,")
        parts = [p for p in squash(m.group("body")).split(", ") if not APPOSITION_RE.match(p)]
        body = parts[-1] if parts else ""
        body = CUT_RE.split(body)[0].strip(" ,.")
        if body and ORG_WORD_RE.search(spelt_out(body)) and not re.match(r"(?i)sprejel|bil|na\s", body):
            return body
    return None


def canonical_body(phrase: str, section_body: Optional[str], region: Region,
                   propers: frozenset[str]) -> str:
    phrase = spelt_out(CHAMBERS_RE.sub("", phrase))
    f = fold(phrase)
    m = region.municipality_in(phrase)
    regional = fold(region.regional_body)
    if re.match(r"izvrsn\w* svet\w* skupscine obc(?:ine|me)\b", f) and m and m != region.regional_body:
        return f"Izvršni svet Skupščine občine {m}"
    if re.match(r"skups[cp]\w* obc(?:ine|me)\b", f) and m and m != region.regional_body:
        return f"Skupščina občine {m}"
    if regional and re.match(rf"(?:izvrsni svet )?skupsc\w* {regional.split()[0][:5]}", f):
        head = "Izvršni svet Skupščine" if f.startswith("izvrsni") else "Skupščina"
        genitive = re.search(r"(?i)obaln\w*\s+skupnost\w*(?:\s+" + region.regional_seat + ")?", phrase)
        name = genitive.group() if genitive else phrase
        name = name[:1].upper() + name[1:]
        if region.regional_seat not in name:
            name += " " + region.regional_seat
        return f"{head} {name}"
    if ORGAN_RE.match(phrase):
        # "skupščina Samoupravne ... skupnosti občine Koper": the act is the body's,
        # named by the section header unless that names another body.
        body = phrase.split(None, 1)[1] if " " in phrase else ""
        if section_body and (not body or _same_body(section_body, body)):
            return body_name(section_body, propers)
        if any(is_head(w) for w in body.split()[:4]) and not ORGAN_RE.match(body):
            return body_name(body, propers)
        if section_body:
            return body_name(section_body, propers)
    return proper_case(phrase, propers, first_upper=True)


def _same_body(section: str, phrase: str) -> bool:
    """Most words of the section header are in the preamble's phrase, in any case."""
    header = name_stems(section)
    return len(header & name_stems(phrase)) * 2 >= len(header)


def body_name(printed: str, propers: frozenset[str]) -> str:
    """A body's name as printed, often in capitals, in normal capitalisation: only
    proper nouns after the head noun keep a capital (Samoupravna komunalna ...)."""
    cased = proper_case(printed, propers, first_upper=True)
    return canonical_org(cased, propers) if any(is_head(w) for w in cased.split()[:4]) else cased


# The body whose statute or founding act the legal basis cites: "20. člena statuta
# Občinske skupnosti za ceste Ribnica je skupščina skupnosti ... sprejela".
STATUTE_OF_RE = re.compile(r"\b(?:statut\w*|pravil\w*|sporazum\w*\s+o\s+ustanovitvi)\s+"
                           r"(?P<g>[A-ZČŠŽ][^(),;]{3,120}?)(?=\s*[(,;]|\s+(?:je|in|ter|so|sta)\s)")


def named_body(phrase: str, preamble: str) -> str:
    """'skupščina skupnosti' names its body by a bare head noun: the body is the one
    of that head whose statute the preamble cites."""
    words = phrase.split()
    if len(words) != 2 or not ORGAN_RE.match(words[0]) or not is_head(words[1]):
        return phrase
    stem = name_stems(words[1])
    for m in STATUTE_OF_RE.finditer(preamble):
        if stem & name_stems(m.group("g")):
            return f"{words[0]} {squash(m.group('g'))}"
    return phrase


def issuer_of(doc: IssueDoc, layout: ActLayout, preamble: str, section_body: Optional[str],
              municipality: Optional[str], region: Region) -> Optional[str]:
    phrase = subject_phrase(preamble)
    if phrase:
        phrase = named_body(phrase, preamble)
        return canonical_body(phrase, section_body, region, doc.propers)
    if preamble.strip() and not re.match(r"\s*(?:Na|V|Pri|Skladno|Po)\b", preamble):
        # "Delavci v temeljnih organizacijah ... za namenom, da ... sprejemamo"
        # (after the act's item number: "342. Občinski ljudski odbor Mozirje je po ...")
        subject = ITEM_NUMBER_RE.sub("", CUT_RE.split(squash(preamble))[0])
        if ORG_WORD_RE.search(subject) and len(subject) < 160:
            return canonical_body(subject, section_body, region, doc.propers)
    meeting = MEETING_GENITIVE_RE.search(preamble)
    if meeting and ORG_WORD_RE.search(meeting.group("g")):
        first, *rest = meeting.group("g").split()
        organ = " ".join([lemma(first)] + rest)
        agreement = AGREEMENT_RE.search(preamble)
        if agreement and re.match(r"(?i)odbor\s+podpisnik", organ):
            organ += " samoupravnega sporazuma o " + squash(agreement.group("t"))
        return proper_case(organ, doc.propers, first_upper=True)
    if layout.heading is not None and not SUBJECT_RE.search(preamble):
        # No preamble (or only the decision's number and date): "Ustavno sodišče ...
        # je v postopku ...", "Občinska volilna komisija ... objavlja" opens the body.
        first = re.match(r"\s*([^.;]{5,120}?)\s+(?:je|objavlja|razglaša)\b", doc.work[layout.heading.title_end:
                                                              layout.heading.title_end + 300])
        if first and ORG_WORD_RE.search(first.group(1)):
            return re.sub(r"Socialistične\s+republike", "SR", squash(first.group(1)))
    if section_body:
        return body_name(section_body, doc.propers)
    if municipality and municipality != region.regional_body:
        return f"Skupščina občine {municipality}"  # a municipality's acts are its assembly's
    return None


def closing_fields(doc: IssueDoc, act: Act, lay: ActLayout, region: Region) -> Optional[str]:
    """The file number and the place of signing from the closing block; the date
    printed there (the act's date unless its preamble dates the session)."""
    text = doc.work
    zone_start = max(lay.start, lay.closing.start - CLOSING_LEAD)
    zone = text[zone_start:lay.closing.end]
    num = next((m for m in NUMBER_RE.finditer(zone)
                if not OTHER_ACT_RE.search(zone, max(0, m.start() - CLOSING_LEAD), m.start())), None)
    if num:
        act.number = normalise_number(num.group("num"))
        act.number_span = doc.span(zone_start + num.start("num"), zone_start + num.end("num"))
    pd = PLACE_DATE_RE.search(zone)
    dm = pd or DATUM_RE.search(zone)
    if pd:
        place = pd.group("place").split()
        act.place = region.municipality_in(" ".join(place)) or place[-1]
        # "... za cene Koper Koper, 7. decembra": the body's seat ends the
        # line before, so the place is the last word unless both make it.
        both = len(place) == 2 and len(act.place.split()) == 2
        start = pd.start("place") if both else pd.end("place") - len(place[-1])
        lay.place = Span(zone_start + start, zone_start + pd.end("place"))
    closing_date = None
    if dm:
        closing_date = parse_date(DATE_RE.search(dm.group("date")))
        if closing_date is not None:
            act.date_span = doc.span(zone_start + dm.start("date"), zone_start + dm.end("date"))
    return closing_date


def adoptions_of(doc: IssueDoc, act: Act, lay: ActLayout, preamble: str, region: Region) -> list[Adoption]:
    """Every body's adoption of a joint act, with its number and place from the closing."""
    bodies = joint_bodies(preamble)
    if not bodies:
        return []
    out = [Adoption(canonical_body(phrase, None, region, doc.propers), None, date) for phrase, date in bodies]
    for a in out:
        a.municipality = region.municipality_in(a.issuer)
    if lay.closing is None:
        return out
    zone = doc.work[max(lay.start, lay.closing.start - CLOSING_LEAD):lay.closing.end]
    unclaimed = list(out)
    for number, place in closing_parts(zone):
        town = region.municipality_in(place) if place else None
        a = next((a for a in unclaimed if town and a.municipality == town), unclaimed[0] if unclaimed else None)
        if a is None:
            break
        a.number, a.place = number, town or place
        unclaimed.remove(a)
    return out


@component("act_fields", requires=["doc.segments", "doc.issue", "doc.propers", "doc.region"],
           assigns=["act.number", "act.number_span", "act.date", "act.date_span", "act.place", "act.issuer",
                    "act.municipality", "act.adoptions", "layout.place"])
def make_act_fields():
    def act_fields(doc: IssueDoc) -> IssueDoc:
        region = doc.region
        for act, lay in doc.in_text():
            preamble = doc.work[slice(*lay.preamble())]
            closing_date = closing_fields(doc, act, lay, region) if lay.closing else None
            date, span = adoption_date(preamble, closing_date, doc.issue.date)
            if date:
                act.date = date
                act.date_span = doc.span(lay.start + span[0], lay.start + span[1])
            else:
                act.date = closing_date
            municipal, body = split_section(act.section, region)
            municipality = (region.municipality_in(municipal) if municipal else None) \
                or (region.municipality_in(body) if body else None)
            act.issuer = issuer_of(doc, lay, preamble, body, municipality, region)
            act.municipality = municipality or (region.municipality_in(act.issuer)
                                                if act.issuer and not supra_municipal(act.issuer) else None)
            act.adoptions = adoptions_of(doc, act, lay, preamble, region)
            if act.adoptions:  # the first body's adoption is the act's
                first = act.adoptions[0]
                act.issuer, act.date = first.issuer, first.date or act.date
                dated = next((m for m in DATE_RE.finditer(preamble) if parse_date(m) == first.date), None)
                if dated:
                    act.date_span = doc.span(lay.start + dated.start(), lay.start + dated.end())
        return doc

    return act_fields
