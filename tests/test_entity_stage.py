"""The entity stage as a spaCy pipeline: registered factories, the trained model
chosen by config, one span-resolution step."""
import pytest

from conftest import REGION, ROOT
from ner.entities.language import RULE_PIPES, entity_language
from ner.entities.nlp import MODEL_DIR


def test_the_rule_readers_the_model_and_the_resolution_are_spacy_components():
    nlp = entity_language(str(MODEL_DIR))
    assert nlp.pipe_names == list(RULE_PIPES) + ["tok2vec", "ner", "munikg_resolve"]
    assert entity_language(None).pipe_names == list(RULE_PIPES) + ["munikg_resolve"]
    meta = nlp.get_pipe_meta("munikg_places")
    assert "doc.spans" in meta.assigns


def test_the_model_is_chosen_by_config(tmp_path):
    from confection import Config

    from ner.pipeline import DEFAULT_CONFIG, Pipeline

    cfg = Config().from_disk(DEFAULT_CONFIG)
    cfg["components"]["mentions"]["model"] = ""
    rules_only = Pipeline(cfg)
    with_model = Pipeline.from_config()
    path = ROOT / "tests" / "gold" / "excerpts" / "texts" / "07.txt"
    a, b = rules_only.read(path), with_model.read(path)
    assert [m.canonical for act in a.acts for m in act.mentions] \
        == [m.canonical for act in b.acts for m in act.mentions if m.canonical in
            {n.canonical for act2 in a.acts for n in act2.mentions}]


def test_spans_are_resolved_by_span_filtering(pipeline):
    """A person who names an institution is the institution's; bodies listed
    together keep one span each; a place inside a body's name stays a place."""
    from ner.core.records import Source

    text = ("Na podlagi 27. člena statuta je skupščina občine Koper na seji dne 2. marca 1989 sprejela ODLOK O "
            "DOMU 1. člen Obalna delavska univerza Ivan Regent Koper in skupščine občin Izola, Koper in Piran "
            "sodelujejo. Št.: 1/89 Koper, 2. marca 1989 Predsednik RAUL ŠIŠKOVIČ, l. r.")
    doc = pipeline(Source("x.txt", "x.txt", text, "utf-8", "0" * 64))
    mentions = [(m.label, m.canonical) for m in doc.acts[0].mentions]
    assert ("ORG", "Obalna delavska univerza Ivan Regent Koper") in mentions
    assert ("PER", "Ivan Regent") not in mentions
    assert {("ORG", f"Skupščina občine {m}") for m in ("Izola", "Koper", "Piran")} <= set(mentions)
    assert ("LOC", "Koper") in mentions


def test_a_files_entities_come_from_its_contents_and_acts(built):
    import json

    _, out = built
    issues = {r["doc"][:3]: r for r in map(json.loads, (out / "issues.jsonl").read_text().splitlines())}
    assert "Skupščina občine Koper" in issues["001"]["organizations"]  # an issuer
    assert "Samoupravna komunalna interesna skupnost občine Koper" in issues["001"]["organizations"]
    assert "Lucija" in issues["001"]["places"]
