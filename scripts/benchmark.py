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
from ner.core.ingest import discover  # noqa: E402
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


ACT_STAGE = ("ocr_repair", "layout", "masthead", "toc", "segment", "act_fields", "signatures", "toc_match")
NER_STAGE = ("mentions",)


def timed_run(pipeline: Pipeline, folder: Path) -> tuple[dict[str, float], list, int]:
    """Run every file through the pipeline, timing each component; return the
    seconds per component, the documents, and the words in their acts."""
    from ner.core.doc import IssueDoc
    from ner.core.ingest import read_source

    seconds: dict[str, float] = {name: 0.0 for name, _ in pipeline.steps}
    docs = []
    for path in discover([folder]):
        t = time.perf_counter()
        doc = IssueDoc(read_source(path))
        seconds["ocr_repair"] += time.perf_counter() - t  # reading counts with the first step
        for name, step in pipeline.steps:
            t = time.perf_counter()
            doc = step(doc)
            seconds[name] += time.perf_counter() - t
        docs.append(doc)
    words = sum(len(d.source.text[a.span.start:a.span.end].split()) for d in docs for a in d.acts if a.span)
    return seconds, docs, words


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    pipeline = Pipeline.from_config()
    from ner.core import lexicon

    lexicon.slovenian()
    lexicon.given_names()
    setup = time.perf_counter() - t0

    from ner.entities.language import entity_language
    from ner.entities.nlp import MODEL_DIR
    from ner.entities.register import gazetteer

    entity_language(str(MODEL_DIR))  # load the NER model and the register outside the timing
    gazetteer()
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
        seconds, docs, words = timed_run(pipeline, big)
    chars = sum(len(d.source.text) for d in docs)
    acts = sum(len(d.acts) for d in docs)
    acts_stage = sum(v for k, v in seconds.items() if k in ACT_STAGE)
    ner_stage = sum(v for k, v in seconds.items() if k in NER_STAGE)
    total = sum(seconds.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"setup (config, lexicons): {setup:.2f} s")
    print(f"first pass, {cold_chars:,} characters, whole pipeline: {cold:.2f} s")
    print(f"corpus: {len(docs)} files, {size / 1e6:.1f} MB, {chars:,} characters, {acts} acts, "
          f"{words:,} words in acts")
    print(f"text -> acts ({', '.join(ACT_STAGE)}): {acts_stage:.2f} s = "
          f"{chars / acts_stage / 1e6:.2f} M chars/s, {acts / acts_stage:.1f} acts/s (one process)")
    print(f"NER stage ({', '.join(NER_STAGE)}): {ner_stage:.2f} s = {words / ner_stage:,.0f} words/s")
    print(f"whole pipeline: {total:.2f} s = {chars / total / 1e6:.2f} M chars/s")
    for name, sec in seconds.items():
        print(f"  {name:12} {sec:7.2f} s")
    print(f"peak memory (max RSS): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
