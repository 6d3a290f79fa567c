import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "gazettes"
GOLD = ROOT / "tests" / "gold"


def corpus_text(stem: str) -> str:
    return next(CORPUS.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline():
    from ner.pipeline import Pipeline

    return Pipeline.from_config()


@pytest.fixture(scope="session")
def docs(pipeline):
    """The bundled corpus, extracted once: {'001': IssueDoc, ...}."""
    return {p.name[:3]: pipeline.read(p) for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A full build of the bundled corpus into a temporary output folder."""
    from kg.build import build

    out = tmp_path_factory.mktemp("out")
    result = build([CORPUS], out)
    return result, out


@pytest.fixture
def corpus_copy(tmp_path):
    dst = tmp_path / "in"
    shutil.copytree(CORPUS, dst)
    return dst
