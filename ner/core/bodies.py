"""The grammar of a body's name: the head nouns of bodies (skupnost, odbor, center
...) with their declension, the adjectives before them, and the nominative of a
name as printed in any case (``Samoupravne stanovanjske skupnosti občine Piran``
-> ``Samoupravna stanovanjska skupnost občine Piran``). Read by the act fields
(the issuer) and by the entity readers."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import given_names, word_set, word_table
from .patterns import LOW, UP
from .wordforms import lemma

# Head nouns by stem, with the declension that decides their genitive.
HEADS = word_table("body_heads")


HEAD_RE = re.compile(
    rf"(?i:({'|'.join(sorted(HEADS, key=len, reverse=True))})"
    r"(a|e|i|o|u|om|em|ih|ov|ev|ama|ami|ah|ij|ija|ije|iji|ijo|ost|osti|ostjo|ek|ka|ku|kom|ru|rom|ra|re|ri)?)")


ADJECTIVE_RE = re.compile(rf"[{UP}{LOW}]{{3,}}(?:sk|šk|čn|n|k|ln|tn|j|č|v)(?:i|a|o|e|ega|ih|em|emu|im)$",
                          re.IGNORECASE)


DASHES = frozenset("- – —".split())


def head_gender(word: str) -> Optional[str]:
    m = HEAD_RE.fullmatch(word)
    return HEADS[m.group(1).lower()] if m else None


def is_head(word: str) -> bool:
    return head_gender(word) is not None


# Endings only a plural head takes, by gender ("skladi", "organizacij", "društvih");
# "organizacije", "skupnosti" may be either and count as singular.
PLURAL_HEAD = {"m": ("i", "e", "ov", "ev", "ih", "ami"), "f": ("", "ah", "ami"), "n": ("ih", "ah", "ami"),
               "i": ("ih",)}


def plural_head(word: str) -> bool:
    m = HEAD_RE.fullmatch(word)
    return m is not None and (m.group(2) or "").lower() in PLURAL_HEAD[HEADS[m.group(1).lower()]]


# Endings of common nouns, never of a settlement's name: the labels of table rows
# ("Asfaltiranje", "Rekonstrukcija", "Udeleženci") are no proper nouns.
COMMON_NOUN_ENDINGS = ("anje", "enje", "cija", "cije", "ost", "osti", "tev", "stva", "stvo", "enci", "niki")


def adjective(word: str) -> bool:
    """An adjective by its form and its lemma (občinski, krajevne, samoupravna)."""
    if not ADJECTIVE_RE.match(word) or is_head(word):
        return False
    base = lemma(word).lower()
    return base.endswith(("ski", "ški", "ni", "en", "ji", "ki")) and not base.endswith(("ti", "či"))


# Common nouns that end the name of a place ("Nova vas", "Kačja vas").
PLACE_NOUNS = word_set("place_nouns")


def body_ahead(texts: list[str], i: int) -> bool:
    """A head noun at texts[i], perhaps after its adjectives."""
    while i < len(texts) and adjective(texts[i]) and not is_head(texts[i]):
        i += 1
    return i < len(texts) and is_head(texts[i])


def canonical_org(phrase: str, propers: frozenset[str] = frozenset()) -> str:
    """Nominative, normal capitalisation: the adjectives agree with the head noun,
    only the first word and proper nouns keep a capital. One word out per word in."""
    ws = phrase.split()
    head_i = next(i for i, w in enumerate(ws) if is_head(w))
    head = lemma(ws[head_i]).lower()
    stem = HEAD_RE.fullmatch(ws[head_i]).group(1).lower()
    if head == ws[head_i].lower() != stem and HEADS[stem] == "m" and stem not in ("centr", "oddel"):
        head = stem  # the lemmatiser reads "doma" as the adverb
    gender = _gender(head)
    # before the head, adjectives agree with it; a firm's own word stays ("Invest biro")
    out = [_agree(w, gender) if adjective(w) or w[:1].islower() else capitalised(w)
           for w in ws[:head_i]] + [head]
    for k, w in enumerate(ws[head_i + 1:], head_i + 1):
        if w in DASHES:
            out.append("-")
        elif w.lower() in propers and not is_head(w) and not body_ahead(ws, k) or ws[k - 1] in DASHES:
            out.append(capitalised(w))  # a proper noun, or a village joined by a dash
        elif adjective(w) or is_head(w) or w[:1].islower():
            out.append(w.lower())
        elif w.lower() in PLACE_NOUNS:
            out.append(w.lower())  # "NOVA VAS": Nova vas
        elif w.isupper() and len(w) <= 4 and w.lower() not in given_names():
            out.append(w)  # an acronym: SR, ZB NOV, OVS
        else:
            out.append(capitalised(w))
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def capitalised(word: str) -> str:
    """"PREMRLA-VOJKA" -> "Premrla-Vojka", "Emona-Jestvina": each part of a compound
    name printed with a capital keeps one."""
    return "-".join(p[:1].upper() + p[1:].lower() if p[:1].isupper() or not k else p.lower()
                    for k, p in enumerate(word.split("-")))


def _gender(noun: str) -> str:
    n = noun.lower()
    if n.endswith(("a", "ost")):
        return "f"
    if n.endswith(("o", "e")) and n not in ("komite", "biro"):
        return "n"
    return "m"


def _agree(word: str, gender: str) -> str:
    """Nominative of an adjective in a name, agreeing with the head noun."""
    # The printed ending tells the stem (zdravstvene, krajevne); the lemma
    # would (zdravstven, krajeven) only with the fleeting e guessed.
    ending = re.match(r"(?i)(.{3,}?)(?:ega|emu|ima|imi|ih|im|em|a|e|i|o)$", word)
    if ending:
        return ending.group(1).lower() + {"f": "a", "n": "o", "m": "i"}[gender]
    base = lemma(word).lower()  # masculine indefinite: krajeven, občinski
    if base.endswith("i"):
        stem = base[:-1]
    elif re.search(r"[^aeiou]en$", base):
        stem = base[:-2] + "n"
    elif base.endswith(("a", "o", "e")):
        stem = base[:-1]
    else:
        stem = base
    return stem + {"f": "a", "n": "o", "m": "i"}[gender]


@lru_cache(maxsize=None)
def _abbreviations() -> tuple[re.Pattern, dict[str, str]]:
    table = word_table("role_abbreviations")
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, table)) + r")(?![\w])"), table


def spelt_out(printed: str) -> str:
    """Bodies' abbreviations spelt out in the genitive: "Predsednik IS SO Piran",
    "SO Gor. Radgona" (the subject of a preamble)."""
    pattern, table = _abbreviations()
    return pattern.sub(lambda m: table[m.group()], printed)
