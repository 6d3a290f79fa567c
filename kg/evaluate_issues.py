"""Score what a build read of whole issues against issue-level gold: the gazette, the
masthead's number and date, the entries of the contents (by type and title), per file
the cited gazette issues and the people, bodies and places named, and, where the gold
lists them, the acts whose start the file holds (paired by title, then scored field
by field as the act gold is).

The gold is either the excerpts' format (``gold.jsonl``, one object per file, see
``tests/gold/excerpts/NOTES.md``) or the dev gold's ``*.issue.json`` files (masthead
and contents only). A ``split.json`` beside the gold names the files held out from
development; their scores are reported apart.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from rapidfuzz import fuzz

from .evaluate import TITLE_PAIR_MIN, Score, load_jsonl, norm, score_pair

TITLE_MIN = 90  # a contents title read with small OCR differences is the same entry
ENTITY_FIELDS = ("persons", "organizations", "places")
ACT_FIELDS = ("type", "title", "issuer", "date", "number", "signatories", "signatory_roles")


@dataclass
class Part:
    """The scores of a set of files."""
    files: int = 0
    number_right: int = 0
    date_right: int = 0
    gazettes: int = 0  # files whose gold names the gazette
    gazette_right: int = 0
    empty_contents: int = 0  # files whose gold lists entries and whose build found none
    scores: dict[str, Score] = field(default_factory=lambda: {
        name: Score() for name in ("toc", "toc_municipality", "citations") + ENTITY_FIELDS})
    acts: Score = field(default_factory=Score)
    act_fields: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in ACT_FIELDS})

    def as_dict(self) -> dict:
        return {"files": self.files,
                "masthead_number": round(self.number_right / self.files, 4) if self.files else None,
                "masthead_date": round(self.date_right / self.files, 4) if self.files else None,
                "gazette": round(self.gazette_right / self.gazettes, 4) if self.gazettes else None,
                "files_with_empty_contents": self.empty_contents,
                **{k: v.as_dict() for k, v in self.scores.items()},
                **({"acts": self.acts.as_dict(), "act_fields": {k: v.as_dict() for k, v in self.act_fields.items()}}
                   if self.acts.tp + self.acts.fp + self.acts.fn else {})}


@dataclass
class IssueEvaluation:
    parts: dict[str, Part]  # "dev", "held-out", "all"
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"parts": {k: v.as_dict() for k, v in self.parts.items()}, "errors": self.errors}


def has_issue_gold(gold_dir: Path) -> bool:
    return (gold_dir / "gold.jsonl").exists() or any(gold_dir.glob("*.issue.json"))


def load_gold(gold_dir: Path) -> list[dict]:
    """Issue-level gold records: {file, issue_number, issue_date, toc, [citations, persons ...]}."""
    if (gold_dir / "gold.jsonl").exists():
        return load_jsonl(gold_dir / "gold.jsonl")
    out = []
    for path in sorted(gold_dir.glob("*.issue.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        out.append({"file": g["doc"], "issue_number": g.get("number"), "issue_date": g.get("date"),
                    "toc": g.get("toc", [])})
    return out


def held_out(gold_dir: Path) -> set[str]:
    split = gold_dir / "split.json"
    return set(json.loads(split.read_text(encoding="utf-8"))["held_out"]) if split.exists() else set()


def predicted(out_dir: Path) -> dict[str, dict]:
    """What the build read of each file, in the gold's shape."""
    issues_path, acts_path = out_dir / "issues.jsonl", out_dir / "acts.jsonl"
    if not issues_path.exists():
        raise FileNotFoundError(f"{issues_path} not found: run `python -m kg build --out {out_dir}` first")
    by_file: dict[str, dict] = {}
    for rec in load_jsonl(issues_path):
        by_file[rec["doc"]] = {"gazette": rec.get("gazette"), "issue_number": rec.get("number"),
                               "issue_date": rec.get("date"), "toc": rec.get("toc", []), "citations": set(),
                               "acts": [],
                               **{k: {norm(v) for v in rec.get(k, [])} for k in ENTITY_FIELDS}}
    for act in load_jsonl(acts_path) if acts_path.exists() else []:
        p = by_file.get(act["doc"])
        if p is not None:
            p["citations"] |= {_citation(c) for c in act.get("citations", [])}
            if act.get("span"):
                p["acts"].append(act)
    return by_file


def _citation(c: dict) -> tuple:
    return norm(c["gazette"]), int(c["number"]), int(c["year"])


def match_entries(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) of the same type and a close title."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p.get("type") != g.get("type"):
                continue
            sim = fuzz.ratio(norm(p.get("title")), norm(g.get("title")))
            if sim >= TITLE_MIN:
                candidates.append((sim, -abs(pi - gi), pi, gi))
    used_p, used_g, pairs = set(), set(), []
    for _, _, pi, gi in sorted(candidates, reverse=True):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return sorted(pairs)


def pair_acts(pred: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of predicted and gold acts by a close title (an untitled
    sklep pairs with an untitled one), the same type first, then the nearest in order."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            sim = fuzz.ratio(norm(p.get("title")), norm(g.get("title")))
            if sim >= TITLE_PAIR_MIN:
                candidates.append((p.get("type") == g.get("type"), sim, -abs(pi - gi), pi, gi))
    used_p, used_g, pairs = set(), set(), []
    for *_, pi, gi in sorted(candidates, reverse=True):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pred[pi], gold[gi]))
    return pairs


def score_acts(part: Part, pred: list[dict], gold: list[dict], name: str, errors: list[dict]) -> None:
    pairs, field_errors = pair_acts(pred, gold), []
    found = sum(score_pair(part.act_fields, p, g, name, field_errors) for p, g in pairs)
    errors += [{"file": e.pop("doc"), **e, "field": "act " + e["field"]} for e in field_errors]
    part.acts.tp += found
    part.acts.fp += len(pred) - found
    part.acts.fn += len(gold) - found
    paired = [g for _, g in pairs]
    errors += [{"file": name, "field": "act", "pred": None, "gold": f"{g['type']} {g.get('title')}"}
               for g in gold if not any(g is pg for pg in paired)]


def _add_sets(score: Score, pred: set, gold: set) -> None:
    score.tp += len(pred & gold)
    score.fp += len(pred - gold)
    score.fn += len(gold - pred)


def score_file(part: Part, pred: Optional[dict], gold: dict, errors: list[dict]) -> None:
    name = gold["file"]
    pred = pred or {"gazette": None, "issue_number": None, "issue_date": None, "toc": [], "citations": set(),
                    "acts": [], **{k: set() for k in ENTITY_FIELDS}}
    part.files += 1
    if "gazette" in gold:
        part.gazettes += 1
        part.gazette_right += pred["gazette"] == gold["gazette"]
        if pred["gazette"] != gold["gazette"]:
            errors.append({"file": name, "field": "gazette", "pred": pred["gazette"], "gold": gold["gazette"]})
    if "acts" in gold:
        score_acts(part, pred["acts"], gold["acts"], name, errors)
    for key, attr in (("issue_number", "number_right"), ("issue_date", "date_right")):
        if pred[key] == gold.get(key):
            setattr(part, attr, getattr(part, attr) + 1)
        else:
            errors.append({"file": name, "field": key, "pred": pred[key], "gold": gold.get(key)})
    toc_gold, toc_pred = gold.get("toc", []), pred["toc"]
    if toc_gold and not toc_pred:
        part.empty_contents += 1
    pairs = match_entries(toc_pred, toc_gold)
    s = part.scores["toc"]
    s.tp += len(pairs)
    s.fp += len(toc_pred) - len(pairs)
    s.fn += len(toc_gold) - len(pairs)
    m = part.scores["toc_municipality"]
    for pi, gi in pairs:
        same = toc_pred[pi].get("municipality") == toc_gold[gi].get("municipality")
        m.tp += same
        m.fp += not same
        m.fn += not same
        if not same:
            errors.append({"file": name, "field": "toc_municipality", "title": toc_gold[gi]["title"],
                           "pred": toc_pred[pi].get("municipality"), "gold": toc_gold[gi].get("municipality")})
    paired_p, paired_g = {p for p, _ in pairs}, {g for _, g in pairs}
    for pi, e in enumerate(toc_pred):
        if pi not in paired_p:
            errors.append({"file": name, "field": "toc", "pred": f"{e.get('type')} {e.get('title')}", "gold": None})
    for gi, e in enumerate(toc_gold):
        if gi not in paired_g:
            errors.append({"file": name, "field": "toc", "pred": None, "gold": f"{e.get('type')} {e.get('title')}"})
    for key in ("citations",) + ENTITY_FIELDS:
        if key not in gold:
            continue
        g = {_citation(c) for c in gold[key]} if key == "citations" else {norm(v) for v in gold[key]}
        _add_sets(part.scores[key], pred[key], g)
        if pred[key] != g:
            errors.append({"file": name, "field": key, "pred": sorted(map(str, pred[key] - g)),
                           "gold": sorted(map(str, g - pred[key]))})


def evaluate_issues(out_dir: Path, gold_dir: Path) -> IssueEvaluation:
    golds = load_gold(gold_dir)
    if not golds:
        raise FileNotFoundError(f"no issue-level gold (gold.jsonl or *.issue.json) in {gold_dir}")
    preds = predicted(out_dir)
    held = held_out(gold_dir)
    parts = {"dev": Part(), "held-out": Part(), "all": Part()}
    ev = IssueEvaluation(parts)
    for gold in golds:
        pred = preds.get(gold["file"])
        part = "held-out" if gold["file"] in held else "dev"
        errors: list[dict] = []
        score_file(parts[part], pred, gold, errors)
        ev.errors += [{**e, "part": part} for e in errors]
        score_file(parts["all"], pred, gold, [])
    if not held:
        del parts["held-out"], parts["all"]
    return ev


def format_issue_table(ev: IssueEvaluation) -> str:
    names = list(ev.parts)
    lines = [f"{'issues':22}" + "".join(f"{n:>22}" for n in names)]
    lines.append(f"{'files':22}" + "".join(f"{ev.parts[n].files:>22}" for n in names))
    for label, attr in (("masthead number", "number_right"), ("masthead date", "date_right")):
        lines.append(f"{label:22}" + "".join(
            f"{_ratio(getattr(ev.parts[n], attr), ev.parts[n].files):>22}" for n in names))
    if any(ev.parts[n].gazettes for n in names):
        lines.append(f"{'gazette':22}" + "".join(
            f"{_ratio(ev.parts[n].gazette_right, ev.parts[n].gazettes):>22}" for n in names))
    lines.append(f"{'empty contents':22}" + "".join(f"{ev.parts[n].empty_contents:>22}" for n in names))
    for key in ("toc", "toc_municipality", "citations") + ENTITY_FIELDS:
        cells = [ev.parts[n].scores[key] for n in names]
        if all(c.tp + c.fp + c.fn == 0 for c in cells):
            continue
        lines.append(f"{key + ' P/R/F1':22}" + "".join(
            f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}".rjust(22) for c in cells))
    if any(ev.parts[n].acts.tp + ev.parts[n].acts.fp + ev.parts[n].acts.fn for n in names):
        rows = [("acts", [ev.parts[n].acts for n in names])]
        rows += [(f"act {k.replace('signatory_', '')}", [ev.parts[n].act_fields[k] for n in names]) for k in ACT_FIELDS]
        lines += [f"{label + ' P/R/F1':22}" + "".join(
            f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}".rjust(22) for c in cells) for label, cells in rows]
    return "\n".join(lines)


def _ratio(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "-"


