"""Train the statistical NER component (PER, ORG, LOC) on weak labels.

1. The rule components (ner/entities/: the people, bodies and places readers and the
   register of spatial units) label the acts and the contents of every text the
   project has: the bundled corpus and the excerpts' texts (tests/gold/excerpts).
   Whole issues are held out and never trained on: the corpus issue 002 and the
   excerpts that tests/gold/excerpts/split.json holds out. The hand corrections in
   data/ner/corrections.tsv are applied; the labels are written to
   data/ner/silver.jsonl. The annotation guide is docs/annotation-guide.md.
2. The training issues' pieces are shuffled with a fixed seed; a fifth of them
   stops the training early.
3. spaCy trains a small CNN tok2vec + transition-based NER (ner/entities/ner.cfg) with
   the same seed; the best model goes to ner/entities/model, with its scores
   (spaCy's scorer: per-type precision, recall, F1) on the held-out issues in
   scores.json.
4. With --loio, each training issue is left out in turn: a model trained on the
   others is scored on it (per type), and the scores go to loio.json with each
   type's mean over the folds.

    python scripts/train_ner.py [--seed 1] [--loio]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ner.core.lexicon import data_lines  # noqa: E402
from ner.entities import nlp as ner_nlp  # noqa: E402
from ner.entities.mentions import contents_doc, names_of, rule_mentions  # noqa: E402
from ner.entities.language import entity_language  # noqa: E402
from ner.pipeline import Pipeline  # noqa: E402

SILVER = ROOT / "data" / "ner" / "silver.jsonl"
CORRECTIONS = ROOT / "data" / "ner" / "corrections.tsv"
CONFIG = ROOT / "ner" / "entities" / "ner.cfg"
CORPUS = ROOT / "data" / "gazettes"
EXCERPTS = ROOT / "tests" / "gold" / "excerpts"
HELD_OUT_CORPUS = ("002",)
LOIO_EPOCHS = 10  # a left-out issue's model trains shorter: its score, not its weights, is wanted


def issues() -> tuple[list[Path], list[Path]]:
    """(training files, held-out files): whole issues either way."""
    held = set(json.loads((EXCERPTS / "split.json").read_text(encoding="utf-8"))["held_out"])
    files = sorted(CORPUS.glob("*.txt")) + sorted((EXCERPTS / "texts").glob("*.txt"))
    out = [f for f in files if f.name[:3] in HELD_OUT_CORPUS or f.parent.name == "texts" and f.name in held]
    return [f for f in files if f not in out], out


def corrections() -> dict[tuple[str, str], str]:
    """(label, span text) -> the corrected span text inside it, or "-" for no entity."""
    return {(label, span): fix for label, span, fix in (line.split("\t") for line in data_lines(CORRECTIONS))}


def corrected(text: str, spans: list[tuple[int, int, str]], fixes: dict) -> list[tuple[int, int, str]]:
    out = []
    for s, e, label in spans:
        fix = fixes.get((label, text[s:e]))
        if fix == "-":
            continue
        if fix:
            s += text[s:e].index(fix)
            e = s + len(fix)
        out.append((s, e, label))
    return out


def silver(paths: list[Path]) -> list[dict]:
    """The rules' labels of every act and the contents of the files, in pieces."""
    pipeline = Pipeline.from_config(names=["ocr_repair", "layout", "masthead", "toc", "segment",
                                           "act_fields", "signatures", "toc_match", "citations"])
    rules = entity_language(None)
    records = []
    fixes = corrections()
    for path in paths:
        doc = pipeline.read(path)
        zones = [(lay.start, lay.end, names) for _, lay, names in rule_mentions(doc, pipeline.region)]
        if doc.toc_end > doc.masthead_end:
            zones.append((doc.masthead_end, doc.toc_end, names_of(rules(contents_doc(doc, pipeline.region, rules)))))
        for start, end, names in zones:
            for offset, piece in ner_nlp.chunks(doc.work, start, end):
                spans = [(m.start - offset, m.end - offset, m.label) for m in names
                         if offset <= m.start and m.end <= offset + len(piece)]
                records.append({"source": path.name, "text": piece, "spans": sorted(corrected(piece, spans, fixes))})
    return records


def to_docbin(nlp, records):
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    db = DocBin()
    for r in records:
        doc = nlp.make_doc(r["text"])
        spans = [doc.char_span(s, e, label=l, alignment_mode="contract") for s, e, l in r["spans"]]
        doc.ents = filter_spans([s for s in spans if s is not None])
        db.add(doc)
    return db


def portable_config(path: Path) -> None:
    """The trained config names the temporary training files; with them blanked a
    retraining with the same seed gives the same model directory, byte for byte."""
    from confection import Config

    cfg = Config().from_disk(path, interpolate=False)
    cfg["paths"]["train"] = cfg["paths"]["dev"] = None
    cfg.to_disk(path)


def train(records: list[dict], seed: int, out: Path, overrides: dict = None) -> Path:
    """Train on the records (a fifth of them stops it early); the best model's folder."""
    from spacy.cli.train import train as spacy_train

    records = list(records)
    random.Random(seed).shuffle(records)
    cut = int(len(records) * 0.8)
    nlp = ner_nlp.blank()
    to_docbin(nlp, records[:cut]).to_disk(out / "train.spacy")
    to_docbin(nlp, records[cut:]).to_disk(out / "dev.spacy")
    spacy_train(CONFIG, out / "model", overrides={"paths.train": str(out / "train.spacy"),
                                                  "paths.dev": str(out / "dev.spacy"),
                                                  "system.seed": seed, **(overrides or {})})
    return out / "model" / "model-best"


def score(model_dir: Path, records: list[dict]) -> dict:
    """Per-type precision, recall and F1 of a model against the rules' labels."""
    import spacy
    from spacy.training import Example

    nlp = spacy.load(model_dir)
    examples = [Example(nlp.make_doc(d.text), d) for d in to_docbin(nlp, records).get_docs(nlp.vocab)]
    result = nlp.evaluate(examples)
    return {"p": result["ents_p"], "r": result["ents_r"], "f": result["ents_f"], "per_type": result["ents_per_type"],
            "docs": len(records)}


def leave_one_issue_out(records: list[dict], seed: int) -> dict:
    """Each training issue scored by a model trained on the others."""
    out = {}
    for source in sorted({r["source"] for r in records}):
        with tempfile.TemporaryDirectory() as tmp:
            best = train([r for r in records if r["source"] != source], seed, Path(tmp),
                         {"training.max_epochs": LOIO_EPOCHS})
            out[source] = score(best, [r for r in records if r["source"] == source])
        print(source, json.dumps(out[source]["per_type"]), flush=True)
    return {"folds": out, "mean_per_type": mean_per_type(out)}


def mean_per_type(folds: dict) -> dict:
    """Each type's precision, recall and F1 averaged over the folds whose issue has it."""
    types = sorted({t for fold in folds.values() for t in fold["per_type"]})
    means = {}
    for t in types:
        scores = [fold["per_type"][t] for fold in folds.values() if t in fold["per_type"]]
        means[t] = {k: round(sum(s[k] for s in scores) / len(scores), 3) for k in "prf"} | {"folds": len(scores)}
    return means


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--loio", action="store_true", help="also score each training issue left out in turn")
    args = ap.parse_args(argv)
    training, held_out = issues()
    records = silver(training)
    SILVER.parent.mkdir(parents=True, exist_ok=True)
    SILVER.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        best = train(records, args.seed, Path(tmp))
        if ner_nlp.MODEL_DIR.exists():
            shutil.rmtree(ner_nlp.MODEL_DIR)
        shutil.copytree(best, ner_nlp.MODEL_DIR)
    portable_config(ner_nlp.MODEL_DIR / "config.cfg")
    scores = {"held_out_issues": [f.name for f in held_out], "held_out": score(ner_nlp.MODEL_DIR, silver(held_out)),
              "training_issues": [f.name for f in training], "training_docs": len(records), "seed": args.seed}
    (ner_nlp.MODEL_DIR / "scores.json").write_text(json.dumps(scores, indent=1) + "\n")
    print(json.dumps(scores["held_out"], indent=1))
    if args.loio:
        loio = leave_one_issue_out(records, args.seed)
        (ner_nlp.MODEL_DIR / "loio.json").write_text(json.dumps(loio, indent=1) + "\n")
    size = sum(p.stat().st_size for p in ner_nlp.MODEL_DIR.rglob("*") if p.is_file())
    print(f"model: {ner_nlp.MODEL_DIR} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
