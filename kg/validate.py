"""Check the graph against ontology/shapes.ttl with pySHACL; report by act."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

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
        acts = sorted((str(a) for a in graph.subjects(RDF.type, MK.Act)), key=len, reverse=True)
        grouped: dict[str, list[Violation]] = defaultdict(list)
        for v in self.violations:
            owner = next((a for a in acts if v.focus == a or v.focus.startswith(a + "/")), v.focus)
            grouped[owner].append(v)
        return dict(grouped)


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


