"""Train the statistical NER component (PER, ORG, LOC) on silver annotations.

1. The rule components (ner/entities/mentions.py) annotate the acts of the training
   issues (by default 001, which has no gold: the dev gold stays unseen); the
   hand corrections in data/ner/corrections.tsv are applied, and the result is
   written to data/ner/silver.jsonl (text, spans), the data the model is
   trained from. The annotation guide is docs/annotation-guide.md.
2. The documents are shuffled with a fixed seed and split 80/20.
3. spaCy trains a small CNN tok2vec + transition-based NER (ner/entities/ner.cfg) with
   the same seed; the best model is copied to ner/entities/model, and the held-out
   scores (spaCy's scorer: per-type precision, recall, F1) are printed and
   written to ner/entities/model/scores.json.

    python scripts/train_ner.py [--issues 001] [--seed 1]
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

from ner.entities import nlp as ner_nlp  # noqa: E402
from ner.core.lexicon import data_lines  # noqa: E402
from ner.entities.mentions import rule_mentions  # noqa: E402
from ner.pipeline import Pipeline  # noqa: E402

SILVER = ROOT / "data" / "ner" / "silver.jsonl"
CORRECTIONS = ROOT / "data" / "ner" / "corrections.tsv"


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
CONFIG = ROOT / "ner" / "entities" / "ner.cfg"


def silver(issues: list[str]) -> list[dict]:
    pipeline = Pipeline.from_config(names=["ocr_repair", "layout", "masthead", "toc", "segment",
                                           "act_fields", "signatures", "toc_match", "citations"])
    records = []
    fixes = corrections()
    for stem in issues:
        path = next((ROOT / "data" / "gazettes").glob(f"{stem}_*.txt"))
        doc = pipeline.read(path)
        for _, lay, mentions in rule_mentions(doc, pipeline.region):
            for offset, piece in ner_nlp.chunks(doc.work, lay.start, lay.end):
                spans = [(m.start - offset, m.end - offset, m.label) for m in mentions
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--issues", nargs="+", default=["001"])
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    from spacy.cli.train import train

    records = silver(args.issues)
    SILVER.parent.mkdir(parents=True, exist_ok=True)
    SILVER.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    rng = random.Random(args.seed)
    rng.shuffle(records)
    cut = int(len(records) * 0.8)
    nlp = ner_nlp.blank()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        to_docbin(nlp, records[:cut]).to_disk(tmp / "train.spacy")
        to_docbin(nlp, records[cut:]).to_disk(tmp / "dev.spacy")
        train(CONFIG, tmp / "out", overrides={"paths.train": str(tmp / "train.spacy"),
                                              "paths.dev": str(tmp / "dev.spacy"),
                                              "system.seed": args.seed})
        best = tmp / "out" / "model-best"
        if ner_nlp.MODEL_DIR.exists():
            shutil.rmtree(ner_nlp.MODEL_DIR)
        shutil.copytree(best, ner_nlp.MODEL_DIR)
    portable_config(ner_nlp.MODEL_DIR / "config.cfg")
    meta = json.loads((ner_nlp.MODEL_DIR / "meta.json").read_text())
    perf = meta.get("performance", {})
    scores = {"ents_p": perf.get("ents_p"), "ents_r": perf.get("ents_r"), "ents_f": perf.get("ents_f"),
              "per_type": perf.get("ents_per_type"), "train_docs": cut, "heldout_docs": len(records) - cut,
              "issues": args.issues, "seed": args.seed}
    (ner_nlp.MODEL_DIR / "scores.json").write_text(json.dumps(scores, indent=1) + "\n")
    print(json.dumps(scores, indent=1))
    size = sum(p.stat().st_size for p in ner_nlp.MODEL_DIR.rglob("*") if p.is_file())
    print(f"model: {ner_nlp.MODEL_DIR} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
