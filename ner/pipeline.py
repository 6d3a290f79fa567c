"""Assemble the extraction pipeline from ``pipeline.cfg`` and run it on files.

    from ner.pipeline import Pipeline
    nlp = Pipeline.from_config()
    doc = nlp.read("data/gazettes/001_2b38dc8fde4d8a88.txt")
    for result in nlp.pipe(["data/gazettes"]):   # IssueDoc, or Problem for a bad file
        ...

The order of ``[pipeline] components`` is checked against what each component
requires and assigns (``ner.registry``) before anything runs.
"""
from __future__ import annotations

import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from confection import Config

# Importing the stage packages registers their components.
from . import acts, entities, ocr, structure  # noqa: F401
from .core.doc import IssueDoc
from .core.ingest import InputError, discover, read_source
from .core.records import Problem, Source
from .registry import check_order, components

DEFAULT_CONFIG = Path(__file__).with_name("pipeline.cfg")
# Called after each file with the file and its size in bytes.
Progress = Callable[[Path, int], None]


class ClusterError(RuntimeError):
    """The Dask scheduler asked for cannot be reached."""


class Pipeline:
    def __init__(self, config: Config, names: Optional[list[str]] = None):
        self.config = config
        self.names = list(names or config["pipeline"]["components"])
        check_order(self.names)
        self.steps: list[tuple[str, Callable[[IssueDoc], IssueDoc]]] = []
        for name in self.names:
            factory = components.get(name)
            settings = dict(config.get("components", {}).get(name, {}))
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

    def pipe(self, paths: Iterable[Union[str, Path]], progress: Optional[Progress] = None, jobs: int = 1,
             scheduler: Optional[str] = None) -> Iterator[Union[IssueDoc, Problem]]:
        """Run over files and folders, in a stable order; a file that cannot be read
        or that breaks a component yields a Problem naming it, and the rest go on.
        With ``jobs`` above 1 the files are read by that many processes, each with
        this pipeline's config; with a Dask ``scheduler`` address, by the workers of
        that cluster, one task per file. The results come in the same order."""
        files = list(discover(paths))
        if scheduler is not None:
            from .cluster import pipe_on_cluster  # dask only when a cluster is asked for
            results, close = pipe_on_cluster(self, files, scheduler)
        elif jobs > 1 and len(files) > 1:
            pool = ProcessPoolExecutor(min(jobs, len(files)), initializer=_start_worker,
                                       initargs=(self.config, self.names))
            results, close = pool.map(_worker_one, files), lambda: pool.shutdown(cancel_futures=True)
        else:
            results, close = map(self._one, files), lambda: None
        try:
            for path, result in zip(files, results):
                yield result
                if progress is not None:
                    progress(path, path.stat().st_size if path.exists() else 0)
        finally:
            close()

    def _one(self, path: Path) -> Union[IssueDoc, Problem]:
        source = read_file(path)
        return source if isinstance(source, Problem) else self.run(source)

    def run(self, source: Source) -> Union[IssueDoc, Problem]:
        """The issue read from ``source``, or a Problem when a component breaks on it."""
        try:
            doc = self(source)
        except Exception as exc:  # one broken file must not stop the others
            return Problem(source.name, "error", (
                f"{source.name}: extraction failed ({type(exc).__name__}: {exc}); the file was "
                f"skipped. Please report this with the file. "
                f"{traceback.format_exc(limit=1).strip().splitlines()[-1]}"))
        if not doc.acts:
            doc.warn("no acts found (is this a gazette issue?)")
        return doc


def read_file(path: Path) -> Union[Source, Problem]:
    if not path.exists():
        return Problem(path.name, "error", f"{path}: no such file; check the path")
    try:
        return read_source(path)
    except InputError as exc:
        return Problem(path.name, "error", str(exc))


_worker: Optional[Pipeline] = None  # the pipeline of a worker process


def _start_worker(config: Config, names: list[str]) -> None:
    global _worker
    _worker = Pipeline(config, names)


def _worker_one(path: Path) -> Union[IssueDoc, Problem]:
    return _worker._one(path)
