"""Check the graph against ontology/shapes.ttl with pySHACL; report by act."""
from __future__ import annotations

import multiprocessing as mp
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Callable, Optional

from rdflib import Graph
from rdflib.namespace import RDF, SH

from .vocab import MK, ontology, shapes


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def by_act(self, graph: Graph) -> dict[str, list[Violation]]:
        """Violations grouped under the act they belong to (a signature or piece of
        evidence belongs to its act); other nodes stand for themselves."""
        acts = {str(a) for a in graph.subjects(RDF.type, MK.Act)}
        grouped: dict[str, list[Violation]] = defaultdict(list)
        for v in self.violations:
            # the act whose IRI the focus node's extends: .../act/x/3/signature/1 belongs to .../act/x/3
            parts = v.focus.split("/")
            owner = next(("/".join(parts[:k]) for k in range(len(parts), 0, -1) if "/".join(parts[:k]) in acts),
                         v.focus)
            grouped[owner].append(v)
        return dict(grouped)


_GRAPH: Optional[Graph] = None  # the graph a forked checker validates (inherited, never pickled)


def _validate_inherited() -> ValidationReport:
    return validate(_GRAPH)


def validate_beside(graph: Graph, background: bool) -> Callable[[], ValidationReport]:
    """Start checking the graph in a forked process, beside the stages that follow,
    and return the function that waits for its report. The child inherits the graph
    as it is in memory, so nothing is copied or parsed again. Without ``background``,
    or where processes cannot fork, the check runs when the report is asked for."""
    global _GRAPH
    if not background or "fork" not in mp.get_all_start_methods():
        return lambda: validate(graph)
    _GRAPH = graph
    pool = ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork"))
    future = pool.submit(_validate_inherited)

    def report() -> ValidationReport:
        try:
            return future.result()
        except BrokenProcessPool:  # the child died (out of memory, killed): check here instead
            return validate(graph)
        finally:
            pool.shutdown()
    return report


def validate(graph: Graph) -> ValidationReport:
    from pyshacl import validate as shacl_validate

    conforms, results, _ = shacl_validate(graph, shacl_graph=shapes(), ont_graph=ontology(),
                                          inference="none", allow_warnings=True)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        def get(p):
            value = results.value(result, p)
            return "" if value is None else str(value)
        violations.append(Violation(get(SH.focusNode), get(SH.resultPath), get(SH.resultMessage),
                                    get(SH.resultSeverity).rsplit("#", 1)[-1]))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), violations)


