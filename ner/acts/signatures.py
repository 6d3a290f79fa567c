"""Signature blocks: "Predsednik RAUL ŠIŠKOVIČ, l. r." -> role and person.

A name is read backwards from the "l. r." mark; its role is the text from the
nearest function word (predsednik, predsedujoča, župan ...) to the name. Stacked
functions ("Predsedujoča / Predsednica zbora krajevnih skupnosti / VERA VEZOVIK")
are kept, nearest first, joined by "; ".
"""
from __future__ import annotations

import re
from typing import Optional

from ..core.doc import ActLayout, IssueDoc
from ..core.lexicon import given_names, slovenian
from ..core.names import HONORIFIC_RE, NAME_TOKEN_RE, normalise_name
from ..core.patterns import DATUM_RE, LR_RE, NUMBER_RE, PLACE_DATE_RE, ROLE_HEAD_RE
from ..core.bodies import canonical_org, is_head, spelt_out
from ..core.profiles import municipality_words
from ..core.records import Act, Signature
from ..core.region import Region
from ..registry import component

# How far before the closing block a signature may stand, how far before a name its
# function, before an "l. r." its name, and after a function word a name without one.
ZONE_BEFORE = 300
ROLE_WINDOW = 160
# A function that names its body's municipality: "predsednik izvršnega sveta skupščine občine piran"
SIGNS_FOR_RE = re.compile(r"\s(?P<organ>(?:\w+\s+){0,2}?)skupščine občine (?P<town>\w+(?: \w+)?)$")
LR_NAME_WINDOW = 80
NAME_AFTER_WINDOW = 60
FUNCTION_WORD_FREQ = 3e-4
# The body a function names between it and the name: "Župan Občine Kamnik Tone Smolnikar"
BODY_OF_FUNCTION = frozenset("občine mestne občinskega sveta skupščine".split())
# Academic titles after a name: "Igor Bratina, dipl. jur.", "Ana Novak, univ. dipl. inž. arh."
TITLES_AFTER_RE = re.compile(r"(?:,\s*|\s+)(?:(?<!\w)(?:univ|dipl|mag|dr|prof|spec|inž|ing|jur|oec|ekon|prav|org|soc|ped|med|"
                             r"vet|arh|grad|str|el|kem|biol|upr|posl|ek|kom)\.\s*)+$", re.IGNORECASE)
# A function printed after the name, closing the block: "Drago Božac, župan"
# or on the line after its "l. r.": "Alojz Sok l.r.\nŽUPAN OBČINE ORMOŽ"
ROLE_AFTER_RE = re.compile(r"\s*(?:,|(?:" + LR_RE.pattern + r")[ \t]*\n)\s*(?P<role>" + ROLE_HEAD_RE.pattern
                           + r"[\w\s]{0,60}?)\s*$", re.IGNORECASE)


def _name_before(text: str, end: int, floor: int) -> Optional[tuple[int, int, list[str]]]:
    """Name tokens ending just before ``end`` (the l. r. mark), titles after them left out."""
    titles = TITLES_AFTER_RE.search(text, floor, end)
    end = titles.start() if titles else end
    toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text[floor:end])]
    names: list[tuple[int, int, str]] = []
    for s, e, tok in reversed(toks):
        core = tok.rstrip(",.;")
        if tok.endswith(":") or not core or ROLE_HEAD_RE.fullmatch(core):
            break
        if HONORIFIC_RE.match(tok):
            names.insert(0, (floor + s, floor + e, tok))
            break
        if names and tok != core and not core[-1:].isupper():
            break  # a comma or full stop before the name ends it
        if not NAME_TOKEN_RE.match(core):
            break
        words = [t for _, _, t in names if len(t) > 1]
        if len(words) >= 2 and not (len(core) > 1 and core.isupper() == words[0].isupper()
                                   and core.lower() in given_names()):
            break
        names.insert(0, (floor + s, floor + s + len(core), core))
    if not [t for *_, t in names if len(t) > 1 and not t.endswith(".")]:
        return None
    return names[0][0], names[-1][1], [t for *_, t in names]


def _name_after(text: str, start: int, end: int) -> Optional[tuple[int, int, list[str]]]:
    """Name tokens after a function word, skipping a place-and-date line and the body
    the function names ("Županja Občine Trbovlje Jasna GABRIČ")."""
    pos = start
    pd = PLACE_DATE_RE.search(text, start, end)
    if pd and not text[start:pd.start()].strip():
        pos = pd.end()
    names = []
    for m in re.finditer(r"\S+", text[pos:end]):
        core = m.group().rstrip(",.;")
        if not names and (is_head(core) or core.lower() in BODY_OF_FUNCTION or core in municipality_words()):
            continue  # the body the function names, not yet the name
        if not NAME_TOKEN_RE.match(core) or len(names) >= 3 or _function_word(core):
            break
        names.append((pos + m.start(), pos + m.start() + len(core), core))
    if len(names) < 2:
        return None
    return names[0][0], names[-1][1], [t for *_, t in names]


def _function_word(token: str) -> bool:
    """'Na', 'V', 'Pri' ...: a frequent word, so the start of a sentence, not a name."""
    return slovenian().freq(token.lower()) > FUNCTION_WORD_FREQ


def _role(text: str, lo: int, hi: int, region: Region) -> tuple[Optional[str], Optional[tuple[int, int]]]:
    heads = list(ROLE_HEAD_RE.finditer(text, lo, hi))
    if not heads:
        return None, None
    # The function ends where a place-and-date line, a file number or "l. r." begins.
    for rx in (PLACE_DATE_RE, DATUM_RE, NUMBER_RE, LR_RE):
        m = rx.search(text, heads[0].end(), hi)
        if m:
            hi = place_start(m, region) if rx is PLACE_DATE_RE else m.start()
    first = heads[0].start()
    # Only heads in one run: a later, separate block restarts the role.
    parts = []
    bounds = [h.start() for h in heads] + [hi]
    for a, b in zip(bounds, bounds[1:]):
        part = re.sub(r"[^\w\s,]", " ", spelt_out(text[a:b])).lower()
        part = re.sub(r"\s+", " ", part).strip(" ,")
        if part:
            parts.append(part)
    return "; ".join(reversed(parts)), (first, hi)


def place_start(m: re.Match, region: Region) -> int:
    """Where the place of a place-and-date line starts: its last word, unless its two
    words name one place ("Ilirska Bistrica"); "... IS SO Izola Izola, 18. aprila" is
    a function ending in the body's town, then the place."""
    words = m.group("place").split()
    if len(words) == 2 and len((region.municipality_in(m.group("place")) or "").split()) == 2:
        return m.start("place")
    return m.end("place") - len(words[-1])


def body_of_role(role: str, region: Region, propers: frozenset[str]) -> tuple[str, Optional[str]]:
    """The function without the municipality it names, and the body the signer signs
    for: "predsednik izvršnega sveta skupščine občine piran" -> ("predsednik izvršnega
    sveta", "Izvršni svet Skupščine občine Piran")."""
    m = SIGNS_FOR_RE.search(role)
    if not m:
        return role, None
    town = region.municipality_in(m.group("town"))
    if town is None or town == region.regional_body:
        return role, None
    organ = m.group("organ").strip()
    body = canonical_org(f"{organ} skupščine občine {town}", propers) if organ else f"Skupščina občine {town}"
    return role[:m.start()].strip(" ,") + (f" {organ}" if organ else ""), re.sub(
        r"\bskupščine občine\b", "Skupščine občine", body)


def signers(text: str, lo: int, hi: int) -> list[tuple[int, int, list[str]]]:
    """The names signed in text[lo:hi]: one before each "l. r." (or, when only the
    function stands there, the name the page set after the place and date:
    "Predsednica, l. r. Piran, 25. aprila 1989 TATJANA KOSOVEL"), or with no "l. r.",
    the name after the last function word."""
    found = []
    prev = lo
    for lr in LR_RE.finditer(text, lo, hi):
        name = _name_before(text, lr.start(), max(prev, lr.start() - LR_NAME_WINDOW))
        if name is None and ROLE_HEAD_RE.search(text, max(prev, lr.start() - LR_NAME_WINDOW), lr.start()):
            name = _name_after(text, lr.end(), min(len(text), hi + NAME_AFTER_WINDOW))
        if name:
            found.append(name)
        prev = lr.end()
    if not found:
        heads = list(ROLE_HEAD_RE.finditer(text, lo, hi))
        after = ROLE_AFTER_RE.search(text, lo, hi)
        name = None
        if after:  # "Drago Božac, župan"
            name = _name_before(text, after.start(), max(lo, after.start() - LR_NAME_WINDOW))
        elif heads:
            name = _name_after(text, heads[-1].end(), min(len(text), hi + NAME_AFTER_WINDOW))
        if name:
            found.append(name)
    return found


def block_signatures(doc: IssueDoc, lay: ActLayout, region: Region) -> list[Signature]:
    """The signatures of an act's closing block, each with the function before it."""
    text = doc.work
    lo = max(lay.start, lay.closing.start - ZONE_BEFORE)
    hi = lay.closing.end
    marks = sorted([m.end() for rx in (PLACE_DATE_RE, DATUM_RE, NUMBER_RE) for m in rx.finditer(text, lo, hi)])
    out = []
    prev_end = lo
    for s, e, toks in signers(text, lo, hi):
        floor = max([prev_end, s - ROLE_WINDOW] + [m for m in marks if m <= s])
        role, role_span = _role(text, floor, s, region)
        after = ROLE_AFTER_RE.match(text, e, hi)
        if role is None and after:
            role, role_span = after.group("role").lower(), after.span("role")
        if role is None:
            # "ŽUPAN / Koper, 18. marca 2017 / Boris Popovič": the function
            # stands before the place-and-date line.
            role, role_span = _role(text, max(lo, s - ROLE_WINDOW), s, region)
        body = None
        if role and spelt_out(text[slice(*role_span)]) != text[slice(*role_span)]:
            role, body = body_of_role(role, region, doc.propers)
        out.append(Signature(name=normalise_name(toks), role=(role or "").strip(), surface=text[s:e],
                             span=doc.span(s, e), role_span=doc.span(*role_span) if role_span else None,
                             body=body))
        prev_end = e
    return out


def tie_to_adoptions(act: Act, region: Region) -> None:
    """Each signature of a joint act to its own body: the one its function names, or
    the bodies in the order they signed."""
    free = list(act.adoptions)
    for sig in act.signatures:
        town = region.municipality_in(sig.body) if sig.body else None
        own = next((a for a in free if town and a.municipality == town), free[0] if free else None)
        if own is not None:
            sig.body = own.issuer
            free.remove(own)


@component("signatures", requires=["doc.segments", "act.adoptions", "doc.propers", "doc.region"],
           assigns=["act.signatures", "act.span", "layout.end"])
def make_signatures():
    def signatures(doc: IssueDoc) -> IssueDoc:
        region = doc.region
        for act, lay in doc.in_text():
            if lay.closing:
                act.signatures.extend(block_signatures(doc, lay, region))
                end = max([lay.end] + [doc.repaired.from_original(s.span.end) for s in act.signatures])
                if end > lay.end:  # a name the page set after the closing belongs to the act
                    lay.end = lay.closing.end = end
                    act.span = doc.span(lay.start, lay.end)
            if act.adoptions:
                tie_to_adoptions(act, region)
        return doc

    return signatures
