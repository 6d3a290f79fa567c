"""People, organisations and places named in an act: rules for the formulaic
parts of the genre, as pure functions over a string and offsets.

- people: two or three name tokens (``Peter Bolčič``, ``DELGIUSTO Jožef``,
  ``Irena K OSMINA``) of which the first or last is a known given name;
- organisations: a capitalised head noun of a body (Skupnost, Center,
  Komisija, Odbor, Zavod ...), its adjectives before and its complement after
  (``Center za socialno delo Piran``), enterprises in quotes (``»GALEB« KOPER``);
- places: municipalities in any case (``v Kopru``), cadastral communities
  (``k. o. Sečovlje``), settlements (``v naselju Hrvatini``), the place of a
  local community (``Krajevna skupnost Žusterna``), streets (``Verdijeva ulica 10``)
  and names after a locative preposition that the lemmatiser knows as places.

Every mention comes with its canonical form: nominative, normal capitalisation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from .lexicon import given_names, slovenian
from .names import normalise_name
from .patterns import LOW, UP
from .doc import IssueDoc
from .records import Mention as MentionRecord
from .region import Region, lemma
from .registry import components

NAME_TOKEN = rf"(?:[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?|[{UP}]{{2,}}(?:-[{UP}]{{2,}})?)"
NAME_RUN_RE = re.compile(rf"(?<![\w.]){NAME_TOKEN}(?:[ \t]+(?:[{UP}][ \t]+)?{NAME_TOKEN}){{1,4}}(?![\w])")
COMMON_FREQ = 2e-5  # words this frequent are not surnames in practice
FUNCTION_FREQ = 3e-4  # nor given names


@dataclass(frozen=True)
class Mention:
    label: str  # PER, ORG, LOC
    start: int
    end: int
    canonical: str


def _common(word: str) -> bool:
    return slovenian().freq(word.lower()) > COMMON_FREQ


# -- people ----------------------------------------------------------------------

ORG_HEADS = ("skupnost", "skupščin", "center", "centr", "društv", "zavod", "komisij", "odbor", "svet",
             "sklad", "uprav", "inštitut", "inšpektorat", "bank", "podjetj", "zvez", "združenj", "biro",
             "ministrstv", "vlad", "štab", "konferenc", "tovarn", "komite", "služb", "enot", "oddel",
             "sodišč", "zbornic", "fakultet", "šol", "univerz", "brigad", "organizacij", "delegacij")
# The endings a head noun takes in its cases; "upravičenec" or "svetovanje" is no head.
HEAD_ENDINGS = r"(?:a|e|i|o|u|om|em|ih|ov|ev|ama|ami|ah|ij|ija|ije|iji|ijo|ost|osti|ostjo|ek|ka|ku|kom|ru|rom|ra|re|ri)?"


def _org_word(word: str) -> bool:
    return word.lower().startswith(ORG_HEADS)


def _given(word: str) -> bool:
    """A given name, not a function word that some language uses as a name ("In", "So")."""
    w = word.lower()
    return len(w) > 2 and w in given_names() and slovenian().freq(w) < FUNCTION_FREQ


def find_people(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[Mention]:
    end = len(text) if end is None else end
    for run in NAME_RUN_RE.finditer(text, start, end):
        toks = [(m.start() + run.start(), m.end() + run.start(), m.group())
                for m in re.finditer(r"\S+", run.group())]
        if len(toks) >= 4 and all(t.isupper() for *_, t in toks):
            continue  # a heading in capitals, not a list of names
        i = 0
        while i < len(toks):
            found = None
            for size in (3, 2):
                window = toks[i:i + size]
                if len(window) < 2:
                    continue
                words = [w for *_, w in window if len(w) > 1]
                if not (_given(words[0]) or _given(words[-1])):
                    continue
                if any(_org_word(w) for w in words) or any(_common(w) and not _given(w) for w in words):
                    continue
                if size == 3 and not (_given(words[0]) or _given(words[1])):
                    continue
                found = window
                break
            if found:
                tokens = [w for *_, w in found]
                canonical = normalise_name(tokens)
                yield Mention("PER", found[0][0], found[-1][1], _nominative_name(canonical))
                i += len(found)
            else:
                i += 1


def _nominative_name(name: str) -> str:
    """'Raula Šiškoviča' -> 'Raul Šiškovič', when the given name reads as an inflected form."""
    words = name.split()
    if _given(words[0]):
        return name
    lemmas = [lemma(w) for w in words]
    if _given(lemmas[0]):
        return " ".join(lemmas)
    return name


# -- organisations -------------------------------------------------------------------

ADJECTIVE_RE = re.compile(rf"[{UP}][{LOW}]+(?:ski|ška|ško|ške|škega|ški|ni|na|no|ne|nega|nem|ne|čni|čna|"
                          rf"ega|emu|em|ih|im|a|e|i|o)$")
STOP_WORDS = frozenset("je so bo bodo se ki da ali oziroma ter kot iz do od o po z s k h ob čez "
                       "lahko tudi pa ne še že ta to te tega tem na pred med nad pod brez proti "
                       "zaradi glede poleg razen najkasneje praviloma št".split())
ADJ_ENDINGS = r"(?:ski|ška|ške|ški|škega|ni|na|ne|nega|nih|ni|en|ega|ih|ev|ov)"
ORG_RE = re.compile(rf"(?<![\w])(?:[{UP}][{LOW}]+\s+(?:[{LOW}]+{ADJ_ENDINGS}\s+){{0,2}})?"
                    rf"(?:{'|'.join(h.capitalize() + '|' + h for h in ORG_HEADS)}){HEAD_ENDINGS}(?![\w])")
# A body's name in capitals, as in lists and headings: "KRAJEVNA SKUPNOST SEČOVLJE".
ORG_CAPS_RE = re.compile(rf"(?<![\w])(?:KRAJEVNA|OBČINSKA|SAMOUPRAVNA|KMETIJSKA)\s+(?:[{UP}]+\s+){{0,2}}"
                         rf"(?:SKUPNOST|ZVEZA|KOMISIJA)(?:\s+[{UP}]{{2,}}(?:\s*[-—–]\s*[{UP}]{{2,}})*){{1,4}}(?![\w])")
QUOTED_RE = re.compile(rf"[»\"„]\s*([{UP}][\w\-]+(?:\s+[\w\-]+){{0,2}})\s*[«\"“]\s*([{UP}][{LOW}]+|[{UP}]{{2,}})?")
MAX_COMPLEMENT = 9
FEMININE_ENDINGS = ("a", "ost")
NEUTER_ENDINGS = ("o", "e")


def _gender(noun: str) -> str:
    n = noun.lower()
    if n.endswith(FEMININE_ENDINGS):
        return "f"
    if n.endswith(NEUTER_ENDINGS) and n not in ("komite", "biro"):
        return "n"
    return "m"


def _agree(adjective: str, gender: str) -> str:
    """Nominative of an adjective in a name, agreeing with the head noun."""
    base = lemma(adjective).lower()  # masculine indefinite: krajeven, občinski
    if base.endswith("i"):
        stem = base[:-1]
    elif re.search(r"[^aeiou]en$", base):
        stem = base[:-2] + "n"
    elif base.endswith(("a", "o", "e")):
        stem = base[:-1]
    else:
        stem = base
    ending = {"f": "a", "n": "o", "m": "i"}[gender]
    word = stem + ending
    return word[:1].upper() + word[1:] if adjective[:1].isupper() else word


def _complement(text: str, pos: int, end: int) -> int:
    """End of the words that complete an organisation's name after its head."""
    best = pos
    count = 0
    for m in re.finditer(r"\s+([^\s]+)", text[pos:min(end, pos + 160)]):
        word = m.group(1)
        core = word.strip(",.;:()»«\"*")
        if not core or not re.match(r"[\w]", core) or core.lower() in STOP_WORDS:
            break
        if core == "in" and not re.match(r"\s+\w+(?:ega|ih|nih|ne)\b", text[pos + m.end():pos + m.end() + 30]):
            break
        if _org_word(core) and core[0].isupper():
            break  # the next organisation begins
        if core == "za" and (" za " in text[pos:pos + m.start(1)]
                             or re.match(r"\s+(?:obdobje|leto|čas)\b", text[pos + m.end():pos + m.end() + 10])):
            break
        if _verb(core):
            break
        if re.match(r"\d", core):
            break
        count += 1
        best = pos + m.start(1) + len(core)
        if word != core or count >= MAX_COMPLEMENT:
            break
    # Do not end on a preposition or a conjunction.
    tail = text[pos:best].split()
    while tail and tail[-1].lower() in ("in", "za", "v", "pri", "na", "s", "z"):
        best = pos + text[pos:best].rstrip().rfind(tail[-1])
        tail.pop()
        best = pos + len(text[pos:best].rstrip())
    return best


def canonical_org(phrase: str, propers: frozenset[str]) -> str:
    words = phrase.split()
    head_i = next(i for i, w in enumerate(words) if _org_word(w))
    head = lemma(words[head_i])
    head = head[:1].upper() + head[1:].lower() if head_i == 0 else head.lower()
    gender = _gender(head)
    adjectives = [_agree(w, gender) for w in words[:head_i]]
    rest = []
    for w in words[head_i + 1:]:
        rest.append(w[:1] + w[1:].lower() if w.isupper() and len(w) > 3 else w)
    out = adjectives + [head] + rest
    out[0] = out[0][:1].upper() + out[0][1:]
    for i in range(1, len(out)):
        if out[i].lower() in propers and out[i][:1].islower():
            out[i] = out[i][:1].upper() + out[i][1:]
        elif i < len(adjectives) + 1 and out[i][:1].isupper() and i <= head_i:
            out[i] = out[i].lower()
    return " ".join(out)


def find_organizations(text: str, start: int = 0, end: Optional[int] = None,
                       propers: frozenset[str] = frozenset()) -> Iterator[Mention]:
    end = len(text) if end is None else end
    for m in ORG_RE.finditer(text, start, end):
        if not m.group()[:1].isupper():
            continue  # "skupnost" in running text: no name
        words = m.group().split()
        # Leading capitalised words must be adjectives, not sentence starts or names.
        lead = 0
        while lead < len(words) - 1 and not (ADJECTIVE_RE.match(words[lead]) and not _common_start(words[lead])):
            lead += 1
        s = m.start() + m.group().find(words[lead]) if lead else m.start()
        if lead and not words[lead][:1].isupper():
            continue
        e = _complement(text, m.end(), end)
        phrase = re.sub(r"\s+", " ", text[s:e]).strip(" ,.;:(")
        if QUOTED_RE.search(text, s, min(end, e + 30)):
            continue  # "organizaciji »GALEB« KOPER": the quoted name is the name
        words = phrase.split()
        if len(words) < 2 or (len(words) == 2 and _org_word(words[1]) and not words[1][:1].isupper()):
            continue  # a bare "Odbor" or "Izvršilni odbor" is a reference, not a name
        yield Mention("ORG", s, e, canonical_org(phrase, propers))
    for m in ORG_CAPS_RE.finditer(text, start, end):
        phrase = re.sub(r"\s+", " ", m.group()).strip()
        if len(phrase.split()) >= 3:
            yield Mention("ORG", m.start(), m.end(),
                          canonical_org(" ".join(w.capitalize() for w in phrase.split()), propers))
    for q in QUOTED_RE.finditer(text, start, end):
        name = q.group(1).strip()
        place = q.group(2)
        full = " ".join(w.capitalize() if w.isupper() else w for w in (name + (" " + place if place else "")).split())
        yield Mention("ORG", q.start(), q.end(), full)


def _verb(word: str) -> bool:
    """A finite verb ends a name: its lemma is an infinitive (-ti, -či)."""
    if not word.islower() or len(word) < 4:
        return False
    lem = lemma(word)
    return lem != word and lem.endswith(("ti", "či"))


def _common_start(word: str) -> bool:
    """A capitalised word that starts a sentence rather than a name ("Zato", "Ta")."""
    return slovenian().freq(word.lower()) > 1e-4 and not ADJECTIVE_RE.match(word.lower().capitalize()) \
        or word in ("Ta", "Te", "To", "Zato", "Tudi", "Vsak", "Vsaka")


# -- places -----------------------------------------------------------------------

PLACE_TOKEN = rf"[{UP}][{LOW}]+(?:\s+(?:pri|na|ob|v)\s+[{UP}][{LOW}]+|\s+[{UP}][{LOW}]+)?(?:\s+[IVX]{{1,3}}(?![\w]))?"
CADASTRE_RE = re.compile(rf"(?:k\.\s?o\.|katastrsk\w+\s+občin\w+|naselj\w+|vasi|zaselk\w+)\s+(?P<p>(?:Sv\.\s+)?{PLACE_TOKEN})")
KS_RE = re.compile(rf"(?:[Kk]rajevn(?:a|e|i|o)\s+skupnosti?|KRAJEVNA\s+SKUPNOST)\s+(?P<p>(?:Sv\.\s+)?[{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?|[{UP}]{{3,}}(?:\s+[{UP}]{{3,}})?)(?![\w])")
STREET_RE = re.compile(rf"(?P<p>(?:[{UP}][{LOW}]+\s+){{1,2}}(?:ulica|ulici|ulico|cesta|cesti|cesto|pot|poti|trg|trgu|"
                       rf"drevored|nabrežje)|(?:Ulica|Cesta|Trg)\s+(?:[\w.]+\s+){{0,2}}[{UP}][{LOW}]+)"
                       rf"(?P<n>\s+\d+[a-z]?)?")
LOCATIVE_RE = re.compile(rf"(?<![\w])(?:v|na|pri|iz|proti|do)\s+(?P<p>(?:Sv\.\s+)?[{UP}][{LOW}]{{2,}}(?:\s+[{UP}][{LOW}]{{2,}})?)(?![\w])")
# A house address after a name: "DEBERNARDI Emilija, roj. Kocjančič, Dragonja 43".
ADDRESS_RE = re.compile(rf"(?<=,\s)(?P<p>(?:Sv\.\s+)?[{UP}][{LOW}]{{2,}}(?:\s+[{UP}][{LOW}]+)?)\s+\d{{1,3}}[a-z]?(?![\d./,:])")
MONTHS_AND_SUCH = re.compile(r"(?i)^(?:januar|februar|marec|april|maj|junij|julij|avgust|september|oktober|"
                             r"november|december|uradn|ustav|zakon|statut|odlok|sklep|pravilnik|člen|sr$|slovenij)")


def find_places(text: str, start: int, end: Optional[int], region: Region,
                known: frozenset[str] = frozenset(), town: Optional[str] = None) -> Iterator[Mention]:
    """Places named in text[start:end]; ``known`` are settlement names seen as such
    elsewhere in the same issue (after k. o., naselje, krajevna skupnost); a street
    is given with ``town``, the municipality of the act, as in "Verdijeva ulica 10, Koper"."""
    end = len(text) if end is None else end
    for rx in (CADASTRE_RE, KS_RE):
        for m in rx.finditer(text, start, end):
            # After "k. o.", "naselje", "krajevna skupnost" a place is named in the nominative.
            name = " ".join(w.capitalize() if w.isupper() else w for w in m.group("p").split())
            yield Mention("LOC", m.start("p"), m.end("p"), name)
    for m in ADDRESS_RE.finditer(text, start, end):
        name = m.group("p")
        if not (MONTHS_AND_SUCH.match(name) or _org_word(name) or _common(name.split()[-1])
                or name.split()[-1].lower() in ("ulica", "cesta", "pot", "trg")):
            yield Mention("LOC", m.start("p"), m.end("p"), name)
    for m in STREET_RE.finditer(text, start, end):
        street = m.group("p")
        words = street.split()
        if MONTHS_AND_SUCH.match(words[0]) or _org_word(words[0]) or _common(words[0]):
            continue
        norm = " ".join([words[0]] + [w.lower() if w[:1].isupper() and i < len(words) - 1 and w.lower() in
                                      ("ulica", "cesta", "trg") else w for i, w in enumerate(words[1:], 1)])
        number = (m.group("n") or "").strip()
        yield Mention("LOC", m.start(), m.end(), (norm + (" " + number if number else "")).strip()
                      + (f", {town}" if town else ""))
    for m in re.finditer(rf"[{UP}][{LOW}]+(?:\s+[{UP}][{LOW}]+)?", text[start:end]):
        muni = None
        word = m.group()
        muni = region.municipality_in(word) if len(word) > 3 else None
        if muni and muni != region.regional_body and fold_eq_start(word, muni):
            yield Mention("LOC", start + m.start(), start + m.end(), muni)
    for m in LOCATIVE_RE.finditer(text, start, end):
        name = m.group("p")
        if MONTHS_AND_SUCH.match(name) or _org_word(name) or _common(name.split()[0]):
            continue
        # An inflected form ("v Sečovljah") of a place named elsewhere in the issue.
        match = next((k for k in known if name == k or (name[:max(4, len(k) - 2)] == k[:max(4, len(k) - 2)]
                                                        and len(name.split()) == len(k.split()))), None)
        if match:
            yield Mention("LOC", m.start("p"), m.end("p"), match)


def fold_eq_start(word: str, municipality: str) -> bool:
    """The word is (an inflected form of) the municipality's name, not a longer word."""
    w, m = word.lower(), municipality.lower()
    if len(w.split()) != len(m.split()) or len(w) > len(m) + 3:
        return False
    return w[:4] == m[:4] or lemma(word).lower() == m


def canonical_of(label: str, surface: str, region: Region, propers: frozenset[str]) -> Optional[str]:
    """Canonical form of an entity the statistical model found (the rules give their own)."""
    words = re.sub(r"\s+", " ", surface).strip(" ,.;:»«\"").split()
    if not words:
        return None
    if label == "PER":
        return _nominative_name(normalise_name(words)) if len(words) >= 2 else None
    if label == "ORG":
        if len(words) < 2 or (len(words) == 2 and _org_word(words[1]) and words[1].islower()):
            return None  # "Izvršilni odbor": a reference to a body, not its name
        if any(_org_word(w) for w in words):
            return canonical_org(" ".join(w.capitalize() if w.isupper() else w for w in words), propers)
        return " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in words)
    muni = region.municipality_in(" ".join(words))
    if muni and muni != region.regional_body and len(words) <= 2:
        return muni
    if len(words) == 1 and _common(words[0]):
        return None  # a capitalised common word at a sentence start, not a place
    return " ".join(w.capitalize() if w.isupper() else w for w in words)


def _prefer_proper_names(found: list[Mention]) -> list[Mention]:
    """"Gostinska delovna organizacija Galeb Koper" names the organisation the act
    also calls "Galeb Koper": a descriptor before a name already found is dropped."""
    names = {m.canonical for m in found if m.label == "ORG" and len(m.canonical.split()) >= 2}
    out = []
    for m in found:
        if m.label == "ORG":
            shorter = next((n for n in names if n != m.canonical and m.canonical.endswith(" " + n)), None)
            if shorter:
                m = Mention(m.label, m.start, m.end, shorter)
        out.append(m)
    return out


def _overlaps(a: Mention, others: list[Mention]) -> bool:
    return any(a.start < o.end and o.start < a.end for o in others)


@components.register("mentions")
def make_mentions(region: Region, statistical: bool = True):
    def mentions(doc: IssueDoc) -> IssueDoc:
        text = doc.work
        known = frozenset(" ".join(w.capitalize() if w.isupper() else w for w in m.group("p").split())
                          for rx in (CADASTRE_RE, KS_RE) for m in rx.finditer(text))
        for act, lay in zip(doc.acts, doc.layouts):
            if lay is None:
                continue
            found = list(find_people(text, lay.start, lay.end))
            found += find_organizations(text, lay.start, lay.end, doc.propers)
            town = act.municipality if act.municipality != region.regional_body else None
            found += find_places(text, lay.start, lay.end, region, known, town)
            if statistical:
                from . import nlp

                # The statistical model adds what the rules do not cover; where both
                # found something, the rules' reading (and canonical form) stands.
                rules = list(found)
                for label, s, e in nlp.entities(text, lay.start, lay.end):
                    canonical = canonical_of(label, text[s:e], region, doc.propers)
                    m = Mention(label, s, e, canonical) if canonical else None
                    if m and not _overlaps(m, rules):
                        found.append(m)
            if lay.closing is not None:
                # an organisation in the signature block is a signer's function
                found = [m for m in found if not (lay.closing.start - 200 <= m.start < lay.closing.end)
                         or m.label != "ORG"]
            found = _prefer_proper_names(found)
            for m in sorted(found, key=lambda m: (m.start, m.end, m.label)):
                act.mentions.append(MentionRecord(m.label, m.canonical,
                                                  doc.source.text[slice(*doc.repaired.span(m.start, m.end))],
                                                  doc.span(m.start, m.end)))
        return doc

    return mentions
