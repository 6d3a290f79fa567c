"""Score the citation reader on passages of legal text with their cited gazette
issues annotated (``citations.jsonl``, see ``tests/gold/citations-dev/README.md``).

The reader runs on each passage itself, not on a build: a passage is a provision
of a statute, not an issue of the gazette. Each passage's citations are compared
as a set of (gazette, number, four-digit year); a ``split.json`` beside the gold
names the passages held out from development, scored apart.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ner.core.gazette_refs import find_citations, full_year

from .evaluate import Score, load_jsonl

GOLD_FILE = "citations.jsonl"


def has_citation_gold(gold_dir: Path) -> bool:
    return (gold_dir / GOLD_FILE).exists()


def read(text: str) -> set[tuple[str, int, int]]:
    """The gazette issues the reader finds cited in a passage (its year unknown:
    two-digit years are read as the latest up to today's century)."""
    return {(f.gazette, f.number, full_year(f.year, None)) for f in find_citations(text)}


@dataclass
class CitationEvaluation:
    parts: dict[str, Score] = field(default_factory=lambda: {n: Score() for n in ("dev", "held-out", "all")})
    passages: dict[str, int] = field(default_factory=lambda: {"dev": 0, "held-out": 0, "all": 0})
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"parts": {k: {"passages": self.passages[k], **v.as_dict()} for k, v in self.parts.items()},
                "errors": self.errors}


def evaluate_citations(gold_dir: Path) -> CitationEvaluation:
    split = gold_dir / "split.json"
    held = set(json.loads(split.read_text(encoding="utf-8"))["held_out"]) if split.exists() else set()
    ev = CitationEvaluation()
    for g in load_jsonl(gold_dir / GOLD_FILE):
        part = "held-out" if g["id"] in held else "dev"
        gold = {(name, number, year) for name, number, year in g["gold"]}
        pred = read(g["text"])
        for name in (part, "all"):
            ev.passages[name] += 1
            ev.parts[name].tp += len(pred & gold)
            ev.parts[name].fp += len(pred - gold)
            ev.parts[name].fn += len(gold - pred)
        if pred != gold:
            ev.errors.append({"passage": g["id"], "field": "citations", "part": part,
                              "missed": sorted(gold - pred), "spurious": sorted(pred - gold)})
    return ev


def format_citation_table(ev: CitationEvaluation) -> str:
    names = ("dev", "held-out", "all")
    rows = [f"{'citations in passages':30}" + "".join(f"{n:>22}" for n in names),
            f"{'passages':30}" + "".join(f"{ev.passages[n]:>22}" for n in names),
            f"{'P/R/F1':30}" + "".join(
                f"{ev.parts[n].precision:.2f}/{ev.parts[n].recall:.2f}/{ev.parts[n].f1:.2f}".rjust(22) for n in names),
            f"{'tp/fp/fn':30}" + "".join(f"{ev.parts[n].tp}/{ev.parts[n].fp}/{ev.parts[n].fn}".rjust(22) for n in names)]
    return "\n".join(rows)
