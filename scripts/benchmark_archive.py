"""Benchmark whole builds at the size of the archive (not a test; `make benchmark-archive`).

Builds corpora of renamed copies of the bundled issues, each copy a distinct issue
(its masthead number changed, so that its acts get IRIs of their own and the graph
grows with the corpus), and runs `kg build` on them end to end, each run in a
process of its own. Prints, in one run:

- seconds and peak memory per stage of the large build;
- the large / small time ratio (linear: the ratio of their sizes);
- the speed-up of --jobs 2 over --jobs 1 on the small corpus;
- the time to add one issue to the built large archive against its full build;
- the entity stage against the trained spaCy ``ner`` alone on the same act texts;
- the large build's end-to-end time and peak memory.

    python scripts/benchmark_archive.py --mb 100 --small-mb 10
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import DEFAULT_CORPUS  # noqa: E402
from ner.core.ingest import discover  # noqa: E402

# the masthead's issue number: "Št. 7", "ŠT. 28", "št. 13" (OCR "Š!.", "§t.")
NUMBER_RE = re.compile(r"(?<!\w)([ŠS§][tT!]\.\s*)(\d{1,3})\b")
MASTHEAD = 600
FIRST_NUMBER = 100  # copy k is issue 100 + k of its year: three digits, as the masthead reader takes
LAST_COPY = 999 - FIRST_NUMBER


def renumbered(text: str, copy: int) -> str | None:
    """The issue with its masthead number made unique to ``copy``; None for a text
    without one (a stand-alone act), which a copy would only repeat."""
    m = NUMBER_RE.search(text, 0, MASTHEAD)
    if copy == 0 or m is None:
        return text if copy == 0 else None
    assert copy < LAST_COPY, "a corpus this large needs more issue numbers than a masthead has"
    return f"{text[:m.start(2)]}{FIRST_NUMBER + copy}{text[m.end(2):]}"


def make_corpus(dst: Path, megabytes: float, first_copy: int = 0) -> tuple[int, int]:
    """Copies of the bundled issues in ``dst`` up to ``megabytes``: (files, bytes)."""
    dst.mkdir(parents=True)
    sources = [(f.name, f.read_text(encoding="utf-8")) for f in discover([DEFAULT_CORPUS])]
    files = size = 0
    copy = first_copy
    while size < megabytes * 1_000_000:
        for name, text in sources:
            if (new := renumbered(text, copy)) is not None:
                data = new.encode("utf-8")
                (dst / f"{copy:05d}_{name}").write_bytes(data)
                files, size = files + 1, size + len(data)
        copy += 1
    return files, size


def run_build(corpus: Path, out: Path, jobs: int, cache: bool = False) -> dict:
    """One `kg build` in a fresh process: wall seconds and its report's figures."""
    command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "-q", "--jobs", str(jobs)]
    if not cache:
        command.append("--no-cache")
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"kg build failed on {corpus}:\n{done.stderr}")
    warnings = [line for line in done.stderr.splitlines() if line.startswith(("warning", "error"))]
    if any("same issue" in line for line in warnings):
        sys.exit(f"the copies in {corpus} are not distinct issues: {warnings[0]}")
    wall = time.perf_counter() - started
    totals = json.loads((out / "report.json").read_text(encoding="utf-8"))["totals"]
    return {"wall": wall, **totals}


def entity_against_model() -> tuple[float, float]:
    """Seconds of the entity stage and of the trained ner alone, on the bundled acts."""
    from ner.core.doc import IssueDoc
    from ner.core.ingest import read_source
    from ner.entities.nlp import chunks, trained
    from ner.pipeline import Pipeline

    pipeline = Pipeline.from_config()
    files = list(discover([DEFAULT_CORPUS]))
    pipeline.read(files[0])  # loads the model, the register and the word lists
    nlp = trained()
    entity = model = 0.0
    for path in files:
        doc = IssueDoc(read_source(path))
        for name, step in pipeline.steps:
            started = time.perf_counter()
            doc = step(doc)
            if name == "mentions":
                entity += time.perf_counter() - started
        texts = [piece for _, lay in doc.in_text() for _, piece in chunks(doc.work, lay.start, lay.end)]
        started = time.perf_counter()
        list(nlp.pipe(texts))
        model += time.perf_counter() - started
    return entity, model


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=100.0, help="the large corpus, in MB (default 100)")
    ap.add_argument("--small-mb", type=float, default=10.0, help="the small corpus, in MB (default 10)")
    ap.add_argument("--jobs", type=int, default=2, help="processes of the large build (default 2)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="munikg-archive-") as tmp:
        tmp = Path(tmp)
        small_files, small_size = make_corpus(tmp / "small", args.small_mb)
        large_files, large_size = make_corpus(tmp / "large", args.mb)
        print(f"small corpus: {small_files} files, {small_size / 1e6:.1f} MB; "
              f"large: {large_files} files, {large_size / 1e6:.1f} MB", flush=True)
        one = run_build(tmp / "small", tmp / "out-small-1", jobs=1)
        print(f"small, --jobs 1: {one['wall']:.1f} s", flush=True)
        two = run_build(tmp / "small", tmp / "out-small-2", jobs=2)
        print(f"small, --jobs 2: {two['wall']:.1f} s", flush=True)
        large = run_build(tmp / "large", tmp / "out-large", jobs=args.jobs, cache=True)
        print(f"large, --jobs {args.jobs}: {large['wall']:.1f} s", flush=True)
        extra = tmp / "extra"
        make_corpus(extra, 0.1, first_copy=LAST_COPY - 1)
        shutil.copy(next(discover([extra])), tmp / "large")
        added = run_build(tmp / "large", tmp / "out-large", jobs=args.jobs, cache=True)
    entity, model = entity_against_model()

    print(f"\nlarge build, stage by stage ({large['acts']:,} acts, {large['triples']:,} triples):")
    for stage, seconds in large["seconds_by_stage"].items():
        print(f"  {stage:40} {seconds:8.1f} s   peak so far {large['peak_memory_mb_by_stage'][stage]:6,} MB")
    ratio = large["wall"] / two["wall"] if args.jobs == 2 else large["wall"] / one["wall"]
    print(f"large / small time ({large_size / small_size:.1f}x the text): {ratio:.2f} (target <= 11 at 100/10 MB)")
    print(f"--jobs 2 over --jobs 1 on the small corpus: {one['wall'] / two['wall']:.2f}x (target >= 1.8)")
    print(f"adding one issue: {added['wall']:.1f} s against {large['wall']:.1f} s for the full build "
          f"= 1/{large['wall'] / added['wall']:.0f} (target <= 1/50)")
    print(f"entity stage {entity:.2f} s, trained ner alone {model:.2f} s: {entity / model:.2f}x (target <= 2)")
    peak = max(large["peak_memory_mb_by_stage"].values())
    print(f"large build end to end: {large['wall']:.0f} s = {large_size / large['wall'] / 1e3:.0f} KB/s, "
          f"peak memory {peak:,} MB (target: 100 MB in under 300 s, under 4,096 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
