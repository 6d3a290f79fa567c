"""Command line: python -m kg build | evaluate."""
from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

from . import __version__


def _cmd_build(args) -> int:
    from .build import DEFAULT_CORPUS, BuildError, build

    paths = args.paths or [DEFAULT_CORPUS]
    try:
        result = build(paths, Path(args.out), base=args.base, progress=not args.quiet,
                       validate=not args.no_validate)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    errors = [p for p in result.problems if p.level == "error"]
    warnings = [p for p in result.problems if p.level == "warning"]
    for p in result.problems:
        if p.level != "info" or args.verbose:
            print(f"{p.level}: {p.message}", file=sys.stderr)
    print(f"read {len(result.docs)} issue(s), {result.characters:,} characters, in {result.seconds:.1f} s"
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
    from .evaluate import evaluate, format_table

    out = Path(args.out)
    try:
        ev = evaluate(out, Path(args.gold))
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    table = format_table(ev)
    print(table)
    write_text(out / "evaluation.json", json.dumps(ev.as_dict(), ensure_ascii=False, indent=1) + "\n")
    write_text(out / "evaluation.md", "# Evaluation against " + str(args.gold) + "\n\n```\n" + table + "\n```\n")
    if args.errors:
        for e in ev.errors:
            print(json.dumps(e, ensure_ascii=False))
    print(f"details: {out / 'evaluation.json'}")
    return 0


def parser() -> argparse.ArgumentParser:
    from .build import DEFAULT_OUT
    from .iris import DEFAULT_BASE

    ap = argparse.ArgumentParser(prog="python -m kg", description=(
        "munikg: a knowledge graph of Slovenian municipal acts from OCR'd gazette issues."))
    ap.add_argument("--version", action="version", version=f"munikg {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="extract acts from gazette texts and write the graph and a report",
                       description="Read gazette text files (or folders of them), extract acts, "
                                   "signatures and issue metadata, and write the graph, tables and a "
                                   "report to the output folder.")
    b.add_argument("paths", nargs="*", help="text files or folders (default: the bundled corpus)")
    b.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (default: %(default)s)")
    b.add_argument("--base", default=DEFAULT_BASE, help="base IRI for minted resources (default: %(default)s)")
    b.add_argument("--strict", action="store_true",
                   help="exit with status 3 if the graph violates ontology/shapes.ttl")
    b.add_argument("--no-validate", action="store_true", help="skip SHACL validation (large builds)")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.add_argument("-v", "--verbose", action="store_true", help="also print informational notes")
    b.set_defaults(func=_cmd_build)

    e = sub.add_parser("evaluate", help="score a build against gold annotations",
                       description="Compare the acts of a build (OUT/acts.jsonl) with a gold folder "
                                   "(*.acts.jsonl, see SCHEMA.md) and print precision, recall and F1.")
    e.add_argument("--gold", required=True, help="folder with gold *.acts.jsonl files")
    e.add_argument("--out", default=str(DEFAULT_OUT), help="the build's output folder (default: %(default)s)")
    e.add_argument("--errors", action="store_true", help="print every disagreement as JSON")
    e.set_defaults(func=_cmd_evaluate)
    return ap


def main(argv=None) -> int:
    if hasattr(signal, "SIGPIPE"):  # `python -m kg evaluate | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    args = parser().parse_args(argv)
    return args.func(args)
