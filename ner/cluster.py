"""Extraction on a Dask cluster (dask.distributed): one task per issue.

The client reads each file and sends its text, so the workers need the project
and its requirements installed but not the files; each worker builds the pipeline
once from the config it is sent. Only a few tasks per worker thread are in flight
at a time, so that an archive's text is not all held in the cluster's memory.
"""
from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable, Iterator, Union

from confection import Config
from distributed import Client, Future

from .core.doc import IssueDoc
from .core.records import Problem, Source
from .pipeline import ClusterError, Pipeline, read_file

IN_FLIGHT_PER_THREAD = 2
CONNECT_TIMEOUT = "20s"


def connect(address: str) -> Client:
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"could not reach the Dask scheduler at {address} ({exc}); start one with `dask scheduler` "
            f"and workers with `dask worker {address}`, or build without --scheduler") from exc


def pipe_on_cluster(pipeline: Pipeline, files: list[Path], address: str
                    ) -> tuple[Iterator[Union[IssueDoc, Problem]], Callable[[], None]]:
    """The results for ``files`` in their order, and a function that releases the cluster."""
    client = connect(address)
    spec = (pipeline.config.to_str(), tuple(pipeline.names))
    limit = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_THREAD
    pending: deque[tuple[Path, Union[Future, Problem]]] = deque()

    def results() -> Iterator[Union[IssueDoc, Problem]]:
        for path in files:
            source = read_file(path)
            task = source if isinstance(source, Problem) else client.submit(_run, spec, source, pure=False)
            pending.append((path, task))
            while len(pending) > limit:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())

    def close() -> None:
        client.cancel([task for _, task in pending if isinstance(task, Future)])
        client.close()

    return results(), close


def _collect(path: Path, task: Union[Future, Problem]) -> Union[IssueDoc, Problem]:
    if isinstance(task, Problem):
        return task
    try:
        return task.result()
    except Exception as exc:  # a worker lost or killed: the file is reported, the rest go on
        return Problem(path.name, "error", f"{path.name}: the cluster could not extract it "
                                           f"({type(exc).__name__}: {exc}); build it again or without --scheduler")


_pipelines: dict[tuple[str, tuple[str, ...]], Pipeline] = {}  # a worker's pipelines, by config


def _run(spec: tuple[str, tuple[str, ...]], source: Source) -> Union[IssueDoc, Problem]:
    if spec not in _pipelines:
        _pipelines[spec] = Pipeline(Config().from_str(spec[0]), list(spec[1]))
    return _pipelines[spec].run(source)
