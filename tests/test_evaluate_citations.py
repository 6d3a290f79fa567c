"""The citation reader scored on annotated passages (kg evaluate on citations.jsonl)."""
import json

from kg.cli import main
from kg.evaluate_citations import evaluate_citations


def _gold(tmp_path, passages, held_out=()):
    (tmp_path / "citations.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in passages), encoding="utf-8")
    (tmp_path / "split.json").write_text(json.dumps({"held_out": list(held_out)}))
    return tmp_path


PASSAGE = {"id": "p1", "text": "zakon (Uradni list SRS, št. 15/76, 1/89 in Uradni list RS, št. 19/94 – ZN, 45/95)",
           "gold": [["Uradni list SRS", 15, 1976], ["Uradni list SRS", 1, 1989], ["Uradni list RS", 19, 1994],
                    ["Uradni list RS", 45, 1995]]}


def test_a_passage_read_right_scores_one(tmp_path):
    ev = evaluate_citations(_gold(tmp_path, [PASSAGE]))
    assert (ev.parts["all"].tp, ev.parts["all"].fp, ev.parts["all"].fn) == (4, 0, 0)
    assert not ev.errors


def test_misses_and_false_citations_are_counted_and_held_out_apart(tmp_path):
    wrong = dict(PASSAGE, id="p2", gold=PASSAGE["gold"][:3] + [["Uradni list RS", 7, 1990]])
    ev = evaluate_citations(_gold(tmp_path, [PASSAGE, wrong], held_out=["p2"]))
    assert (ev.parts["dev"].tp, ev.parts["dev"].fp, ev.parts["dev"].fn) == (4, 0, 0)
    assert (ev.parts["held-out"].tp, ev.parts["held-out"].fp, ev.parts["held-out"].fn) == (3, 1, 1)
    assert ev.errors == [{"passage": "p2", "field": "citations", "part": "held-out",
                          "missed": [("Uradni list RS", 7, 1990)], "spurious": [("Uradni list RS", 45, 1995)]}]


def test_the_cli_scores_a_folder_of_passages_without_a_build(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    gold = _gold(tmp_path / "gold", [PASSAGE])
    assert main(["evaluate", "--gold", str(gold), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "citations in passages" in out and "1.00/1.00/1.00" in out
    assert json.loads((tmp_path / "out" / "evaluation.json").read_text())["citations"]["parts"]["all"]["tp"] == 4
