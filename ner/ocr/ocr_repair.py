"""OCR repair: every word of a document is given its most likely reading under the
document's own noise model (``noise``), the neighbours deciding between two real
words; words broken at a line's end are joined. Words the lexicon does not know
and cannot explain (names, rare terms) are left alone.

All fixes are written as edits against the original text (see ``textmap``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Optional

from ..core import lexicon as lexicon_mod
from ..core.patterns import LOW, UP
from ..core.textmap import Edit, RepairedText
from ..registry import component
from .noise import CONFUSABLE_TRUE, LOG_UNKNOWN, NOISE_CHARS, NoiseModel, Reading, readings

BANG_NAME_RE = re.compile(rf"![{LOW}]{{2,}}")
WORD_OPENERS = " \t\n(»„\"'"
TOKEN_RE = re.compile(r"(?:[^\W\d_]|[!\]$&])+")
# A Roman numeral with an I printed as "!": "V!I", "!X".
ROMAN_BANG_RE = re.compile(r"[IVXL!]{2,5}")
# "198!" and "!4.451": a ! touching a digit is a 1.
DIGIT_BANG_RE = re.compile(r"(?<=\d)!|!(?=\d)")
# "leto ! 985", "] 986—! 990": a year's 1 the OCR read as a mark and set apart
YEAR_BANG_RE = re.compile(r"(?<![\w!\]])[!\]][ \t](?=9\d\d(?!\d))")
# A capital with a caron set apart from the rest of its word ("občinska skupščina Č rnomelj"):
# no Slovenian word is that letter alone.
SPLIT_CAPITAL_RE = re.compile(rf"(?<![\w!\]])([ČŠŽĆĐ]) (?=[{LOW}]{{3,}})")
# A word in capitals opening with a 1 is opening with an I ("1NTEREVROPA", "1PLAS").
ONE_FOR_I_RE = re.compile(rf"(?<![\w!\].,/-])1(?=[{UP}]{{3,}}(?![\w]*\d))")
# A word broken at a line's end, the hyphen kept where OCR made one line of the
# page: "inva-iidov", "skup- nega", "zem-!jišča".
BROKEN_WORD_RE = re.compile(rf"(?<![\w!\]$&-])({TOKEN_RE.pattern})-[ \t]*(?:\n[ \t]*)?({TOKEN_RE.pattern})(?![\w-])")

MAX_TOKEN = 40
MIN_JOINED = 5
# Local windows: their size in characters, and the weight (in characters) of the
# document-wide rates as their prior.
WINDOW = 4000
LOCAL_WEIGHT = 400.0


def _case_like(template: str, word: str, capitalised: frozenset[str] = frozenset()) -> str:
    """The reading in the printed word's case. A noise character at the start hides
    the case; the word is capitalised when the text prints it so elsewhere
    ("!zo!a" -> "Izola" in an issue that prints "Izola")."""
    letters = [c for c in template if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    if letters and (upper == len(letters) and len(template) > 1
                    or upper >= 2 and upper * 2 >= len(letters)):
        return word.upper()
    title = word[:1].upper() + word[1:]
    if template[:1].isupper() or template[:1] in NOISE_CHARS and (upper or title in capitalised):
        return title
    return word


@dataclass
class Repair:
    text: RepairedText
    model: NoiseModel
    corrected_words: int


@lru_cache(maxsize=200_000)
def _choices(key: tuple[str, bool]) -> tuple[str, ...]:
    """The readings between which context may choose: a printed real word of three
    letters or more and its alternatives (single letters are abbreviations: l. r.)."""
    as_printed, options = readings(*key)
    if as_printed is None or not options or len(key[0]) < 3:
        return ()
    return (as_printed.word,) + tuple(o.word for o in options)


def in_context(chosen: Reading, key: tuple[str, bool], prev: str, nxt: str,
               pairs: frozenset[tuple[str, str]]) -> str:
    """Between two real words ("odtok", "odlok") the neighbours decide when the
    genre knows one of the pairs ("ta odlok", "odlok začne") and not the other."""
    words = _choices(key)
    if not words:
        return chosen.word
    support = [((prev, w) in pairs) + ((w, nxt) in pairs) for w in words]
    best = max(support)
    current = support[words.index(chosen.word)] if chosen.word in words else 0
    return words[support.index(best)] if best > current else chosen.word


def word_key(token: str) -> Optional[tuple[str, bool]]:
    """(lowercase word, printed in capitals?) or None for a token with no letters."""
    letters = [c for c in token if c.isalpha()]
    if not letters or len(token) > MAX_TOKEN:
        return None
    return token.lower(), len(letters) > 1 and sum(c.isupper() for c in letters) * 2 >= len(letters)


def broken_words(original: str, decide) -> list[Edit]:
    """Words broken at a line's end, joined: the halves read together as a known
    word more likely than the two as words ("pravil-nika", "na-slednjih"). Two
    words stay hyphenated when joining them makes no word ("le-tega",
    "naravoslovno-matematična"), and so do two names ("Emona-Jestvina"); short
    joins are left alone, for "le-ta" is no "leta"."""
    def log_freq(r: Reading) -> float:
        # a word with noise that no reading explains is no known word
        return LOG_UNKNOWN if any(c in NOISE_CHARS for c in r.word) else r.log_freq

    edits = []
    for m in BROKEN_WORD_RE.finditer(original):
        a, b = m.group(1), m.group(2)
        if b[:1].isupper() and not a.isupper() or len(a) + len(b) < MIN_JOINED:
            continue
        keys = [word_key(a + b), word_key(a), word_key(b)]
        if not all(keys):
            continue
        whole, first, second = (decide(k) for k in keys)
        if log_freq(whole) > max(LOG_UNKNOWN, log_freq(first) + log_freq(second)):
            edits.append(Edit(m.start(), m.end(), _case_like(a + b, whole.word)))
    return edits


class OpenWord(NamedTuple):
    """A printed word with more than one reading, and its neighbours."""

    start: int
    token: str
    key: tuple[str, bool]
    prev: str
    next: str


def repair(original: str) -> Repair:
    """Repair a whole document; offsets are kept through ``RepairedText``.

    Noise varies from page to page, so after a document-wide estimate each
    window of about WINDOW characters gets its own rates, shrunk towards the
    document's.
    """
    edits: list[Edit] = [Edit(m.start(), m.end(), "1") for rx in (DIGIT_BANG_RE, YEAR_BANG_RE)
                         for m in rx.finditer(original)]
    edits += [Edit(m.start(), m.end(), m.group(1)) for m in SPLIT_CAPITAL_RE.finditer(original)]
    edits += [Edit(m.start(), m.end(), "I") for m in ONE_FOR_I_RE.finditer(original)]
    digit_bangs = {e.start for e in edits}
    token_list = TOKEN_RE.findall(original)
    key_of = {tok: word_key(tok) for tok in dict.fromkeys(token_list)}
    model = NoiseModel.estimate(Counter(key_of[tok] for tok in token_list if key_of[tok]))
    doc_decide = model.decider()
    joined = broken_words(original, doc_decide)
    edits += joined
    halves = {pos for e in joined for pos in range(e.start, e.end)}
    # a "!" a digit touches is a 1 (above), whatever the word it is printed in
    sure, words = _read_tokens(original, token_list, key_of, halves | digit_bangs)
    edits += sure
    capitalised = frozenset(re.findall(rf"(?<![\w!])[{UP}][{LOW}]+", original)) \
        if any(w.token[:1] in NOISE_CHARS for w in words) else frozenset()
    lowered = original.lower()
    fixed = 0
    for window in _windows(words):
        found = _window_edits(window, model, doc_decide, lowered, capitalised)
        edits += found
        fixed += len(found)
    return Repair(RepairedText.apply(original, edits), model, fixed)


def _read_tokens(original: str, token_list: list[str], key_of: dict, taken: set[int]
                 ) -> tuple[list[Edit], list[OpenWord]]:
    """The fixes that need no rates (a Roman numeral, a name with "!"), and the
    words whose reading the rates decide; a word that touches a position already
    read (``taken``: the halves of a joined word, a "!" read as a digit) is left."""
    # Only words with another possible reading can change; the rest are skipped.
    ambiguous = {tok for tok, key in key_of.items() if key and readings(*key)[1]}
    edits, words = [], []
    # Positions by a running str.find: faster than match objects, and exact,
    # since nothing between two tokens can contain a token's letters.
    pos = 0
    find = original.find
    last = len(token_list) - 1
    for k, tok in enumerate(token_list):
        pos = find(tok, pos)
        if pos in taken or "!" in tok and any(pos + k in taken for k in range(len(tok))):
            pass
        elif "!" in tok and ROMAN_BANG_RE.fullmatch(tok):
            # "VI!I. KONČNE DOLOČBE": a chapter's number, not "Vili"
            edits.append(Edit(pos, pos + len(tok), tok.replace("!", "I")))
        elif tok in ambiguous:
            words.append(OpenWord(pos, tok, key_of[tok], token_list[k - 1].lower() if k else "",
                                  token_list[k + 1].lower() if k < last else ""))
        elif "!" in tok and key_of[tok] and key_of[tok][1]:
            # A word in capitals with "!" that no reading explains is a name: "M!KELN" is MIKELN.
            edits.append(Edit(pos, pos + len(tok), tok.replace("!", "I")))
        elif tok[0] == "!" and BANG_NAME_RE.fullmatch(tok) and (pos == 0 or original[pos - 1] in WORD_OPENERS):
            # So is a word that "!" opens: a common word would have a reading, and a
            # name starts with a capital, the I ("!nvest biro" is Invest biro). Not the
            # rest of a word broken at a line's end ("zem-!jišča").
            edits.append(Edit(pos, pos + 1, "I"))
        pos += len(tok)
    return edits, words


def _windows(words: list[OpenWord]):
    """Runs of words within WINDOW characters of the run's first word."""
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j].start < words[i].start + WINDOW:
            j += 1
        yield words[i:j]
        i = j


def _window_edits(window: list[OpenWord], model: NoiseModel, doc_decide, lowered: str,
                  capitalised: frozenset[str]) -> list[Edit]:
    """The words of one window read with the window's own rates."""
    # Local evidence: the substitutions the document-wide model makes here,
    # over how often each true character occurs here.
    used: Counter = Counter()
    for w in window:
        for pair in doc_decide(w.key).subs:
            used[pair] += 1
    if not used:
        # Nothing looks misread here even by the document's rates; local rates
        # would be lower still, so every word stays as printed.
        return []
    text = lowered[window[0].start:window[0].start + WINDOW]
    true_chars = Counter({ch: text.count(ch) for ch in CONFUSABLE_TRUE})
    for (obs, true), n in used.items():
        true_chars[true] += n
        true_chars[obs] -= n
    decide = model.shrunk_to(used, true_chars, LOCAL_WEIGHT).decider()
    pairs = lexicon_mod.domain_bigrams()
    edits = []
    for w in window:
        reading = in_context(decide(w.key), w.key, w.prev, w.next, pairs)
        if reading == w.key[0]:
            continue
        new = _case_like(w.token, reading, capitalised)
        if new != w.token:
            edits.append(Edit(w.start, w.start + len(w.token), new))
    return edits


@component("ocr_repair", requires=["doc.source"], assigns=["doc.repaired", "doc.noise"])
def make_ocr_repair():
    def ocr_repair(doc):
        result = repair(doc.source.text)
        doc.repaired = result.text
        doc.noise = result.model.describe()
        return doc

    return ocr_repair
