"""Per-file extraction results kept under the output folder, so that a rebuild
re-extracts only the files that are new or changed.

An entry is keyed by the file's path and the SHA-256 of its bytes, under a folder
named by the pipeline's fingerprint: its config and every file of the ``ner``
package (code, word lists, register, trained model). A changed model, config or
lexicon gives another fingerprint, and the entries of the old one are removed.
Entries are pickled ``IssueDoc`` records, written atomically; one that cannot be
read counts as missing. The cache is the build's own: it lives in the output
folder, which only the user's builds write.
"""
from __future__ import annotations

import hashlib
import pickle
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Optional

import ner
from ner.core.doc import IssueDoc
from ner.pipeline import Pipeline

from .atomic import atomic_open

CACHE_DIR = Path(".cache") / "extract"
NER_DIR = Path(ner.__file__).parent


@lru_cache(maxsize=1)
def _package_digest() -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in NER_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(NER_DIR)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def fingerprint(pipeline: Pipeline) -> str:
    """What the results of extraction depend on besides the file itself."""
    h = hashlib.sha256(_package_digest().encode())
    h.update(pipeline.config.to_str().encode())
    h.update(" ".join(pipeline.names).encode())
    return h.hexdigest()[:16]


class ExtractionCache:
    def __init__(self, out: Path, pipeline: Pipeline):
        self.root = Path(out) / CACHE_DIR
        self.dir = self.root / fingerprint(pipeline)
        self.hits = 0
        self.pruned = False

    def _entry(self, path: Path) -> Path:
        h = hashlib.sha256(str(path).encode() + b"\0" + path.read_bytes())
        return self.dir / f"{h.hexdigest()}.pickle"

    def get(self, path: Path) -> Optional[IssueDoc]:
        try:
            with open(self._entry(path), "rb") as fh:
                doc = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        if not isinstance(doc, IssueDoc):
            return None
        self.hits += 1
        return doc

    def put(self, path: Path, doc: IssueDoc) -> None:
        if not self.pruned and self.root.exists():  # the entries of other fingerprints are stale
            for old in self.root.iterdir():
                if old != self.dir:
                    shutil.rmtree(old, ignore_errors=True)
        self.pruned = True
        with atomic_open(self._entry(path), "wb", encoding=None) as fh:
            pickle.dump(doc, fh, protocol=pickle.HIGHEST_PROTOCOL)
