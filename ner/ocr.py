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

from . import lexicon as lexicon_mod
from .registry import components
from .textmap import Edit, RepairedText

# (observed, true) pairs, lowercase. The common OCR confusions of these scans:
# l printed as t, ! or ]; i as ! or t (capital I); diacritics dropped.
CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("t", "l"), ("t", "i"), ("!", "i"), ("!", "l"), ("]", "l"), ("i", "l"),
    ("l", "i"), ("j", "i"), ("c", "č"), ("s", "š"), ("z", "ž"), ("$", "s"), ("&", "či"),
)
NOISE_CHARS = "!]$&"
TOKEN_RE = re.compile(r"(?:[^\W\d_]|[!\]$&])+")
# "198!" and "!4.451": a ! touching a digit is a 1.
DIGIT_BANG_RE = re.compile(r"(?<=\d)!|!(?=\d)")

PRIOR_RATE = 0.01
MAX_RATE = 0.9
# Prior weight, in characters, of PRIOR_RATE when estimating a document's rates.
PRIOR_WEIGHT = 200.0
# Probability given to a word the lexicon does not know (a name, a rare term).
UNKNOWN_WORD = 1e-9
MAX_SUBSTITUTIONS = 4
MAX_TOKEN = 40
EM_ROUNDS = 3
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
            if subs and (built in lex if stem < 0 else built[stem:] in endings):
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


def _kept(word: str, subs: tuple[tuple[str, str], ...]) -> Counter:
    """Confusable true characters that the reading keeps as printed."""
    kept = Counter(ch for ch in word if ch in _CONFUSABLE_TRUE)
    for obs, _ in subs:
        if obs in kept:
            kept[obs] -= 1
    return kept


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
        """A function lowercase word, printed in capitals? -> (reading, substitutions)."""
        lex = lexicon_mod.slovenian()
        stay = self._stay_logp()
        logr = {pair: math.log(r) for pair, r in self.rates.items()}
        memo: dict[tuple[str, bool], tuple[str, tuple]] = {}

        def score(reading: str, printed: str, subs, backoff: bool) -> float:
            f = (lex.inflected_freq(reading) if backoff else lex.freq(reading)) or UNKNOWN_WORD
            s = math.log(f) + sum(logr[p] for p in subs)
            for ch, k in _kept(printed, subs).items():
                s += k * stay[ch]
            return s

        def decide(word: str, caps: bool = False):
            key = (word, caps)
            hit = memo.get(key)
            if hit is not None:
                return hit
            noisy = any(c in NOISE_CHARS for c in word)
            # Words in capitals are names and headings: only lexicon words may
            # replace them, unless the print shows an unmistakable error (!).
            backoff = noisy or not caps
            best_word, best_subs = word, ()
            best_score = -math.inf if noisy else score(word, word, (), backoff)
            for cand, subs in candidates(word, backoff):
                sc = score(cand, word, subs, backoff)
                if sc > best_score:
                    best_word, best_subs, best_score = cand, subs, sc
            memo[key] = (best_word, best_subs)
            return memo[key]

        return decide

    def shrunk_to(self, used: Counter, true_chars: Counter, weight: float) -> "NoiseModel":
        """Rates re-estimated from counts, with this model's rates as the prior."""
        return NoiseModel({pair: min(MAX_RATE, (used[pair] + r * weight)
                                     / (true_chars[pair[1]] + weight))
                           for pair, r in self.rates.items()})

    @classmethod
    def estimate(cls, counts: Counter, rounds: int = EM_ROUNDS) -> "NoiseModel":
        """Hard-EM estimate of the rates from (word, capitals) counts."""
        model = cls()
        for _ in range(rounds):
            used, true_chars = _tally(model.decider(), counts)
            model = cls().shrunk_to(used, true_chars, PRIOR_WEIGHT)
        return model

    def describe(self) -> dict[str, float]:
        return {f"{o}->{t}": round(r, 4) for (o, t), r in sorted(self.rates.items())}


def _tally(decide, counts: Counter) -> tuple[Counter, Counter]:
    used: Counter = Counter()
    true_chars: Counter = Counter()
    for (word, caps), n in counts.items():
        reading, subs = decide(word, caps)
        for pair in subs:
            used[pair] += n
        for ch in reading:
            if ch in _CONFUSABLE_TRUE:
                true_chars[ch] += n
        for true in _MULTI_TRUE:
            if true in reading:
                true_chars[true] += n * reading.count(true)
    return used, true_chars


def _case_like(template: str, word: str) -> str:
    letters = [c for c in template if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    if letters and (upper == len(letters) and len(template) > 1
                    or upper >= 2 and upper * 2 >= len(letters)):
        return word.upper()
    if template[:1].isupper() or (template[:1] in NOISE_CHARS and upper):
        return word[:1].upper() + word[1:]
    return word


@dataclass
class Repair:
    text: RepairedText
    model: NoiseModel
    corrected_words: int


def _is_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) > 1 and sum(c.isupper() for c in letters) * 2 >= len(letters)


def repair(original: str) -> Repair:
    """Repair a whole document; offsets are kept through ``RepairedText``.

    Noise varies from page to page, so after a document-wide estimate each
    window of about WINDOW characters gets its own rates, shrunk towards the
    document's.
    """
    edits: list[Edit] = [Edit(m.start(), m.end(), "1") for m in DIGIT_BANG_RE.finditer(original)]
    tokens = [(m.start(), m.group(), (m.group().lower(), _is_caps(m.group())))
              for m in TOKEN_RE.finditer(original)
              if len(m.group()) <= MAX_TOKEN and any(c.isalpha() for c in m.group())]
    digit_bangs = {e.start for e in edits}
    tokens = [t for t in tokens if not any(t[0] + k in digit_bangs for k in range(len(t[1])))]
    model = NoiseModel.estimate(Counter(key for _, _, key in tokens))
    doc_decide = model.decider()
    fixed = 0
    i = 0
    while i < len(tokens):
        j = i
        limit = tokens[i][0] + WINDOW
        while j < len(tokens) and tokens[j][0] < limit:
            j += 1
        window = tokens[i:j]
        used, true_chars = _tally(doc_decide, Counter(key for _, _, key in window))
        decide = model.shrunk_to(used, true_chars, LOCAL_WEIGHT).decider()
        for start, tok, key in window:
            reading, _ = decide(*key)
            if reading == key[0]:
                continue
            new = _case_like(tok, reading)
            if new != tok:
                edits.append(Edit(start, start + len(tok), new))
                fixed += 1
        i = j
    return Repair(RepairedText.apply(original, edits), model, fixed)


@components.register("ocr_repair")
def make_ocr_repair():
    def ocr_repair(doc):
        result = repair(doc.source.text)
        doc.repaired = result.text
        doc.noise = result.model.describe()
        return doc

    return ocr_repair
