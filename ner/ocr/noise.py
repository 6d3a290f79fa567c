"""The noisy channel of the OCR repair: the readings a printed word may stand for,
and per-document confusion rates P(observed | true) learned by hard EM.

For every word the repair chooses the reading ``c`` that maximises
``P(c) * P(observed | c)``: ``P(c)`` from the Slovenian frequency lexicon,
``P(observed | c)`` from the rates of the document itself (how often a true ``l``
was printed as ``t``, an ``i`` as ``!`` ...), so a document where most ``l`` became
``t`` gets ``odtok`` -> ``odlok`` while a clean one keeps the real word ``odtok``.
The confusions are data: ``ner/data/ocr_confusions.tsv``.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, Optional

from ..core import lexicon as lexicon_mod

CONFUSIONS = lexicon_mod.confusions()
NOISE_CHARS = "!]$&"
DIACRITICS = "čšž"

PRIOR_RATE = 0.01
MAX_RATE = 0.9
# Prior weight, in characters, of PRIOR_RATE when estimating a document's rates.
PRIOR_WEIGHT = 200.0
# Probability given to a word the lexicon does not know (a name, a rare term).
UNKNOWN_WORD = 1e-9
LOG_UNKNOWN = math.log(UNKNOWN_WORD)
REAL_WORD_MARGIN = math.log(3.0)
MAX_SUBSTITUTIONS = 4
EM_ROUNDS = 2

_BY_OBSERVED: dict[str, list[tuple[str, str]]] = {}
for _obs, _true in CONFUSIONS:
    _BY_OBSERVED.setdefault(_obs[0], []).append((_obs, _true))
CONFUSABLE_TRUE = {t for _, t in CONFUSIONS if len(t) == 1}
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
    c = Counter(ch for ch in reading if ch in CONFUSABLE_TRUE)
    for true in _MULTI_TRUE:
        if true in reading:
            c[true] = reading.count(true)
    return tuple(sorted(c.items()))


def _kept(word: str, subs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, int], ...]:
    """Confusable true characters that the reading keeps as printed."""
    kept = Counter(ch for ch in word if ch in CONFUSABLE_TRUE)
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
