"""The command line, called in-process through kg.cli.main; one test runs the real
``python -m kg`` process, to check the entry point itself."""
import subprocess
import sys

import pytest

from conftest import CORPUS, GOLD, ROOT


def test_the_module_runs_as_a_command_and_prints_a_summary(tmp_path):
    p = subprocess.run([sys.executable, "-m", "kg", "build", str(next(CORPUS.glob("002_*.txt"))),
                        "--out", str(tmp_path), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "read 1 issue(s)" in p.stdout and "found 9 acts" in p.stdout
    assert str(tmp_path / "munikg.ttl") in p.stdout


def test_build_of_nothing_says_what_to_do(tmp_path, cli):
    p = cli("build", tmp_path, "--out", tmp_path / "out")
    assert p.returncode == 2 and "no .txt files" in p.stderr


def test_evaluate_without_a_build_says_what_to_do(tmp_path, cli):
    p = cli("evaluate", "--gold", GOLD, "--out", tmp_path)
    assert p.returncode == 2 and "python -m kg build" in p.stderr


def test_evaluate_prints_the_table(built, cli):
    _, out = built
    p = cli("evaluate", "--gold", GOLD, "--out", out)
    assert p.returncode == 0, p.stderr
    lines = {line.split()[0]: line.split()[1:4] for line in p.stdout.splitlines()[1:] if line[:1].isalpha()}
    assert float(lines["acts"][2]) >= 0.95 and float(lines["signatories"][2]) >= 0.95
    assert (out / "evaluation.json").exists()


def test_every_command_takes_the_output_folder(cli, tmp_path):
    for command in (["evaluate", "--gold", GOLD], ["query", "01-who-signed-what"], ["views"], ["serve"]):
        p = cli(*command, "--out", tmp_path / "none")
        assert p.returncode == 2 and "none" in p.stderr, command


def test_strict_build_fails_on_shacl_violations(tmp_path, monkeypatch, cli):
    from kg import validate

    def fake(graph):
        act = next(iter(graph.subjects(predicate=None, object=None)))
        return validate.ValidationReport(False, [validate.Violation(str(act), "mk:charStart", "bad", "Violation")])

    monkeypatch.setattr(validate, "validate", fake)
    doc = next(CORPUS.glob("002_*.txt"))
    p = cli("build", doc, "--out", tmp_path, "-q")
    assert p.returncode == 0 and "1 violation(s)" in p.stderr
    assert cli("build", doc, "--out", tmp_path, "-q", "--strict").returncode == 3


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "PREFIX mk: <https://w3id.org/munikg/ontology#>\n# clean up\nDELETE WHERE { ?s mk:mentions ?o }",
    "DROP ALL",
])
def test_query_refuses_an_update_and_says_so(built, cli, update):
    p = cli("query", update, "--out", built[1])
    assert p.returncode == 2 and "updates are refused" in p.stderr
    assert cli("query", "06-organisation-mentions", "--out", built[1]).returncode == 0  # the store is as it was


def test_a_mistyped_path_says_so_and_keeps_the_build(tmp_path, cli):
    out = tmp_path / "out"
    out.mkdir()
    (out / "acts.jsonl").write_text("previous\n")
    p = cli("build", CORPUS / "000_typo.txt", "--out", out)
    assert p.returncode == 2 and "no such file" in p.stderr and "left as it was" in p.stderr
    assert (out / "acts.jsonl").read_text() == "previous\n"
