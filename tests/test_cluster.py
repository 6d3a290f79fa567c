"""Extraction on a Dask cluster (kg build --scheduler): a LocalCluster of two worker
processes stands in for a real one."""
import socket

import pytest
from distributed import LocalCluster

import ner.cluster
from conftest import CORPUS
from kg.build import BuildError, build


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local.scheduler_address


def test_a_cluster_build_equals_the_one_process_build_and_reports_bad_files(built, cluster, tmp_path):
    _, out = built
    junk = tmp_path / "binary.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    result = build([CORPUS, junk], tmp_path / "out", views=False, validate=False, scheduler=cluster)
    assert [(p.source, p.level) for p in result.problems if p.level == "error"] == [("binary.txt", "error")]
    for name in ("munikg.nt", "acts.jsonl", "issues.jsonl"):
        assert (tmp_path / "out" / name).read_bytes() == (out / name).read_bytes(), name


def test_an_unreachable_scheduler_is_a_clear_error_and_keeps_the_build(tmp_path, monkeypatch):
    monkeypatch.setattr(ner.cluster, "CONNECT_TIMEOUT", "1s")
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "out"
    out.mkdir()
    (out / "munikg.ttl").write_text("previous build")
    with pytest.raises(BuildError, match=r"could not reach the Dask scheduler at tcp://127\.0\.0\.1:\d+.*dask worker"):
        build([next(CORPUS.glob("*.txt"))], out, scheduler=f"tcp://127.0.0.1:{port}")
    assert (out / "munikg.ttl").read_text() == "previous build"
