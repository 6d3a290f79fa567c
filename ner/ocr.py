"""OCR repair: a noisy-channel corrector that learns how noisy each document is.

For every word we choose the reading ``c`` that maximises ``P(c) * P(observed | c)``:
``P(c)`` from the Slovenian frequency lexicon, ``P(observed | c)`` from per-document
confusion rates (how often a true ``l`` was printed as ``t``, an ``i`` as ``!`` ...).
The rates are estimated on the document itself by a few rounds of hard EM, so a
document where most ``l`` became ``t`` gets ``odtok`` -> ``odlok`` while a clean one
keeps the real word ``odtok``. Words the lexicon does not know and cannot explain
(names, rare terms) are left alone.

All fixes are written as edits against the original text (see ``textmap``).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, Optional

from . import lexicon as lexicon_mod
from .patterns import LOW, UP
from .registry import components
from .textmap import Edit, RepairedText

# (observed, true) pairs, lowercase. The common OCR confusions of these scans:
# l printed as t, ! or ]; i as ! or t (capital I); diacritics dropped.
CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("t", "l"), ("t", "i"), ("!", "i"), ("!", "l"), ("]", "l"), ("i", "l"),
    ("l", "i"), ("j", "i"), ("c", "č"), ("s", "š"), ("z", "ž"), ("$", "s"), ("&", "či"), ("m", "in"),
)
NOISE_CHARS = "!]$&"
BANG_NAME_RE = re.compile(rf"![{LOW}]{{2,}}")
WORD_OPENERS = " \t\n(»„\"'"
DIACRITICS = "čšž"
TOKEN_RE = re.compile(r"(?:[^\W\d_]|[!\]$&])+")
# A Roman numeral with an I printed as "!": "V!I", "!X".
ROMAN_BANG_RE = re.compile(r"[IVXL!]{2,5}")
# "198!" and "!4.451": a ! touching a digit is a 1.
DIGIT_BANG_RE = re.compile(r"(?<=\d)!|!(?=\d)")
# A word broken at a line's end, the hyphen kept where OCR made one line of the
# page: "inva-iidov", "skup- nega", "zem-!jišča".
BROKEN_WORD_RE = re.compile(rf"(?<![\w!\]$&-])({TOKEN_RE.pattern})-[ \t]*(?:\n[ \t]*)?({TOKEN_RE.pattern})(?![\w-])")

PRIOR_RATE = 0.01
MAX_RATE = 0.9
# Prior weight, in characters, of PRIOR_RATE when estimating a document's rates.
PRIOR_WEIGHT = 200.0
# Probability given to a word the lexicon does not know (a name, a rare term).
UNKNOWN_WORD = 1e-9
LOG_UNKNOWN = math.log(UNKNOWN_WORD)
REAL_WORD_MARGIN = math.log(3.0)
MAX_SUBSTITUTIONS = 4
MAX_TOKEN = 40
MIN_JOINED = 5
EM_ROUNDS = 2
# Local windows: their size in characters, and the weight (in characters) of the
# document-wide rates as their prior.
WINDOW = 4000
LOCAL_WEIGHT = 400.0

_BY_OBSERVED: dict[str, list[tuple[str, str]]] = {}
for _obs, _true in CONFUSIONS:
    _BY_OBSERVED.setdefault(_obs[0], []).append((_obs, _true))
_CONFUSABLE_TRUE = {t for _, t in CONFUSIONS if len(t) == 1}
_MULTI_TRUE = {t for _, t in CONFUSIONS if len(t) > 1}


@lru_cache(maxsize=500_000)
def candidates(word: str, backoff: bool = True) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """Words that ``word`` (lowercase) may be a misreading of.

    Each result is (candidate, substitutions used). The search walks the
    lexicon's prefix set, so it stays small; with ``backoff`` it also reaches
    forms made of a known stem and a regular ending.
    """
    lex = lexicon_mod.slovenian()
    prefixes, stems = lex.prefixes, lex.stems
    ending_prefixes, endings = lex.ending_prefixes, lex.endings
    found: set[tuple[str, tuple]] = set()
    # State: position in word, reading so far, substitutions, stem length (-1: none).
    stack: list[tuple[int, str, tuple, int]] = [(0, "", (), -1)]
    n = len(word)
    while stack:
        pos, built, subs, stem = stack.pop()
        if stem < 0 and backoff and len(built) >= lexicon_mod.MIN_STEM and built in stems:
            stack.append((pos, built, subs, len(built)))
        if pos == n:
            # A restored diacritic must give a known word, not a known stem's guessed
            # form: "Studeno", a village, is no "študeno".
            if subs and (built in lex if stem < 0 else built[stem:] in endings
                         and not any(true in DIACRITICS for _, true in subs)):
                found.add((built, subs))
            continue
        ch = word[pos]
        options = [] if ch in NOISE_CHARS else [(ch, ch)]
        if len(subs) < MAX_SUBSTITUTIONS:
            options += [p for p in _BY_OBSERVED.get(ch, ()) if word.startswith(p[0], pos)]
        for obs, true in options:
            nb = built + true
            if (nb in prefixes) if stem < 0 else (nb[stem:] in ending_prefixes):
                stack.append((pos + len(obs), nb, subs if obs == true else subs + ((obs, true),), stem))
    return tuple(sorted(found))


def _true_counts(reading: str) -> tuple[tuple[str, int], ...]:
    """How often each confusable true character occurs in a reading."""
    c = Counter(ch for ch in reading if ch in _CONFUSABLE_TRUE)
    for true in _MULTI_TRUE:
        if true in reading:
            c[true] = reading.count(true)
    return tuple(sorted(c.items()))


def _kept(word: str, subs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, int], ...]:
    """Confusable true characters that the reading keeps as printed."""
    kept = Counter(ch for ch in word if ch in _CONFUSABLE_TRUE)
    for obs, _ in subs:
        if obs in kept:
            kept[obs] -= 1
    return tuple((ch, k) for ch, k in kept.items() if k)


class Reading(NamedTuple):
    """One way to read a printed word, with everything that does not depend on
    the document's noise rates worked out once."""

    word: str
    subs: tuple[tuple[str, str], ...]
    kept: tuple[tuple[str, int], ...]
    log_freq: float
    true_counts: tuple[tuple[str, int], ...]


@lru_cache(maxsize=500_000)
def readings(word: str, caps: bool) -> tuple[Optional[Reading], tuple[Reading, ...]]:
    """(the word as printed, or None if it cannot be right; the alternatives)."""
    lex = lexicon_mod.slovenian()
    noisy = any(c in NOISE_CHARS for c in word)
    # Words in capitals are names and headings: only lexicon words may replace
    # them, unless the print shows an unmistakable error (!).
    backoff = noisy or not caps
    freq = lex.inflected_freq if backoff else lex.freq

    def make(reading: str, subs) -> Reading:
        return Reading(reading, subs, _kept(word, subs), math.log(freq(reading) or UNKNOWN_WORD),
                       _true_counts(reading))

    as_printed = None if noisy else make(word, ())
    return as_printed, tuple(make(c, subs) for c, subs in candidates(word, backoff))


@dataclass
class NoiseModel:
    """Per-document confusion rates P(observed | true)."""

    rates: dict[tuple[str, str], float] = field(
        default_factory=lambda: {pair: PRIOR_RATE for pair in CONFUSIONS})

    def _stay_logp(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for (obs, true), r in self.rates.items():
            out[true] = out.get(true, 0.0) + r
        return {t: math.log(max(1e-6, 1.0 - r)) for t, r in out.items()}

    def decider(self):
        """A function (lowercase word, printed in capitals?) -> its best Reading."""
        stay = self._stay_logp()
        logr = {pair: math.log(r) for pair, r in self.rates.items()}
        memo: dict[tuple[str, bool], Reading] = {}

        def score(r: Reading) -> float:
            s = r.log_freq
            for p in r.subs:
                s += logr[p]
            for ch, k in r.kept:
                s += k * stay[ch]
            return s

        def decide(key: tuple[str, bool]) -> Reading:
            hit = memo.get(key)
            if hit is None:
                as_printed, options = readings(*key)
                hit = as_printed
                if options:
                    # A printed word that is itself a real word needs stronger
                    # evidence to be replaced ("odtok" is a drain, not only a
                    # misread "odlok").
                    best = (score(as_printed) + (REAL_WORD_MARGIN if as_printed.log_freq > LOG_UNKNOWN
                                                 else 0.0)) if as_printed else -math.inf
                    for r in options:
                        sc = score(r)
                        if sc > best:
                            hit, best = r, sc
                if hit is None:  # noisy and unexplained: leave it as printed
                    hit = Reading(key[0], (), (), 0.0, _true_counts(key[0]))
                memo[key] = hit
            return hit

        return decide

    def shrunk_to(self, used: Counter, true_chars: Counter, weight: float) -> "NoiseModel":
        """Rates re-estimated from counts, with this model's rates as the prior."""
        return NoiseModel({pair: min(MAX_RATE, (used[pair] + r * weight)
                                     / (true_chars[pair[1]] + weight))
                           for pair, r in self.rates.items()})

    @classmethod
    def estimate(cls, counts: Counter, rounds: int = EM_ROUNDS) -> "NoiseModel":
        """Hard-EM estimate of the rates from (word, capitals) counts."""
        fixed = Counter({k: n for k, n in counts.items() if not readings(*k)[1]})
        open_keys = Counter({k: n for k, n in counts.items() if k not in fixed})
        base_used, base_true = _tally(cls().decider(), fixed)  # these never change reading
        model = cls()
        for _ in range(rounds):
            used, true_chars = _tally(model.decider(), open_keys)
            model = cls().shrunk_to(used + base_used, true_chars + base_true, PRIOR_WEIGHT)
        return model

    def describe(self) -> dict[str, float]:
        return {f"{o}->{t}": round(r, 4) for (o, t), r in sorted(self.rates.items())}


def _tally(decide, counts: Counter) -> tuple[Counter, Counter]:
    used: Counter = Counter()
    true_chars: Counter = Counter()
    for key, n in counts.items():
        r = decide(key)
        for pair in r.subs:
            used[pair] += n
        for ch, k in r.true_counts:
            true_chars[ch] += n * k
    return used, true_chars


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


def repair(original: str) -> Repair:
    """Repair a whole document; offsets are kept through ``RepairedText``.

    Noise varies from page to page, so after a document-wide estimate each
    window of about WINDOW characters gets its own rates, shrunk towards the
    document's.
    """
    edits: list[Edit] = [Edit(m.start(), m.end(), "1") for m in DIGIT_BANG_RE.finditer(original)]
    digit_bangs = {e.start for e in edits}
    token_list = TOKEN_RE.findall(original)
    token_counts = Counter(token_list)
    key_of = {tok: word_key(tok) for tok in token_counts}
    counts: Counter = Counter()
    for tok, n in token_counts.items():
        if key_of[tok]:
            counts[key_of[tok]] += n
    model = NoiseModel.estimate(counts)
    doc_decide = model.decider()
    joined = broken_words(original, doc_decide)
    edits += joined
    halves = {pos for e in joined for pos in range(e.start, e.end)}
    # Only words with another possible reading can change; the rest are skipped.
    ambiguous = {tok for tok, key in key_of.items() if key and readings(*key)[1]}
    # Positions by a running str.find: faster than match objects, and exact,
    # since nothing between two tokens can contain a token's letters.
    tokens = []
    pos = 0
    find = original.find
    last = len(token_list) - 1
    for k, tok in enumerate(token_list):
        pos = find(tok, pos)
        if pos in halves:
            pass  # a half of a joined word: the join has read it
        elif "!" in tok and ROMAN_BANG_RE.fullmatch(tok):
            # "VI!I. KONČNE DOLOČBE": a chapter's number, not "Vili"
            edits.append(Edit(pos, pos + len(tok), tok.replace("!", "I")))
        elif tok in ambiguous:
            # the neighbours, for the words that a context may decide
            tokens.append((pos, tok, key_of[tok], token_list[k - 1].lower() if k else "",
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
    if digit_bangs:
        tokens = [t for t in tokens if "!" not in t[1]
                  or not any(t[0] + k in digit_bangs for k in range(len(t[1])))]
    fixed = 0
    lowered = original.lower()
    capitalised = frozenset(re.findall(rf"(?<![\w!])[{UP}][{LOW}]+", original)) \
        if any(tok[:1] in NOISE_CHARS for _, tok, *_ in tokens) else frozenset()
    pairs = lexicon_mod.domain_bigrams()
    i = 0
    while i < len(tokens):
        j = i
        window_start = tokens[i][0]
        while j < len(tokens) and tokens[j][0] < window_start + WINDOW:
            j += 1
        window = tokens[i:j]
        i = j
        # Local evidence: the substitutions the document-wide model makes here,
        # over how often each true character occurs here.
        used: Counter = Counter()
        for _, _, key, _, _ in window:
            for pair in doc_decide(key).subs:
                used[pair] += 1
        if not used:
            # Nothing looks misread here even by the document's rates; local rates
            # would be lower still, so every word stays as printed.
            continue
        text = lowered[window_start:window_start + WINDOW]
        true_chars = Counter({ch: text.count(ch) for ch in _CONFUSABLE_TRUE})
        for (obs, true), n in used.items():
            true_chars[true] += n
            true_chars[obs] -= n
        decide = model.shrunk_to(used, true_chars, LOCAL_WEIGHT).decider()
        for start, tok, key, prev, nxt in window:
            reading = in_context(decide(key), key, prev, nxt, pairs)
            if reading == key[0]:
                continue
            new = _case_like(tok, reading, capitalised)
            if new != tok:
                edits.append(Edit(start, start + len(tok), new))
                fixed += 1
    return Repair(RepairedText.apply(original, edits), model, fixed)


@components.register("ocr_repair")
def make_ocr_repair():
    def ocr_repair(doc):
        result = repair(doc.source.text)
        doc.repaired = result.text
        doc.noise = result.model.describe()
        return doc

    return ocr_repair
