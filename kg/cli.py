"""Command line: python -m kg build | evaluate | query | views | serve."""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path

from . import __version__


def _cmd_build(args) -> int:
    from .build import DEFAULT_CORPUS, BuildError, build

    paths = args.paths or [DEFAULT_CORPUS]
    try:
        result = build(paths, Path(args.out), base=args.base, progress=not args.quiet,
                       validate=not args.no_validate, views=not args.no_views, jobs=args.jobs,
                       scheduler=args.scheduler, cache="off" if args.no_cache else "refresh" if args.rebuild else "use")
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    errors = [p for p in result.problems if p.level == "error"]
    warnings = [p for p in result.problems if p.level == "warning"]
    for p in result.problems:
        if p.level != "info" or args.verbose:
            print(f"{p.level}: {p.message}", file=sys.stderr)
    print(f"read {len(result.docs)} issue(s), {result.characters:,} characters, in {result.seconds:.1f} s"
          + (f" ({result.from_cache} unchanged, from the cache)" if result.from_cache else "")
          + (f"; {len(errors)} file(s) skipped" if errors else ""))
    print(f"found {result.acts} acts ({result.acts_with_text} with text, "
          f"{result.acts - result.acts_with_text} known from the contents only), "
          f"{result.signatures} signatures; {len(warnings)} warning(s)")
    print(f"wrote {result.triples:,} triples:")
    for name, path in result.outputs.items():
        print(f"  {name:15} {path}")
    if result.violations is not None:
        count = sum(len(v) for v in result.violations.values())
        if count:
            print(f"SHACL: {count} violation(s) on {len(result.violations)} act(s) or node(s); "
                  f"see {result.outputs['validation']}", file=sys.stderr)
            if args.strict:
                return 3
        else:
            print("SHACL: the graph conforms to ontology/shapes.ttl")
    return 1 if errors and not result.docs else 0


def _cmd_evaluate(args) -> int:
    from .atomic import write_text
    from .evaluate import evaluate_parts, format_parts, has_act_gold
    from .evaluate_citations import evaluate_citations, format_citation_table, has_citation_gold
    from .evaluate_issues import evaluate_issues, format_issue_table, has_issue_gold

    out, gold = Path(args.out), Path(args.gold)
    if not gold.is_dir() or not (has_act_gold(gold) or has_issue_gold(gold) or has_citation_gold(gold)):
        print(f"error: {gold} holds no gold (*.acts.jsonl, *.issue.json, gold.jsonl or citations.jsonl); "
              "see tests/gold/SCHEMA.md, tests/gold/excerpts/NOTES.md and tests/gold/citations-dev/README.md",
              file=sys.stderr)
        return 2
    tables, details, errors = [], {}, []
    try:
        if has_act_gold(gold):
            parts = evaluate_parts(out, gold)
            tables.append(format_parts(parts))
            details["acts"] = {name: ev.as_dict() for name, ev in parts.items()}
            errors += [e for ev in parts.values() for e in ev.errors]
        if has_issue_gold(gold):
            iv = evaluate_issues(out, gold)
            tables.append(format_issue_table(iv))
            details["issues"], errors = iv.as_dict(), errors + iv.errors
        if has_citation_gold(gold):
            cv = evaluate_citations(gold)
            tables.append(format_citation_table(cv))
            details["citations"], errors = cv.as_dict(), errors + cv.errors
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    table = "\n\n".join(tables)
    print(table)
    write_text(out / "evaluation.json", json.dumps(details, ensure_ascii=False, indent=1) + "\n")
    write_text(out / "evaluation.md", "# Evaluation against " + str(gold) + "\n\n```\n" + table + "\n```\n")
    if args.errors or args.all_errors:
        # the held-out files are scored, not read error by error, unless asked
        hidden = [e for e in errors if e.get("part") == "held-out" and not args.all_errors]
        for e in errors:
            if e not in hidden:
                print(json.dumps(e, ensure_ascii=False))
        if hidden:
            print(f"({len(hidden)} disagreements in held-out files not shown; --all-errors shows them)")
    print(f"details: {out / 'evaluation.json'}")
    return 0


def _cmd_query(args) -> int:
    from .query import load_query, render, run, saved
    from .store import StoreError, open_read_only

    if args.list:
        for q in saved():
            print(f"{q.name:32} {q.description}")
        return 0
    if not args.query:
        print("error: give a saved query's name, a .rq file or a query (see --list)", file=sys.stderr)
        return 2
    try:
        text = load_query(args.query)
        store = open_read_only(Path(args.out))
        names, rows = run(store, text)
    except (FileNotFoundError, ValueError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SyntaxError as exc:
        print(f"error: the query does not parse: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render(names, rows, args.format))
    return 0


def _cmd_serve(args) -> int:
    import subprocess

    from .query import saved
    from .serve import command
    from .store import StoreError

    if args.host not in ("127.0.0.1", "localhost", "::1") and not args.public:
        print(f"error: refusing to listen on {args.host}; add --public to serve beyond this machine",
              file=sys.stderr)
        return 2
    try:
        cmd = command(Path(args.out), args.host, args.port, args.timeout)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    url = f"http://{args.host}:{args.port}"
    print(f"serving {Path(args.out) / 'store'} read-only at {url}/ (SPARQL endpoint {url}/query; "
          f"updates are refused; queries time out after {args.timeout} s)")
    print("saved queries to try (python -m kg query NAME prints the text):")
    for q in saved()[:8]:
        print(f"  {q.name:32} {q.description[:70]}")
    print("press Ctrl-C to stop")
    proc = subprocess.Popen(cmd)
    previous = signal.signal(signal.SIGTERM, _interrupt)  # a `kill` stops the server as Ctrl-C does
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        print("stopped")
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give a number of processes, 1 or more")
    return int(value)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _cmd_views(args) -> int:
    from .store import StoreError, rdflib_graph
    from .views import write_views

    try:
        graph = rdflib_graph(Path(args.out))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    written = write_views(graph, Path(args.out))
    print(f"wrote {len(written)} pages; open {written['index.html']} in a browser")
    return 0


def parser() -> argparse.ArgumentParser:
    from .build import DEFAULT_OUT
    from .iris import DEFAULT_BASE

    # Options every command shares, declared once.
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("--out", default=str(DEFAULT_OUT),
                     help="the build's output folder (default: %(default)s)")
    chatter = argparse.ArgumentParser(add_help=False)
    chatter.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    chatter.add_argument("-v", "--verbose", action="store_true", help="also print informational notes")

    ap = argparse.ArgumentParser(prog="python -m kg", description=(
        "munikg: a knowledge graph of Slovenian municipal acts from OCR'd gazette issues."))
    ap.add_argument("--version", action="version", version=f"munikg {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", parents=[out, chatter],
                       help="extract acts from gazette texts and write the graph and a report",
                       description="Read gazette text files (or folders of them), extract acts, "
                                   "signatures and issue metadata, and write the graph, tables and a "
                                   "report to the output folder.")
    b.add_argument("paths", nargs="*", help="text files or folders (default: the bundled corpus)")
    b.add_argument("--base", default=DEFAULT_BASE, help="base IRI for minted resources (default: %(default)s)")
    b.add_argument("--strict", action="store_true",
                   help="exit with status 3 if the graph violates ontology/shapes.ttl")
    b.add_argument("--no-validate", action="store_true", help="skip SHACL validation (large builds)")
    b.add_argument("--no-views", action="store_true", help="do not write the HTML views")
    b.add_argument("--no-cache", action="store_true",
                   help="neither read nor keep the extraction results cached in the output folder")
    b.add_argument("--rebuild", action="store_true",
                   help="extract every file again, replacing the cached results")
    b.add_argument("--jobs", "-j", type=_jobs, default=os.cpu_count() or 1, metavar="N",
                   help="extract the issues in N processes (default: the machine's cores); "
                        "the outputs are the same whatever N")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="extract on the Dask cluster of this scheduler (tcp://host:8786), one task per "
                        "issue; the workers need the project installed, not the files (see README)")
    b.set_defaults(func=_cmd_build)

    e = sub.add_parser("evaluate", parents=[out], help="score a build against gold annotations",
                       description="Compare the acts of a build (OUT/acts.jsonl) with a gold folder "
                                   "(*.acts.jsonl, see SCHEMA.md; issue excerpts, gold.jsonl) and print "
                                   "precision, recall and F1; a folder of annotated passages "
                                   "(citations.jsonl) scores the citation reader on them, no build needed.")
    e.add_argument("--gold", required=True, help="folder with gold *.acts.jsonl files")
    e.add_argument("--errors", action="store_true",
                   help="print every disagreement as JSON, one per line (not those of held-out files)")
    e.add_argument("--all-errors", action="store_true", help="also the disagreements in held-out files")
    e.set_defaults(func=_cmd_evaluate)

    q = sub.add_parser("query", parents=[out], help="run a SPARQL query against the build's store",
                       description="Run a saved query (by name), a .rq file or a SPARQL string "
                                   "against the Oxigraph store of a build and print the result.")
    q.add_argument("query", nargs="?", help="saved query name, .rq file, or SPARQL text")
    q.add_argument("--list", action="store_true", help="list the saved queries and what they answer")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")
    q.set_defaults(func=_cmd_query)

    w = sub.add_parser("views", parents=[out], help="write the interactive HTML views of a build",
                       description="Write OUT/views/: index.html, who signed what, the citation network, "
                                   "one page per person and per gazette issue (offline, self-contained), "
                                   "from the build's store.")
    w.set_defaults(func=_cmd_views)

    v = sub.add_parser("serve", parents=[out],
                       help="serve the store over SPARQL 1.1 (read-only, Oxigraph server)",
                       description="Serve the build's store with the Oxigraph server: SPARQL 1.1 "
                                   "Protocol at /query, read-only, on localhost.")
    v.add_argument("--port", type=int, default=7878)
    v.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    v.add_argument("--public", action="store_true", help="allow listening beyond localhost")
    v.add_argument("--timeout", type=int, default=30, help="query timeout in seconds (default: %(default)s)")
    v.set_defaults(func=_cmd_serve)
    return ap


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


def run() -> int:
    """The command's entry point (``munikg``, ``python -m kg``)."""
    if hasattr(signal, "SIGPIPE"):  # `python -m kg evaluate | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    return main()
