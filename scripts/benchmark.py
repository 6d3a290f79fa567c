"""Benchmark the extraction stage (text -> issues -> acts) on a replicated corpus.

Copies the bundled gazette texts under new names until the corpus holds at
least --mb megabytes, runs the extraction pipeline over it in one process (one
core), and prints characters per second, acts per second and peak memory.
The first pass over a word costs more than later ones (its candidate readings
are cached), so the figures for the first copy of the corpus are printed too.

    python scripts/benchmark.py --mb 20
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.build import DEFAULT_CORPUS, extract  # noqa: E402
from ner.ingest import discover  # noqa: E402
from ner.pipeline import Pipeline  # noqa: E402


def replicate(src: Path, dst: Path, megabytes: float) -> int:
    files = list(discover([src]))
    total, copy = 0, 0
    while copy == 0 or total < megabytes * 1_000_000:
        for f in files:
            target = dst / f"{copy:04d}_{f.name}"
            shutil.copyfile(f, target)
            total += target.stat().st_size
        copy += 1
    return total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    pipeline = Pipeline.from_config()
    from ner import lexicon

    lexicon.slovenian()
    lexicon.given_names()
    setup = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "first"
        first.mkdir()
        replicate(Path(args.corpus), first, 0)
        t0 = time.perf_counter()
        docs, _ = extract([first], pipeline)
        cold = time.perf_counter() - t0
        cold_chars = sum(len(d.source.text) for d in docs)

        big = Path(tmp) / "big"
        big.mkdir()
        size = replicate(Path(args.corpus), big, args.mb)
        t0 = time.perf_counter()
        docs, problems = extract([big], pipeline)
        seconds = time.perf_counter() - t0
    chars = sum(len(d.source.text) for d in docs)
    acts = sum(len(d.acts) for d in docs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"setup (config, lexicons): {setup:.2f} s")
    print(f"first pass, {cold_chars:,} characters: {cold:.2f} s = {cold_chars / cold / 1e6:.2f} M chars/s")
    print(f"corpus: {len(docs)} files, {size / 1e6:.1f} MB, {chars:,} characters, {acts} acts")
    print(f"extraction: {seconds:.2f} s = {chars / seconds / 1e6:.2f} M chars/s, "
          f"{acts / seconds:.1f} acts/s (one process)")
    print(f"peak memory (max RSS): {peak:.0f} MB")
    levels = {lvl: sum(1 for p in problems if p.level == lvl) for lvl in ("error", "warning", "info")}
    print("problems reported: " + ", ".join(f"{n} {lvl}" for lvl, n in levels.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
