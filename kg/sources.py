"""The source texts beside the graph: each file's original text, the words its OCR
repair changed, and where each name the graph links an act to stands in it (its span
and the entity's IRI), so that an act can be shown as printed with its names marked
and the repairs on hover.

The graph holds every fact's span into the original text; this folder holds the text
the spans point into. It is written by the build and read by the views, so that
``kg views`` can draw the act pages from the build's output alone.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from ner.core.doc import IssueDoc

from .atomic import write_text

SOURCES_DIR = "sources"


def _path(out: Path, name: str) -> Path:
    return Path(out) / SOURCES_DIR / f"{name}.json"


def write_sources(docs: list[IssueDoc], out: Path, mentions: dict[str, list[tuple[int, int, str]]]) -> Path:
    """One record per file; ``mentions`` are keyed by file name."""
    for doc in docs:
        changes = doc.repaired.changes() if doc.repaired else []
        spans = sorted(mentions.get(doc.source.name, []))
        record = {"name": doc.source.name, "text": doc.source.text, "repairs": changes, "mentions": spans}
        write_text(_path(out, doc.source.name), json.dumps(record, ensure_ascii=False) + "\n")
    return Path(out) / SOURCES_DIR


def read_source(out: Path, name: str) -> Optional[dict]:
    """The record of source file ``name``, or None when the build did not keep it."""
    try:
        return json.loads(_path(out, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
