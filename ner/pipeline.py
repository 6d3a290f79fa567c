"""Assemble the extraction pipeline from ``pipeline.cfg`` and run it on files.

    from ner.pipeline import Pipeline
    nlp = Pipeline.from_config()
    doc = nlp.read("data/gazettes/001_2b38dc8fde4d8a88.txt")
"""
from __future__ import annotations

import inspect
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from confection import Config

# Importing the component modules registers them.
from . import (citations, fields, layout, legal_basis, masthead, mentions, ocr,  # noqa: F401
               segment, signatures, toc, tocmatch)
from .doc import IssueDoc
from .ingest import InputError, discover, read_source
from .records import Problem, Source
from .region import Region
from .registry import components

DEFAULT_CONFIG = Path(__file__).with_name("pipeline.cfg")


class Pipeline:
    def __init__(self, config: Config, names: Optional[list[str]] = None):
        self.config = config
        self.region = Region.from_config(config["region"])
        self.names = list(names or config["pipeline"]["components"])
        self.steps: list[tuple[str, Callable[[IssueDoc], IssueDoc]]] = []
        for name in self.names:
            factory = components.get(name)
            settings = dict(config.get("components", {}).get(name, {}))
            if "region" in inspect.signature(factory).parameters:
                settings["region"] = self.region
            self.steps.append((name, factory(**settings)))

    @classmethod
    def from_config(cls, path: Union[str, Path, None] = None,
                    names: Optional[list[str]] = None) -> "Pipeline":
        return cls(Config().from_disk(path or DEFAULT_CONFIG), names)

    def __call__(self, source: Source) -> IssueDoc:
        doc = IssueDoc(source)
        doc.problems += [Problem(source.name, "warning", message) for message in source.warnings]
        for _, step in self.steps:
            doc = step(doc)
        return doc

    def read(self, path: Union[str, Path]) -> IssueDoc:
        return self(read_source(path))

    def pipe(self, paths: Iterable[Union[str, Path]]) -> Iterator[Union[IssueDoc, Problem]]:
        """Run over files and folders; a bad file yields a Problem and the rest go on."""
        for path in discover(paths):
            try:
                source = read_source(path)
            except InputError as exc:
                yield Problem(Path(path).name, "error", str(exc))
                continue
            yield self(source)
