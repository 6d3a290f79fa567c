"""The component registry, in the manner of spaCy's ``Language.factory``: a
component is registered by name with what it reads (``requires``) and what it
writes (``assigns``), and the pipeline is assembled from one config file
(``ner/pipeline.cfg``) whose order is checked against those contracts.

Attributes are named by the object they live on: ``doc.work`` (the issue),
``act.date`` (every act record), ``layout.citations`` (where an act's parts lie
in the text), ``toc.act_index`` (every contents entry).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

import catalogue

components = catalogue.create("munikg", "components", entry_points=False)

# What an IssueDoc holds before any component has run.
INITIAL = frozenset({"doc.source"})


@dataclass(frozen=True)
class Contract:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


contracts: dict[str, Contract] = {}


def component(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()):
    """Register a component factory under ``name`` with its contract."""
    def register(factory: Callable) -> Callable:
        components.register(name, func=factory)
        contracts[name] = Contract(name, tuple(requires), tuple(assigns))
        return factory

    return register


class PipelineConfigError(ValueError):
    """A pipeline whose components are unknown or in an order that breaks a contract."""


def check_order(names: list[str]) -> None:
    """Refuse an order in which a component reads what no component before it writes."""
    unknown = [n for n in names if n not in contracts]
    if unknown:
        raise PipelineConfigError(f"unknown component(s) {', '.join(map(repr, unknown))} in the "
                                  f"pipeline; known: {', '.join(sorted(contracts))}")
    available = set(INITIAL)
    for k, name in enumerate(names):
        for attr in contracts[name].requires:
            if attr in available:
                continue
            later = [n for n in names[k + 1:] if attr in contracts[n].assigns]
            hint = (f"{later[0]!r} assigns it: put {later[0]!r} before {name!r}" if later else
                    f"add a component that assigns it ({', '.join(_assigners(attr)) or 'none is registered'})")
            raise PipelineConfigError(f"component {name!r} requires {attr}, which no component "
                                      f"before it assigns; {hint} in [pipeline] components")
        available.update(contracts[name].assigns)


def _assigners(attr: str) -> list[str]:
    return sorted(n for n, c in contracts.items() if attr in c.assigns)
