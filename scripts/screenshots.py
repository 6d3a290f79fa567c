"""Screenshots of the views for the README and docs/: the index, who signed what, an
act page and the map, taken in headless Chromium with the network cut off.

    python scripts/screenshots.py [--out output]   (after `make`)
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from chromium import driver, open_view  # noqa: E402
from kg.build import DEFAULT_OUT  # noqa: E402

SHOTS = (("index.html", "index.png", False), ("who-signed-what.html", "who-signed-what.png", True),
         ("acts/act-uradne-objave-1989-13-3.html", "act-page.png", False), ("map.html", "map.png", False))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    args = ap.parse_args(argv)
    views, target = Path(args.out) / "views", ROOT / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    drv = driver()
    try:
        for page, name, graph in SHOTS:
            if graph:
                open_view(drv, views / page)
            else:
                drv.get((views / page).resolve().as_uri())
            time.sleep(0.5)
            drv.save_screenshot(str(target / name))
            print(f"wrote {(target / name).relative_to(ROOT)}")
    finally:
        drv.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
