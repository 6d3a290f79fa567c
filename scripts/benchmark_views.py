"""Time the HTML views in headless Chromium: load and stabilise (until the page is
interactive) for every view of a build, and for a synthetic graph of 10,000 nodes.

    python scripts/benchmark_views.py [--out output] [--nodes 10000]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the project, and the tests' Chromium helper

import networkx as nx  # noqa: E402

from chromium import driver, open_view  # noqa: E402
from kg.exports import to_networkx  # noqa: E402
from kg.store import rdflib_graph  # noqa: E402
from kg.build import DEFAULT_OUT  # noqa: E402
from kg.views import PHYSICS_MAX, copy_assets, render_view  # noqa: E402


def synthetic(n: int, seed: int = 1) -> nx.DiGraph:
    """Acts, people and bodies in the proportions of the real graph, randomly linked."""
    rng = random.Random(seed)
    g = nx.DiGraph()
    acts, people, bodies = int(n * 0.6), int(n * 0.25), n - int(n * 0.6) - int(n * 0.25)
    munis = ["Koper", "Izola", "Piran", "Sežana", "Postojna", "Ilirska Bistrica"]
    for i in range(acts):
        g.add_node(f"a{i}", kind="act", label=f"odlok {i}", municipality=rng.choice(munis),
                   act_type=rng.choice(["odlok", "sklep", "pravilnik"]), year=rng.randint(1975, 1995),
                   date=f"{rng.randint(1975, 1995)}-01-01")
    for i in range(people):
        g.add_node(f"p{i}", kind="person", label=f"Oseba {i}")
    for i in range(bodies):
        g.add_node(f"b{i}", kind="body", label=f"Organ {i}")
    for i in range(acts):
        g.add_edge(f"p{rng.randrange(people)}", f"a{i}", kind="signed")
        g.add_edge(f"a{i}", f"b{rng.randrange(bodies)}", kind="passed_by")
    return g


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--nodes", type=int, default=10_000)
    args = ap.parse_args(argv)
    views = Path(args.out) / "views"
    drv = driver()
    try:
        pages = sorted(views.glob("*.html")) + sorted(views.glob("people/*.html"))[:5] + \
            sorted(views.glob("issues/*.html"))[:5]
        worst = 0.0
        plain = [views / "index.html", views / "map.html"] + sorted(views.glob("acts/*.html"))[:5]
        for page in plain:  # pages with no graph: loaded when the browser says so
            started = time.perf_counter()
            drv.get(page.resolve().as_uri())
            seconds = time.perf_counter() - started
            worst = max(worst, seconds)
            print(f"{str(page.relative_to(views)):55} {'':12} {seconds:5.2f} s loaded")
        for page in pages:
            if page in plain:
                continue
            info = open_view(drv, page)
            worst = max(worst, info["seconds"])
            print(f"{str(page.relative_to(views)):55} {info['drawn']:6} nodes  {info['seconds']:5.2f} s "
                  f"{'ready' if info['ready'] else 'NOT READY'}  {len(info['errors'])} errors")
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            copy_assets(tmp)
            # the whole bundled graph as one view
            whole = nx.DiGraph(to_networkx(rdflib_graph(Path(args.out))))
            page = tmp / "whole.html"
            page.write_text(render_view(whole, "whole graph", ""), encoding="utf-8")
            info = open_view(drv, page, timeout=120)
            worst = max(worst, info["seconds"])
            print(f"{'the whole bundled graph in one view':55} {info['drawn']:6} nodes  {info['seconds']:5.2f} s "
                  f"{'ready' if info['ready'] else 'NOT READY'}  {len(info['errors'])} errors")
            # the largest view laid out by physics in the browser, and a large one laid out here
            for n in (PHYSICS_MAX, args.nodes):
                page = tmp / f"synthetic-{n}.html"
                started = time.perf_counter()
                page.write_text(render_view(synthetic(n), "synthetic", ""), encoding="utf-8")
                print(f"{f'  laying out and writing {n:,} nodes here':55} {time.perf_counter() - started:19.2f} s")
                info = open_view(drv, page, timeout=120)
                worst = max(worst, info["seconds"])
                how = "physics" if n <= PHYSICS_MAX else "precomputed layout"
                print(f"{f'synthetic graph ({how})':55} {info['drawn']:6} nodes  {info['seconds']:5.2f} s "
                      f"{'ready' if info['ready'] else 'NOT READY'}  {len(info['errors'])} errors")
        print(f"slowest view to become interactive: {worst:.2f} s")
    finally:
        drv.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
