"""Count the genre's vocabulary and word pairs in the clean issues of a corpus
into ner/data/domain_words.txt and ner/data/domain_bigrams.txt.

A document counts as clean when the OCR noise model estimates every confusion
rate below --max-rate; its words that the general lexicon lacks and that occur at
least --min-count times are written out, one per line, sorted, and so are its
pairs of adjacent words (which let the OCR repair choose between two real words).

    python scripts/build_lexicon.py data/gazettes
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ner.core import ingest, lexicon  # noqa: E402
from ner.ocr import noise, ocr_repair as ocr  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--max-rate", type=float, default=0.02)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--out", default=str(lexicon.DOMAIN_WORDS))
    ap.add_argument("--bigrams", default=str(lexicon.DOMAIN_BIGRAMS))
    args = ap.parse_args(argv)

    import wordfreq

    general = set(wordfreq.get_frequency_dict("sl"))  # the general list alone, not the genre's
    counts: Counter = Counter()
    pairs: Counter = Counter()
    for path in ingest.discover(args.paths):
        source = ingest.read_source(path)
        tokens = [m.group() for m in ocr.TOKEN_RE.finditer(source.text)]
        model = noise.NoiseModel.estimate(Counter(k for k in map(ocr.word_key, tokens) if k))
        worst = max(model.rates.values())
        clean = worst < args.max_rate
        print(f"{source.name}: highest confusion rate {worst:.3f} -> {'clean' if clean else 'noisy'}")
        if clean:
            counts.update(t.lower() for t in tokens if t.isalpha() and len(t) >= 3)
            words = [t.lower() for t in tokens]
            pairs.update(zip(words, words[1:]))
    words = sorted(w for w, n in counts.items() if n >= args.min_count and w not in general)
    Path(args.out).write_text(
        "# Genre vocabulary counted by scripts/build_lexicon.py; do not edit by hand.\n"
        + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")
    kept = sorted(f"{a} {b}\t{n}" for (a, b), n in pairs.items()
                  if n >= args.min_count and a.isalpha() and b.isalpha())
    Path(args.bigrams).write_text(
        "# Adjacent words of the genre counted by scripts/build_lexicon.py; do not edit by hand.\n"
        + "".join(k + "\n" for k in kept), encoding="utf-8")
    print(f"{len(kept)} word pairs -> {args.bigrams}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
