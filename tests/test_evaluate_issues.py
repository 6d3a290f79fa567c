"""The issue-level scorer: masthead, contents, citations and entities per file,
with the held-out files apart."""
import json

from kg.evaluate_issues import Part, evaluate_issues, match_entries, score_file


def test_contents_entries_pair_by_type_and_a_close_title():
    pred = [{"type": "odlok", "title": "o davkih obcanov"}, {"type": "sklep", "title": "o razpisu volitev"},
            {"type": "odlok", "title": "o nečem drugem"}]
    gold = [{"type": "odlok", "title": "o davkih občanov"}, {"type": "odlok", "title": "o razpisu volitev"}]
    assert match_entries(pred, gold) == [(0, 0)]  # the same title under another type is another entry


def test_a_file_is_scored_on_every_field():
    part, errors = Part(), []
    pred = {"issue_number": 25, "issue_date": None, "toc": [{"type": "odlok", "title": "o sestavi komiteja",
                                                               "municipality": "Koper"}],
            "citations": {("uradne objave", 14, 1980)}, "persons": set(), "organizations": set(),
            "places": {"portorož"}}
    gold = {"file": "02.txt", "issue_number": 25, "issue_date": "1980-10-03",
            "toc": [{"type": "odlok", "title": "o sestavi komiteja", "municipality": "Obalna skupnost"},
                    {"type": "sklep", "title": "o soglasju"}],
            "citations": [{"gazette": "Uradne objave", "number": 14, "year": 1980},
                          {"gazette": "Uradne objave", "number": 13, "year": 1974}],
            "places": ["Portorož", "Dane"]}
    score_file(part, pred, gold, errors)
    assert (part.number_right, part.date_right, part.empty_contents) == (1, 0, 0)
    s = part.scores
    assert (s["toc"].tp, s["toc"].fp, s["toc"].fn) == (1, 0, 1)
    assert (s["toc_municipality"].tp, s["toc_municipality"].fn) == (0, 1)
    assert (s["citations"].tp, s["citations"].fn) == (1, 1) and (s["places"].tp, s["places"].fn) == (1, 1)
    assert {e["field"] for e in errors} == {"issue_date", "toc", "toc_municipality", "citations", "places"}


def test_the_held_out_files_are_scored_apart(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    rows = [{"file": f"{n}.txt", "issue_number": n, "issue_date": None, "toc": []} for n in (1, 2, 3)]
    (gold / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (gold / "split.json").write_text(json.dumps({"held_out": ["3.txt"]}))
    out = tmp_path / "out"
    out.mkdir()
    (out / "issues.jsonl").write_text("".join(json.dumps({"doc": f"{n}.txt", "number": n if n != 3 else 9,
                                                          "date": None, "toc": []}) + "\n" for n in (1, 2, 3)))
    ev = evaluate_issues(out, gold)
    assert (ev.parts["dev"].files, ev.parts["dev"].number_right) == (2, 2)
    assert (ev.parts["held-out"].files, ev.parts["held-out"].number_right) == (1, 0)
    assert ev.parts["all"].files == 3
    assert [e["part"] for e in ev.errors] == ["held-out"]


def test_evaluate_command_scores_the_excerpts_and_hides_held_out_errors(tmp_path, cli):
    from conftest import ROOT

    excerpts = ROOT / "tests" / "gold" / "excerpts"
    assert cli("build", excerpts / "texts", "--out", tmp_path, "-q", "--no-views", "--no-validate").returncode == 0
    p = cli("evaluate", "--gold", excerpts, "--out", tmp_path, "--errors")
    assert p.returncode == 0
    header = p.stdout.splitlines()[0].split()
    assert header == ["issues", "dev", "held-out", "all"]
    held = set(json.loads((excerpts / "split.json").read_text())["held_out"])
    shown = [json.loads(line) for line in p.stdout.splitlines() if line.startswith("{")]
    assert shown and not any(e["file"] in held for e in shown)
    assert "held-out files not shown" in p.stdout
    every = cli("evaluate", "--gold", excerpts, "--out", tmp_path, "--all-errors").stdout
    assert any(json.loads(line)["file"] in held for line in every.splitlines() if line.startswith("{"))


def test_acts_pair_by_title_and_are_scored_field_by_field():
    part, errors = Part(), []
    act = {"type": "odlok", "title": "o urejanju zelenih površin", "issuer": "Občinski svet Mestne občine Novo mesto",
           "date": "2002-09-12", "number": None, "signatories": []}
    untitled = {"type": "sklep", "title": "", "issuer": None, "date": "1999-10-07", "number": "013-15/97",
                "signatories": [{"name": "Slavko Dragovan", "role": "župan občine metlika"}]}
    pred = {"gazette": "Uradni list RS", "issue_number": None, "issue_date": None, "toc": [], "citations": set(),
            "persons": set(), "organizations": set(), "places": set(),
            "acts": [{**act, "number": "371-1/2002"}, {**untitled, "title": None, "signatories": []},
                     {"type": "other", "title": "za občine črnomelj, krško", "signatories": []}]}
    gold = {"file": "12.txt", "gazette": "Uradni list RS", "issue_number": None, "issue_date": None, "toc": [],
            "acts": [act, untitled, {"type": "odlok", "title": "o priznavalninah udeležencem nov",
                                     "signatories": []}]}
    score_file(part, pred, gold, errors)
    assert (part.gazettes, part.gazette_right) == (1, 1)
    assert (part.acts.tp, part.acts.fp, part.acts.fn) == (2, 1, 1)
    f = part.act_fields
    assert (f["number"].tp, f["number"].fp, f["number"].fn) == (1, 1, 0)  # a number the gold lacks is wrong
    assert (f["signatories"].tp, f["signatories"].fn) == (0, 1) and f["date"].tp == 2
    assert {e["field"] for e in errors} == {"act number", "act signatories", "act signatory_roles", "act"}
