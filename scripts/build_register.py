"""Derive the project's register of spatial units (ner/data/register/) from the
GURS RPE files (CC BY 4.0) in a folder such as ../shared/data:

    python scripts/build_register.py ../shared/data

Writes tab-separated tables of what the place reader needs: every settlement with
its municipality, administrative unit (the old municipality, roughly) and WGS84
coordinates; every street with its settlement; the local communities; the
municipalities. Run again when the register changes; the tables are shipped.
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "ner" / "data" / "register"
ATTRIBUTION = "Vir: Geodetska uprava Republike Slovenije, Register prostorskih enot (RPE), CC BY 4.0."

TABLES = {  # output: (source file, columns written)
    "settlements": ("si-settlements.csv", ["na_mid", "name", "name_full", "name_bilingual", "obcina",
                                           "upravna_enota", "lat", "lon"]),
    "streets": ("si-streets.csv", ["ul_mid", "name", "name_bilingual", "na_mid", "settlement", "obcina"]),
    "local_communities": ("si-local-communities.csv", ["odo_mid", "name", "kind", "obcina", "lat", "lon"]),
    "municipalities": ("si-municipalities.csv", ["ob_mid", "name", "official_name", "upravna_enota", "lat", "lon"]),
}


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write(name: str, header: list[str], records: list[dict]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / f"{name}.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# {ATTRIBUTION}\n")
        fh.write("\t".join(header) + "\n")
        for r in records:
            fh.write("\t".join(r[c].replace("\t", " ") for c in header) + "\n")
    return len(records)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="folder with the si-*.csv files of the register")
    args = ap.parse_args(argv)
    for name, (source, columns) in TABLES.items():
        records = sorted(rows(args.source / source), key=lambda r: (r[columns[0]]))
        print(f"{name:18} {write(name, columns, records):6} rows -> {OUT / (name + '.tsv')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
