"""Run SPARQL queries against the store: saved queries by name, files, or strings;
results as a readable table or CSV / TSV / JSON."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

QUERIES = Path(__file__).resolve().parents[1] / "queries"


@dataclass
class SavedQuery:
    name: str
    path: Path

    @property
    def description(self) -> str:
        """The comment the query opens with, its lines joined."""
        lines = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            lines.append(line.lstrip("# ").strip())
        return " ".join(lines)


def saved() -> list[SavedQuery]:
    return [SavedQuery(p.stem, p) for p in sorted(QUERIES.glob("*.rq"))]


# A SPARQL update opens, after its prologue, with one of these words.
UPDATE_RE = re.compile(r"(?is)^\s*(?:(?:#[^\n]*(?:\n|$)|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                       r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b")


def load_query(spec: str) -> str:
    """A saved query's name, a file, or the text of a query; never an update."""
    text = spec if UPDATE_RE.match(spec) else _query_text(spec)
    if UPDATE_RE.match(text):
        raise ValueError("updates are refused: the store is read-only; change the input and run "
                         "`python -m kg build` to make a new one")
    return text


def _query_text(spec: str) -> str:
    by_name = {q.name: q for q in saved()}
    if spec in by_name:
        return by_name[spec].path.read_text(encoding="utf-8")
    path = Path(spec)
    if spec.endswith(".rq") or (len(spec) < 300 and "\n" not in spec and path.exists()):
        if not path.exists():
            raise FileNotFoundError(f"{spec}: no such query file; `python -m kg query --list` shows the saved ones")
        return path.read_text(encoding="utf-8")
    if not any(word in spec.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise ValueError(f"{spec!r} is neither a saved query, a file nor a SPARQL query; "
                         "`python -m kg query --list` shows the saved ones")
    return spec


def _text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def run(store: ox.Store, query: str, timeout: float | None = None):
    """Variables and rows (as strings) of a SELECT, or the boolean of an ASK."""
    result = store.query(query, use_default_graph_as_union=False)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[_text(sol[name]) for name in names] for sol in result]
        return names, rows
    if isinstance(result, ox.QueryBoolean):
        return ["result"], [[str(bool(result)).lower()]]
    rows = [[_text(t.subject), _text(t.predicate), _text(t.object)] for t in result]
    return ["subject", "predicate", "object"], rows


def render(names: list[str], rows: list[list[str]], fmt: str = "table", width: int = 60) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buf.getvalue()
    cut = [[c if len(c) <= width else c[:width - 1] + "…" for c in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cut]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cut]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
