from pathlib import Path

from collections import namedtuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "gazettes"
GOLD = ROOT / "tests" / "gold"


def _region():
    from confection import Config

    from ner.core.profiles import profiles
    from ner.pipeline import DEFAULT_CONFIG

    return profiles()[Config().from_disk(DEFAULT_CONFIG)["components"]["profile"]["default"]].region


REGION = _region()  # the region of ner/pipeline.cfg's default gazette profile


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


CliResult = namedtuple("CliResult", "returncode stdout stderr")


@pytest.fixture
def cli(capsys):
    """Run ``python -m kg ARGS`` in this process: (returncode, stdout, stderr)."""
    from kg.cli import main

    def call(*args) -> CliResult:
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return CliResult(code, out.out, out.err)

    return call
