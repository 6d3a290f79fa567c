"""Compare a build with gold annotations (../shared/gold/SCHEMA.md).

Acts are paired within a document by the gold anchor (an exact substring of
the act's title or preamble) falling inside the predicted act's span, or by a
fuzzy title match; a pair counts as a correct act when the types agree too.
On every pair each field is scored: string fields fuzzily (OCR-corrected
titles and bodies differ in small ways), dates, numbers and places exactly,
lists (signatories, citations ...) as sets.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from rapidfuzz import fuzz

FUZZY_FIELDS = ("title", "issuer")
EXACT_FIELDS = ("municipality", "date", "number", "place")
LIST_FIELDS = ("signatories", "citations", "legal_basis", "persons", "organizations", "places")
FUZZY_MIN = 90
TITLE_PAIR_MIN = 80


def norm(text) -> str:
    if text is None:
        return ""
    text = str(text).lower().replace("–", "-").replace("—", "-")
    text = re.sub(r"[\"'»«*„“”]", "", text)
    return re.sub(r"\s+", " ", text).strip(" .,")


def norm_number(text) -> str:
    return re.sub(r"\s+", "", norm(text))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Evaluation:
    acts: Score = field(default_factory=Score)
    fields: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    missing_fields: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"acts": self.acts.as_dict(),
                "fields": {k: v.as_dict() for k, v in sorted(self.fields.items())},
                "not_extracted": self.missing_fields, "errors": self.errors}


def has_act_gold(gold_dir: Path) -> bool:
    return any(gold_dir.glob("*.acts.jsonl"))


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _score_value(score: Score, pred, gold, same: Callable[[object, object], bool]) -> bool:
    if pred in (None, "") and gold in (None, ""):
        return True
    if pred not in (None, "") and gold not in (None, "") and same(pred, gold):
        score.tp += 1
        return True
    if pred not in (None, ""):
        score.fp += 1
    if gold not in (None, ""):
        score.fn += 1
    return False


def _fuzzy(a, b) -> bool:
    return fuzz.ratio(norm(a), norm(b)) >= FUZZY_MIN


def _list_items(name: str, values) -> set:
    out = set()
    for v in values or []:
        if name == "signatories":
            out.add(norm(v["name"]))
        elif name == "signatory_roles":
            out.add((norm(v["name"]), norm(v.get("role"))))
        elif name == "citations":
            out.add((norm(v["gazette"]), int(v["number"]), int(v["year"])))
        else:
            out.add(norm(v))
    return out


def pair_acts(preds: list[dict], golds: list[dict], text: Optional[str]) -> list[tuple[dict, dict]]:
    candidates = []
    for gi, g in enumerate(golds):
        anchor_at = text.find(g["anchor"]) if text and g.get("anchor") else -1
        for pi, p in enumerate(preds):
            span = p.get("span")
            inside = anchor_at >= 0 and span and span[0] <= anchor_at < span[1]
            sim = fuzz.ratio(norm(p.get("title")), norm(g.get("title"))) if g.get("title") and p.get("title") else 0
            if not inside and sim < TITLE_PAIR_MIN:
                continue
            candidates.append(((2 if inside else 0) + sim / 100 + (p["type"] == g["type"]), pi, gi))
    used_p, used_g, pairs = set(), set(), []
    for _, pi, gi in sorted(candidates, reverse=True):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((preds[pi], golds[gi]))
    return pairs


def score_pair(fields: dict[str, Score], p: dict, g: dict, doc: str, errors: list[dict]) -> bool:
    """Score each field of a predicted act against its gold act, noting disagreements;
    True when their types agree (the pair counts as a found act). List fields the
    gold does not record are not scored."""
    seq = g.get("seq")
    ok_type = _score_value(fields["type"], p["type"], g["type"], lambda a, b: a == b)
    if not ok_type:
        errors.append({"doc": doc, "seq": seq, "field": "type", "pred": p["type"], "gold": g["type"]})
    for name in FUZZY_FIELDS + EXACT_FIELDS:
        if name not in g:
            continue
        same = _fuzzy if name in FUZZY_FIELDS else (
            (lambda a, b: norm_number(a) == norm_number(b)) if name == "number"
            else (lambda a, b: norm(a) == norm(b)))
        if not _score_value(fields[name], p.get(name), g.get(name), same):
            errors.append({"doc": doc, "seq": seq, "field": name, "pred": p.get(name), "gold": g.get(name)})
    for name in LIST_FIELDS + ("signatory_roles",):
        source_name = "signatories" if name == "signatory_roles" else name
        if source_name not in p or source_name not in g:
            continue
        pi, gi = _list_items(name, p[source_name]), _list_items(name, g[source_name])
        s = fields[name]
        s.tp += len(pi & gi)
        s.fp += len(pi - gi)
        s.fn += len(gi - pi)
        if pi != gi:
            errors.append({"doc": doc, "seq": seq, "field": name,
                           "pred": sorted(map(str, pi - gi)), "gold": sorted(map(str, gi - pi))})
    return ok_type


def evaluate(out_dir: Path, gold_dir: Path, docs: Optional[set[str]] = None, exclude: bool = False) -> Evaluation:
    """Scores over the gold's files, or only those in ``docs`` (all but them with ``exclude``)."""
    acts_path = out_dir / "acts.jsonl"
    if not acts_path.exists():
        raise FileNotFoundError(f"{acts_path} not found: run `python -m kg build --out {out_dir}` first")
    preds_by_doc: dict[str, list[dict]] = defaultdict(list)
    for rec in load_jsonl(acts_path):
        if rec.get("span"):
            preds_by_doc[rec["doc"]].append(rec)
    texts = {}
    issues_path = out_dir / "issues.jsonl"
    if issues_path.exists():
        for rec in load_jsonl(issues_path):
            if rec.get("path") and Path(rec["path"]).exists():
                texts[rec["doc"]] = Path(rec["path"]).read_text(encoding=rec.get("encoding") or "utf-8")
    ev = Evaluation()
    sample = next((r for recs in preds_by_doc.values() for r in recs), {})
    gold_files = sorted(gold_dir.glob("*.acts.jsonl"))
    if not gold_files:
        raise FileNotFoundError(f"no *.acts.jsonl gold files in {gold_dir}")
    present = set()
    for gf in gold_files:
        golds = load_jsonl(gf)
        if not golds:
            continue
        doc = golds[0]["doc"]
        if docs is not None and (doc in docs) == exclude:
            continue
        present.update(k for g in golds for k in g)
        preds = preds_by_doc.get(doc, [])
        pairs = pair_acts(preds, golds, texts.get(doc))
        matched = sum(score_pair(ev.fields, p, g, doc, ev.errors) for p, g in pairs)
        ev.acts.tp += matched
        ev.acts.fp += len(preds) - matched
        ev.acts.fn += len(golds) - matched
        for g in golds:
            if not any(g is gg for _, gg in pairs):
                ev.errors.append({"doc": doc, "seq": g["seq"], "field": "act", "pred": None,
                                  "gold": f"{g['type']} {g.get('title')}"})
    ev.missing_fields = sorted(f for f in LIST_FIELDS if f in present and f not in sample)
    return ev


def format_table(ev: Evaluation) -> str:
    rows = [("acts", ev.acts)] + sorted(ev.fields.items())
    lines = [f"{'':18} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn",
             *(f"{name:18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp}/{s.fp}/{s.fn}"
               for name, s in rows)]
    if ev.missing_fields:
        lines.append("not extracted by this build: " + ", ".join(ev.missing_fields))
    return "\n".join(lines)


def evaluate_parts(out_dir: Path, gold_dir: Path) -> dict[str, Evaluation]:
    """The scores of the development files and, apart, of those ``split.json`` holds
    out (whole issues, scored but not read error by error), and of all."""
    split = gold_dir / "split.json"
    held = set(json.loads(split.read_text(encoding="utf-8"))["held_out"]) if split.exists() else set()
    if not held:
        return {"all": evaluate(out_dir, gold_dir)}
    parts = {"dev": evaluate(out_dir, gold_dir, held, exclude=True), "held-out": evaluate(out_dir, gold_dir, held),
             "all": evaluate(out_dir, gold_dir)}
    for name in ("dev", "held-out"):
        for e in parts[name].errors:
            e["part"] = name
    parts["all"].errors = []
    return parts


def format_parts(parts: dict[str, Evaluation]) -> str:
    if list(parts) == ["all"]:
        return format_table(parts["all"])
    names = list(parts)
    rows = ["acts"] + sorted(set().union(*(p.fields for p in parts.values())))
    lines = [f"{'acts (F1, tp/fp/fn)':22}" + "".join(f"{n:>22}" for n in names)]
    for row in rows:
        cells = [p.acts if row == "acts" else p.fields.get(row, Score()) for p in parts.values()]
        lines.append(f"{row:22}" + "".join(f"{c.f1:.3f} {c.tp}/{c.fp}/{c.fn}".rjust(22) for c in cells))
    return "\n".join(lines)
