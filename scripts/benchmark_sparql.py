"""Benchmark the SPARQL store: load time and the median latency of every saved query
on a graph of at least a million triples, and Oxigraph against rdflib's in-memory
store on the same queries and data.

The graph is the bundled build replicated. By default (--replicate documents) each
copy renames the documents — the gazette issues of the corpus, their acts with
signatures and mentions, the source files — and keeps the world they speak of:
the municipalities, bodies, people, places, laws, cited gazette issues and
offices, as more issues of the same gazette would. --replicate everything renames
every resource minted under the data base too: that many disjoint worlds, the
worst case for whole-graph queries. rdflib is compared on a smaller replica
(--compare-triples) because some queries take it minutes at a million triples;
a query it has not answered after --rdflib-limit seconds is stopped.

    python scripts/benchmark_sparql.py [--out output] [--triples 1000000] [--runs 15] [--pause 10]
                                       [--replicate documents|everything] [--rdflib-limit 60]
"""
from __future__ import annotations

import argparse
import multiprocessing
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyoxigraph as ox  # noqa: E402
from rdflib import Graph  # noqa: E402

from kg.build import DEFAULT_OUT  # noqa: E402
from kg.iris import DEFAULT_BASE  # noqa: E402
from kg.query import saved  # noqa: E402


DERIVED_FROM = "<http://www.w3.org/ns/prov#wasDerivedFrom>"


def replicate(ntriples: Path, target: Path, triples: int, mode: str = "documents") -> int:
    """Write at least ``triples`` distinct triples to ``target``; returns how many.
    The triples that no copy renames (the shared world) are written once."""
    lines = sorted({line for line in ntriples.read_text(encoding="utf-8").splitlines() if line.strip()})
    if mode == "everything":
        renamed = re.compile(re.escape(f"<{DEFAULT_BASE}"))
    else:
        # the corpus's own issues are the ones derived from a source file
        issues = {line.split(" ", 1)[0] for line in lines
                  if f" {DERIVED_FROM} " in line and line.startswith(f"<{DEFAULT_BASE}issue/")}
        renamed = re.compile("|".join([re.escape(f"<{DEFAULT_BASE}{kind}/") for kind in ("act", "source")]
                                      + [re.escape(i) for i in sorted(issues)]))
    copied, shared = [], []
    for line in lines:
        (copied if renamed.search(line) else shared).append(line)
    copies = max(1, -(-(triples - len(shared)) // len(copied)))
    with target.open("w", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in shared)
        for k in range(copies):
            for line in copied:
                fh.write(renamed.sub(lambda m: m.group().replace(f"<{DEFAULT_BASE}", f"<{DEFAULT_BASE}c{k}/"), line)
                         + "\n")
    return len(shared) + copies * len(copied)


def timed_limited(fn, limit: float) -> Optional[float]:
    """Seconds that ``fn`` takes in a forked child (which shares the parsed graph),
    or None when it is still running after ``limit`` seconds and is stopped."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child():
        send.send(timed(fn, 1))

    proc = ctx.Process(target=child, daemon=True)
    proc.start()
    ready = receive.poll(limit)
    result = receive.recv() if ready else None
    proc.kill()
    proc.join()
    return result


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="a build's output folder")
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--pause", type=float, default=10,
                    help="seconds between two rounds of the saved queries")
    ap.add_argument("--compare-triples", type=int, default=250_000)
    ap.add_argument("--runs", type=int, default=15,
                    help="rounds of every saved query (and runs of each in the rdflib comparison)")
    ap.add_argument("--rdflib-limit", type=float, default=60,
                    help="seconds after which an rdflib query is stopped (its ratio is then a lower bound)")
    ap.add_argument("--replicate", choices=("documents", "everything"), default="documents",
                    help="what each copy renames (see above)")
    args = ap.parse_args(argv)
    nt = Path(args.out) / "munikg.nt"
    if not nt.exists():
        print(f"error: {nt} not found: run `python -m kg build` first", file=sys.stderr)
        return 2
    queries = [(q.name, q.path.read_text(encoding="utf-8")) for q in saved()]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        big = tmp / "big.nt"
        replicate(nt, big, args.triples, args.replicate)
        t = time.perf_counter()
        store = ox.Store(str(tmp / "store"))
        store.bulk_load(path=str(big), format=ox.RdfFormat.N_TRIPLES)
        store.optimize()
        load = time.perf_counter() - t
        print(f"Oxigraph: {len(store):,} distinct triples ({args.replicate} replicated) "
              f"bulk-loaded in {load:.1f} s")
        rows = {name: len(list(store.query(text))) for name, text in queries}
        # Rounds of every query in turn, so that a spell of a slower machine (shared
        # CPUs) costs each query one run of several rather than all of one query's runs;
        # spaced out, so that the rounds sample minutes of the machine rather than the
        # seconds of one spell. The rounds' totals show how much its speed moved.
        times = {name: [] for name, _ in queries}
        rounds = []
        for k in range(args.runs):
            time.sleep(args.pause if k else 0)
            start = time.perf_counter()
            for name, text in queries:
                times[name].append(timed(lambda: list(store.query(text)), 1))
            rounds.append(time.perf_counter() - start)
        print(f"{'query':32} {'median ms':>10} {'min':>7} {'max':>7} {'rows':>7}")
        slow = []
        for name, _ in queries:
            ms = statistics.median(times[name]) * 1000
            slow += [name] if ms >= 200 else []
            print(f"{name:32} {ms:10.1f} {min(times[name]) * 1000:7.1f} {max(times[name]) * 1000:7.1f} "
                  f"{rows[name]:7}")
        print(f"{args.runs} rounds of all {len(queries)} queries, {args.pause:g} s apart, took "
              f"{min(rounds):.2f} s to {max(rounds):.2f} s each (median {statistics.median(rounds):.2f} s)")
        print(f"every saved query under 200 ms median: {'yes' if not slow else 'no: ' + ', '.join(slow)}")

        small = tmp / "small.nt"
        m = replicate(nt, small, args.compare_triples, args.replicate)
        small_store = ox.Store(str(tmp / "small-store"))
        small_store.bulk_load(path=str(small), format=ox.RdfFormat.N_TRIPLES)
        t = time.perf_counter()
        graph = Graph().parse(small, format="nt")
        print(f"\nrdflib vs Oxigraph on {m:,} triples (rdflib parsed them in {time.perf_counter() - t:.1f} s)")
        print(f"{'query':32} {'rdflib ms':>10} {'oxigraph ms':>12} {'ratio':>7}")
        ratios = []
        for name, text in queries:
            seconds = timed_limited(lambda: list(graph.query(text)), args.rdflib_limit)
            # a query rdflib does not finish in time counts at the limit: a lower bound
            r = (args.rdflib_limit if seconds is None else seconds) * 1000
            o = timed(lambda: list(small_store.query(text)), args.runs) * 1000
            ratios.append(r / max(o, 0.01))
            more = ">" if seconds is None else " "
            print(f"{name:32} {more}{r:9.1f} {o:12.1f} {more}{ratios[-1]:6.1f}")
        print(f"Oxigraph is faster by a median factor of {statistics.median(ratios):.0f} "
              f"(least {min(ratios):.0f}, most {max(ratios):.0f}; '>' marks rdflib stopped after "
              f"{args.rdflib_limit:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
