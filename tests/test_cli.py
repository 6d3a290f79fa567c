import subprocess
import sys

from conftest import CORPUS, GOLD, ROOT


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def test_build_prints_a_summary_and_where_the_outputs_are(tmp_path):
    p = run("build", str(next(CORPUS.glob("002_*.txt"))), "--out", str(tmp_path), "-q")
    assert p.returncode == 0, p.stderr
    assert "read 1 issue(s)" in p.stdout and "found 9 acts" in p.stdout
    assert str(tmp_path / "munikg.ttl") in p.stdout


def test_build_of_nothing_says_what_to_do(tmp_path):
    p = run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert p.returncode == 2 and "no .txt files" in p.stderr


def test_evaluate_without_a_build_says_what_to_do(tmp_path):
    p = run("evaluate", "--gold", str(GOLD), "--out", str(tmp_path))
    assert p.returncode == 2 and "python -m kg build" in p.stderr


def test_evaluate_prints_the_table(built):
    _, out = built
    p = run("evaluate", "--gold", str(GOLD), "--out", str(out))
    assert p.returncode == 0, p.stderr
    lines = {line.split()[0]: line.split()[1:4] for line in p.stdout.splitlines()[1:] if line[:1].isalpha()}
    assert float(lines["acts"][2]) >= 0.95 and float(lines["signatories"][2]) >= 0.95
    assert (out / "evaluation.json").exists()


def test_strict_build_fails_on_shacl_violations(tmp_path, monkeypatch, capsys):
    from kg import cli, validate

    def fake(graph):
        act = next(iter(graph.subjects(predicate=None, object=None)))
        return validate.ValidationReport(False, [validate.Violation(str(act), "mk:charStart", "bad", "Violation")])

    monkeypatch.setattr(validate, "validate", fake)
    doc = str(next(CORPUS.glob("002_*.txt")))
    assert cli.main(["build", doc, "--out", str(tmp_path), "-q"]) == 0
    assert "1 violation(s)" in capsys.readouterr().err
    assert cli.main(["build", doc, "--out", str(tmp_path), "-q", "--strict"]) == 3
