"""The pipeline: its order checked against the components' contracts, the contracts
themselves honest, and the one loop over files."""
import dataclasses

import pytest

from conftest import CORPUS
from ner.core.doc import IssueDoc
from ner.core.ingest import read_source
from ner.core.records import Problem, Span
from ner.pipeline import Pipeline
from ner.registry import PipelineConfigError, check_order, contracts

DEFAULT = ["ocr_repair", "layout", "profile", "masthead", "toc", "segment", "act_fields", "signatures", "toc_match",
           "citations", "legal_basis", "in_force", "mentions"]


def moved(name, before):
    """The default order with ``name`` moved just before ``before``."""
    order = [n for n in DEFAULT if n != name]
    order.insert(order.index(before), name)
    return order


@pytest.mark.parametrize("names, component, attribute", [
    (moved("citations", "toc_match"), "citations", "doc.acts"),
    (moved("mentions", "citations"), "mentions", "layout.citations"),
    (moved("legal_basis", "citations"), "legal_basis", "act.citations"),
    (moved("segment", "layout"), "segment", "doc.work"),
    (moved("masthead", "profile"), "masthead", "doc.profile"),
    (moved("toc_match", "act_fields"), "toc_match", "act.municipality"),
    (["segment"], "segment", "doc.work"),
    (DEFAULT[1:], "layout", "doc.repaired"),
])
def test_an_order_that_breaks_a_contract_is_refused_by_name(names, component, attribute):
    with pytest.raises(PipelineConfigError) as err:
        Pipeline.from_config(names=names)
    message = str(err.value)
    assert f"component {component!r} requires {attribute}" in message
    assert "pipeline.cfg" in message or "[pipeline]" in message


def test_the_error_says_which_component_to_move():
    with pytest.raises(PipelineConfigError, match="'toc_match' assigns it: put 'toc_match' before 'citations'"):
        check_order(moved("citations", "toc_match"))


def test_an_unknown_component_is_refused():
    with pytest.raises(PipelineConfigError, match="unknown component.*'ner_magic'"):
        check_order(DEFAULT + ["ner_magic"])


def test_the_shipped_config_keeps_every_contract():
    assert Pipeline.from_config().names == DEFAULT
    check_order(DEFAULT)


def _state(doc: IssueDoc) -> dict:
    """Every attribute the contracts name, as comparable values."""
    out = {f"doc.{f.name}": repr(getattr(doc, f.name)) for f in dataclasses.fields(doc)
           if f.name not in ("segments", "problems", "toc")}
    out["doc.segments"] = repr([id(s) for s in doc.segments])
    for k, seg in enumerate(doc.segments):
        for f in dataclasses.fields(seg.act):
            out[f"act.{f.name}#{id(seg.act)}"] = repr(getattr(seg.act, f.name))
        if seg.layout is not None:
            for f in dataclasses.fields(seg.layout):
                out[f"layout.{f.name}#{id(seg.layout)}"] = repr(getattr(seg.layout, f.name))
    for k, entry in enumerate(doc.toc):
        for f in dataclasses.fields(entry):
            out[f"toc.{f.name}#{k}"] = repr(getattr(entry, f.name))
    out["doc.toc"] = repr(len(doc.toc))
    return out


def _changed(before: dict, after: dict, created: bool = False) -> set[str]:
    """The attributes whose value changed; with ``created``, also those of the
    objects made meanwhile (acts of new segments) that hold a value."""
    return {k.split("#")[0] for k, v in after.items()
            if (k in before and before[k] != v) or (created and k not in before and v not in EMPTY)}


EMPTY = {"None", "[]", "''", "False", "0"}


@pytest.mark.parametrize("stem", ["002", "004"])
def test_each_component_writes_only_what_it_assigns(pipeline, stem):
    """Run the components one by one; what changes on the issue, its acts, their
    layouts and the contents is declared in the component's ``assigns``."""
    doc = IssueDoc(read_source(next(CORPUS.glob(f"{stem}_*.txt"))))
    for name, step in pipeline.steps:
        before = _state(doc)
        doc = step(doc)
        declared = set(contracts[name].assigns)
        if "doc.acts" in declared:
            declared.add("doc.segments")  # the final list of acts is the segments' list
        undeclared = _changed(before, _state(doc)) - declared
        assert not undeclared, f"{name} writes {sorted(undeclared)} without declaring it"


# An act whose second closing, far past its first, has no heading before it and no
# entry of the contents to claim it: the text between is the act's own (toc_match joins it).
TAIL = ("URADNE OBJAVE OBČIN IZOLA, KOPER IN PIRAN KOPER, 12. maja 1989 Št. 13 Na podlagi 27. člena statuta je "
        "Skupščina občine Koper na seji dne 25. aprila 1989 sprejela ODLOK O KOMUNALNIH TAKSAH 1. člen Takse se "
        "plačujejo. Št.: 352-3/83 Koper, 25. aprila 1989 Predsednik RAUL ŠIŠKOVIČ, l. r. "
        + "Priloga k odloku o taksah določa tarife za posamezne vrste storitev. " * 30
        + "Št.: 352-4/83 Koper, 25. aprila 1989 Predsednik RAUL ŠIŠKOVIČ, l. r.")


def test_what_each_component_assigns_it_does_write(pipeline, tmp_path):
    """Across the corpus (and an act a second closing ends, and an issue of Uradni
    list RS, whose contents name no municipality), every attribute a component
    assigns is written by it."""
    (tmp_path / "tail.txt").write_text(TAIL, encoding="utf-8")
    written: dict[str, set[str]] = {name: set() for name in DEFAULT}
    other = CORPUS.parent.parent / "tests" / "gold" / "other-gazettes" / "texts" / "12.txt"
    for path in [next(CORPUS.glob(f"{stem}_*.txt")) for stem in ("000", "001", "002", "004")] + [
            tmp_path / "tail.txt", other]:
        doc = IssueDoc(read_source(path))
        for name, step in pipeline.steps:
            before = _state(doc)
            doc = step(doc)
            written[name] |= _changed(before, _state(doc), created=True)
    for name in DEFAULT:
        declared = set(contracts[name].assigns) - {"doc.acts"}
        assert declared <= written[name], f"{name} never writes {sorted(declared - written[name])}"


def test_pipe_reads_every_file_in_order_and_reports_bad_ones(pipeline, tmp_path):
    (tmp_path / "a.txt").write_text(next(CORPUS.glob("002_*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    seen = []
    results = list(pipeline.pipe([tmp_path, tmp_path / "gone.txt"],
                                 progress=lambda path, size: seen.append((path.name, size))))
    assert [r.source.name if isinstance(r, IssueDoc) else r.source for r in results] == \
        ["a.txt", "b.txt", "c.txt", "gone.txt"]
    assert isinstance(results[0], IssueDoc) and len(results[0].acts) == 9
    problems = [r for r in results if isinstance(r, Problem)]
    assert [p.level for p in problems] == ["error"] * 3
    assert "empty file" in problems[0].message and "binary" in problems[1].message
    assert "no such file" in problems[2].message
    assert [name for name, _ in seen] == ["a.txt", "b.txt", "c.txt", "gone.txt"]
    assert seen[0][1] == (tmp_path / "a.txt").stat().st_size


def test_pipe_reports_a_component_that_breaks_and_goes_on(pipeline, tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(next(CORPUS.glob("002_*.txt")).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    calls = []

    def breaks_once(doc):
        calls.append(doc.source.name)
        if doc.source.name == "a.txt":
            raise RuntimeError("boom")
        return doc

    monkeypatch.setattr(pipeline, "steps", [("broken", breaks_once)] + pipeline.steps)
    first, second = pipeline.pipe([tmp_path])
    assert isinstance(first, Problem) and "a.txt: extraction failed (RuntimeError: boom)" in first.message
    assert isinstance(second, IssueDoc) and calls == ["a.txt", "b.txt"]


@pytest.mark.parametrize("a, b, overlaps, covers", [
    ((0, 5), (5, 9), False, False),   # touching ends share no character
    ((0, 5), (4, 9), True, False),
    ((0, 9), (2, 4), True, True),
    ((2, 4), (0, 9), True, False),
    ((0, 9), (3, 3), True, True),     # an empty span strictly inside intersects
    ((0, 9), (0, 0), False, True),
])
def test_spans(a, b, overlaps, covers):
    x, y = Span(*a), Span(*b)
    assert x.overlaps(y) == overlaps == y.overlaps(x)
    assert x.covers(y) == covers
    assert Span(0, 5).holds(0) and not Span(0, 5).holds(5)
