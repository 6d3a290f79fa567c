"""The main job: gazette texts -> acts -> graph and report in an output folder."""
from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from tqdm import tqdm

from ner.core.doc import IssueDoc
from ner.core.ingest import discover
from ner.pipeline import ClusterError, Pipeline
from ner.core.records import Problem

from .atomic import atomic_open, write_text
from .cache import ExtractionCache
from .jsonl import act_records, issue_record
from .exports import ntriples, turtle, write_exports
from .iris import DEFAULT_BASE, Minter
from .rdf import build_graph
from .sources import write_sources
from .resolve import (Resolution, resolve_bare_gazettes, resolve_firm_names, resolve_misreadings, resolve_people,
                      resolve_seat_forms)
from .report import report_data, report_markdown
from .store import load as load_store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "data" / "gazettes"
DEFAULT_OUT = ROOT / "output"


class BuildError(Exception):
    """The build cannot run at all (as opposed to one bad input file)."""


@dataclass
class BuildResult:
    docs: list[IssueDoc]
    problems: list[Problem]
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    characters: int = 0
    triples: int = 0
    violations: Optional[dict] = None  # act (or node) -> SHACL violations; None if not validated
    from_cache: int = 0  # files whose extraction was taken from the cache
    stage_seconds: dict[str, float] = field(default_factory=dict)  # the build, stage by stage
    stage_peak_mb: dict[str, int] = field(default_factory=dict)  # its peak memory so far, after each stage

    @property
    def acts(self) -> int:
        return sum(1 for d in self.docs for a in d.acts)

    @property
    def acts_with_text(self) -> int:
        return sum(1 for d in self.docs for a in d.acts if a.span is not None)

    @property
    def signatures(self) -> int:
        return sum(len(a.signatures) for d in self.docs for a in d.acts)


def extract(paths: Iterable, pipeline: Optional[Pipeline] = None, progress: bool = False, jobs: int = 1,
            cache: Optional[ExtractionCache] = None, refresh: bool = False, scheduler: Optional[str] = None
            ) -> tuple[list[IssueDoc], list[Problem]]:
    """Run the extraction pipeline over files and folders (in ``jobs`` processes, or
    on the Dask cluster whose ``scheduler`` address is given);
    bad files become problems. With a cache, a file extracted before by the same
    pipeline is taken from it (unless ``refresh``), and what is extracted is kept."""
    pipeline = pipeline or Pipeline.from_config()
    files = list(discover(paths))
    total = sum(f.stat().st_size for f in files if f.exists())
    kept = {} if cache is None or refresh else {f: cache.get(f) for f in files if f.is_file()}
    todo = [f for f in files if kept.get(f) is None]
    docs: list[IssueDoc] = [d for d in kept.values() if d is not None]
    problems: list[Problem] = [p for d in docs for p in d.problems]
    with tqdm(total=total, unit="B", unit_scale=True, desc="extracting", disable=not progress,
              leave=False) as bar:
        pending = set(todo)
        bar.update(sum(f.stat().st_size for f in files if f not in pending))

        def advance(path: Path, size: int) -> None:
            bar.set_postfix_str(path.name, refresh=False)
            bar.update(size)

        for path, result in zip(todo, pipeline.pipe(todo, progress=advance, jobs=jobs, scheduler=scheduler)):
            if isinstance(result, Problem):
                problems.append(result)
                continue
            docs.append(result)
            problems.extend(result.problems)
            if cache is not None:
                cache.put(path, result)
    docs.sort(key=lambda d: d.source.name)
    return docs, problems


def resolution(docs: list[IssueDoc]) -> Resolution:
    """Signers and people named in acts, resolved together; organisations (issuers
    among them) and places, each resolved across the issues."""
    occurrences = []
    names: dict[str, list[str]] = {"ORG": [], "LOC": []}
    for d in docs:
        for a in d.acts:
            for s in a.signatures:
                occurrences.append((s.name, (a.issuer, a.municipality)))
            for m in a.mentions:
                if m.label == "PER":
                    occurrences.append((m.canonical, (a.issuer, a.municipality)))
                else:
                    names[m.label].append(m.canonical)
            if a.issuer:
                names["ORG"].append(a.issuer)
    firms = resolve_firm_names(names["ORG"])
    seats = resolve_seat_forms([firms.get(n, n) for n in names["ORG"]])
    firms = {**seats, **{n: seats.get(f, f) for n, f in firms.items()}}
    names["ORG"] = [firms.get(n, n) for n in names["ORG"]]
    misread = {(label, n): best for label, found in names.items() for n, best in resolve_misreadings(found).items()}
    cited = [(c.gazette, c.number, c.year) for d in docs for a in d.acts for c in a.citations]
    return Resolution(resolve_people(occurrences),
                      {**{("ORG", n): misread.get(("ORG", f), f) for n, f in firms.items()}, **misread},
                      resolve_bare_gazettes(cited))


def build(paths: Iterable = (DEFAULT_CORPUS,), out: Path = DEFAULT_OUT, base: str = DEFAULT_BASE,
          progress: bool = False, validate: bool = True, views: bool = True, jobs: int = 1,
          cache: str = "use", scheduler: Optional[str] = None) -> BuildResult:
    """Extract the issues and write the graph and its outputs to ``out``. The outputs
    are written to a staging folder beside it, which replaces ``out`` only when the
    build succeeds: a failed or mistaken run leaves the previous build as it was.
    ``jobs`` processes extract the issues, or the workers of a Dask cluster at the
    ``scheduler`` address; the outputs are the same whatever does it.
    ``cache``: "use" the extraction results kept in ``out`` for files that did not
    change, "refresh" them all, or "off"."""
    started = time.perf_counter()
    paths = list(paths)
    if not any(True for _ in discover(paths)):
        raise BuildError(f"no .txt files in {', '.join(map(str, paths))}; "
                         "pass gazette text files or folders that hold them")
    out = Path(out)
    with build_lock(out):
        pipeline = Pipeline.from_config()
        kept = None if cache == "off" else ExtractionCache(out, pipeline)
        stages = Stages(progress)
        try:
            with stages.stage("extracting the issues"):
                docs, problems = extract(paths, pipeline, progress=progress, jobs=jobs, cache=kept,
                                         refresh=cache == "refresh", scheduler=scheduler)
        except ClusterError as exc:
            raise BuildError(f"{exc}; the previous build in {out} is left as it was") from exc
        if not docs:
            raise BuildError(f"no issue could be read ({'; '.join(p.message for p in problems) or 'no text'}); "
                             f"the previous build in {out} is left as it was")
        problems += duplicate_issues(docs)
        staging = out.parent / f".{out.name}.staging"
        shutil.rmtree(staging, ignore_errors=True)  # a crashed build's leftovers
        try:
            result = write_build(docs, problems, pipeline, staging, base, validate, views, stages, jobs)
            replace_folder(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        result.outputs = {k: out / Path(v).relative_to(staging) for k, v in result.outputs.items()}
        result.from_cache = kept.hits if kept is not None else 0
        result.seconds = time.perf_counter() - started
        summary = report_data(result)
        write_text(result.outputs["report_json"], json.dumps(summary, ensure_ascii=False, indent=1) + "\n")
        write_text(result.outputs["report"], report_markdown(summary))
    return result


def duplicate_issues(docs: list[IssueDoc]) -> list[Problem]:
    """A warning for each file that holds an issue an earlier file holds."""
    seen: dict[tuple, str] = {}
    problems = []
    for d in docs:
        key = (d.issue.gazette, d.issue.number, (d.issue.date or "")[:4])
        if d.issue.gazette and key in seen:
            problems.append(Problem(d.source.name, "warning", (
                f"{d.source.name} holds the same issue as {seen[key]} "
                f"({key[0]} {key[1]}/{key[2]}); their acts share IRIs")))
        seen.setdefault(key, d.source.name)
    return problems


class Stages:
    """Times each stage of a build, keeps its peak memory and, on a long run, says
    which stage runs."""

    def __init__(self, progress: bool):
        self.progress = progress
        self.seconds: dict[str, float] = {}
        self.peak_mb: dict[str, int] = {}  # the build's peak so far, worker processes included

    @contextmanager
    def stage(self, name: str):
        if self.progress:
            print(f"{name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        yield
        self.seconds[name] = round(time.perf_counter() - started, 2)
        self.peak_mb[name] = peak_memory_mb()


def peak_memory_mb() -> int:
    """Peak resident memory of this process plus that of its largest finished child
    (a worker of --jobs): an upper bound of the build's own peak."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round((own + children) / 1024)


def write_build(docs: list[IssueDoc], problems: list[Problem], pipeline: Pipeline, out: Path, base: str,
                validate: bool, views: bool, stages: Stages, jobs: int = 1) -> BuildResult:
    """The graph and every output of a build, written to ``out``. With more than one
    job, SHACL checks the graph in a process of its own while the outputs are written."""
    progress = stages.progress
    with stages.stage("resolving people, bodies and places"):
        resolved = resolution(docs)
    with stages.stage("building the graph"):
        graph, mention_spans = build_graph(tqdm(docs, desc="graph", unit="issue", disable=not progress, leave=False),
                            Minter(base), resolved, frozenset(m for d in docs if d.region for m in d.region.municipalities))
    if validate:
        from .validate import validate_beside

        shacl_report = validate_beside(graph, background=jobs > 1)
    out.mkdir(parents=True, exist_ok=True)
    result = BuildResult(docs, problems, characters=sum(len(d.source.text) for d in docs),
                         triples=len(graph))
    paths_out = {
        "graph": out / "munikg.ttl",
        "acts": out / "acts.jsonl",
        "issues": out / "issues.jsonl",
        "report": out / "report.md",
        "report_json": out / "report.json",
    }
    with stages.stage("writing the graph and the records"):
        nt = ntriples(graph)
        with atomic_open(paths_out["graph"]) as fh:
            fh.write(turtle(nt, graph))
        with atomic_open(paths_out["acts"]) as fh:
            for d in docs:
                for rec in act_records(d, resolved):
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with atomic_open(paths_out["issues"]) as fh:
            for d in docs:
                fh.write(json.dumps(issue_record(d, resolved), ensure_ascii=False) + "\n")
        paths_out["sources"] = write_sources(docs, out, mention_spans)
    with stages.stage("writing the exports"):
        paths_out.update(write_exports(graph, out, nt))
    with stages.stage("loading the store"):
        paths_out["store"] = load_store(paths_out["ntriples"], out)
    if views:
        from .views import write_views

        with stages.stage("writing the views"):
            paths_out["views"] = write_views(graph, out)["index.html"]
    if validate:
        # beside the other stages, this is the wait for what is left of the check
        with stages.stage("validating the graph (SHACL)" + (", the rest" if jobs > 1 else "")):
            report = shacl_report()
            result.violations = {node: [vars(v) for v in vs] for node, vs in report.by_act(graph).items()}
        paths_out["validation"] = out / "validation.json"
        write_text(paths_out["validation"],
                   json.dumps({"conforms": report.conforms, "by_act": result.violations},
                              ensure_ascii=False, indent=1) + "\n")
    result.outputs = paths_out
    result.stage_seconds = stages.seconds
    result.stage_peak_mb = stages.peak_mb
    return result


def replace_folder(new: Path, old: Path) -> None:
    """Put ``new`` where ``old`` is, keeping what ``old`` holds beside the build's
    outputs (a user's own files) in the new folder."""
    if old.exists():
        for item in old.iterdir():
            if not (new / item.name).exists():
                os.replace(item, new / item.name)
        previous = old.parent / f".{old.name}.previous"
        shutil.rmtree(previous, ignore_errors=True)
        os.replace(old, previous)
        os.replace(new, old)
        shutil.rmtree(previous, ignore_errors=True)
    else:
        old.parent.mkdir(parents=True, exist_ok=True)
        os.replace(new, old)


@contextmanager
def build_lock(out: Path):
    """One build at a time into a folder: a second one stops with a clear error."""
    lock = out.parent / f".{out.name}.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            break
        except FileExistsError:
            pid = lock.read_text().strip()
            if not pid.isdigit() or _running(int(pid)):
                raise BuildError(f"another build is writing {out} (process {pid or '?'}); wait for it to end, "
                                 f"or delete {lock} if no build is running") from None
            lock.unlink(missing_ok=True)  # left by a build that was killed
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        yield
    finally:
        lock.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
