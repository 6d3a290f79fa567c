"""The spaCy side of the NER stage: a Slovenian tokenizer with the genre's
abbreviations, and the statistical ``ner`` component the project trains
(``scripts/train_ner.py``) and ships in ``ner/entities/model``."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

import spacy
from spacy.symbols import ORTH

from ..core.lexicon import word_list

MODEL_DIR = Path(__file__).parent / "model"
# Abbreviations of the genre that must stay one token (with their full stop).
ABBREVIATIONS = word_list("abbreviations")


@spacy.registry.tokenizers("munikg.Tokenizer.v1")
def create_tokenizer():
    default = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def create(nlp):
        tokenizer = default(nlp)
        for abbr in ABBREVIATIONS:
            tokenizer.add_special_case(abbr, [{ORTH: abbr}])
            for punct in ":,":
                tokenizer.add_special_case(abbr + punct, [{ORTH: abbr}, {ORTH: punct}])
        return tokenizer

    return create


def blank():
    """spacy.blank("sl") with the tokenizer exceptions of the genre."""
    return spacy.blank("sl", config={"nlp": {"tokenizer": {"@tokenizers": "munikg.Tokenizer.v1"}}})


@lru_cache(maxsize=1)
def trained() -> Optional[spacy.language.Language]:
    """The shipped statistical model, or None if it has not been trained."""
    if not (MODEL_DIR / "meta.json").exists():
        return None
    return spacy.load(MODEL_DIR)


CHUNK = 2000


def chunks(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Pieces of text[start:end] of about CHUNK characters, cut at whitespace."""
    pos = start
    while pos < end:
        stop = min(end, pos + CHUNK)
        if stop < end:
            cut = text.rfind(" ", pos + CHUNK // 2, stop)
            stop = cut if cut > pos else stop
        yield pos, text[pos:stop]
        pos = stop


def entities(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of the statistical model's entities in text[start:end]."""
    nlp = trained()
    if nlp is None:
        return
    pieces = list(chunks(text, start, end))
    for (offset, _), doc in zip(pieces, nlp.pipe(piece for _, piece in pieces)):
        for ent in doc.ents:
            yield ent.label_, offset + ent.start_char, offset + ent.end_char
