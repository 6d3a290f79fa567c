"""A failed or mistaken build leaves the previous one as it was; one build at a time."""
import subprocess
import sys

import pytest

from conftest import CORPUS
import kg.build
from kg.build import BuildError, build

SMALL = CORPUS / "000_3e3b3cd49ed342d4.txt"  # one 2017 act: the quickest real build


@pytest.fixture
def previous(tmp_path):
    """An output folder holding a previous build (and a file of the user's own)."""
    out = tmp_path / "output"
    out.mkdir()
    (out / "acts.jsonl").write_text("the previous build\n")
    (out / "notes.txt").write_text("mine\n")
    return out


def test_a_mistyped_path_leaves_the_previous_build_intact(previous):
    with pytest.raises(BuildError, match="no issue could be read.*no such file.*left as it was"):
        build([SMALL.with_name("000_typo.txt")], previous, validate=False, views=False)
    assert (previous / "acts.jsonl").read_text() == "the previous build\n"
    assert sorted(p.name for p in previous.parent.iterdir()) == ["output"]  # no staging, no lock left


def test_a_crash_while_writing_leaves_the_previous_build_intact(previous, monkeypatch):
    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(kg.build, "write_exports", crash)
    with pytest.raises(RuntimeError, match="disk full"):
        build([SMALL], previous, validate=False, views=False)
    assert (previous / "acts.jsonl").read_text() == "the previous build\n"
    assert sorted(p.name for p in previous.parent.iterdir()) == ["output"]


def test_a_build_that_succeeds_replaces_the_previous_one_and_keeps_the_users_files(previous):
    result = build([SMALL], previous, validate=False, views=False)
    assert (previous / "acts.jsonl").read_text().startswith('{"doc": "000_3e3b3cd49ed342d4.txt"')
    assert (previous / "notes.txt").read_text() == "mine\n"
    assert result.outputs["acts"] == previous / "acts.jsonl"  # not the staging folder's
    assert str(previous / "store") in (previous / "report.json").read_text()


def test_two_builds_into_one_folder_at_once_are_refused(previous):
    lock = previous.parent / ".output.lock"
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as other:
        lock.write_text(str(other.pid))
        try:
            with pytest.raises(BuildError, match=f"another build is writing .*process {other.pid}.*wait"):
                build([SMALL], previous, validate=False, views=False)
        finally:
            other.kill()
    assert (previous / "acts.jsonl").read_text() == "the previous build\n"


def test_a_lock_left_by_a_killed_build_does_not_block(previous):
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (previous.parent / ".output.lock").write_text(done.stdout.strip())  # that process has ended
    build([SMALL], previous, validate=False, views=False)
    assert (previous / "acts.jsonl").read_text() != "the previous build\n"
    assert not (previous.parent / ".output.lock").exists()
