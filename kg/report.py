"""The build's report: what was read and found, by file, every incomplete act and
page the files lack, and every problem, as JSON and as Markdown."""
from __future__ import annotations

from ner.structure.layout import page_ranges


def incomplete(act) -> dict:
    """An act whose text the file holds in part: which part is missing, and where it is."""
    return {"seq": act.seq, "type": act.type, "title": act.title, "missing": act.missing,
            "span": [act.span.start, act.span.end] if act.span else None}


def report_data(result) -> dict:
    """What a build read and found, by file, and every problem (a BuildResult)."""
    files = []
    for d in result.docs:
        files.append({
            "file": d.source.name,
            "encoding": d.source.encoding,
            "characters": len(d.source.text),
            "issue": {"gazette": d.issue.gazette, "number": d.issue.number, "date": d.issue.date},
            "acts_with_text": sum(1 for a in d.acts if a.span is not None),
            "acts_from_contents_only": sum(1 for a in d.acts if a.span is None),
            "signatures": sum(len(a.signatures) for a in d.acts),
            "contents_entries": len(d.toc),
            "ocr_words_repaired": d.repaired.edits if d.repaired else 0,
            "noise": {k: v for k, v in d.noise.items() if v >= 0.02},
            "missing_pages": page_ranges(d.missing_pages),
            "incomplete_acts": [incomplete(a) for a in d.acts if a.missing],
        })
    return {
        "files": files,
        "totals": {"files_read": len(result.docs), "acts": result.acts,
                   "acts_with_text": result.acts_with_text, "signatures": result.signatures,
                   "triples": result.triples, "characters": result.characters,
                   "seconds": round(result.seconds, 2), "seconds_by_stage": result.stage_seconds,
                   "peak_memory_mb_by_stage": result.stage_peak_mb},
        "problems": [{"file": p.source, "level": p.level, "message": p.message}
                     for p in result.problems],
        "shacl": None if result.violations is None else {
            "acts_or_nodes_with_violations": len(result.violations),
            "violations": sum(len(v) for v in result.violations.values())},
        "outputs": {k: str(v) for k, v in result.outputs.items()},
    }


def incomplete_markdown(files: list[dict]) -> list[str]:
    rows = [(f["file"], a) for f in files for a in f["incomplete_acts"]]
    if not rows:
        return []
    lines = ["", "## Incomplete acts", "",
             "Acts whose text the file holds only in part, kept with what their text gives.", "",
             "| file | act | type | title | missing | characters |", "|---|---|---|---|---|---|"]
    for name, a in rows:
        span = f"{a['span'][0]}-{a['span'][1]}" if a["span"] else "—"
        title = (a["title"] or "—").replace("|", "/")
        lines.append(f"| {name} | {a['seq']} | {a['type']} | {title} | {', '.join(a['missing'])} | {span} |")
    return lines


def report_markdown(summary: dict) -> str:
    t = summary["totals"]
    lines = ["# munikg build report", "",
             f"{t['files_read']} files, {t['characters']:,} characters read in {t['seconds']} s: "
             f"{t['acts']} acts ({t['acts_with_text']} with text), {t['signatures']} signatures, "
             f"{t['triples']:,} triples.", "",
             "| file | issue | acts (text) | from contents only | signatures | words repaired | noise | pages missing |",
             "|---|---|---|---|---|---|---|---|"]
    for f in summary["files"]:
        i = f["issue"]
        issue = f"{i['gazette']} {i['number']}, {i['date']}" if i["gazette"] else "—"
        noise = ", ".join(f"{k} {v:.0%}" for k, v in f["noise"].items()) or "clean"
        lines.append(f"| {f['file']} | {issue} | {f['acts_with_text']} | {f['acts_from_contents_only']} "
                     f"| {f['signatures']} | {f['ocr_words_repaired']} | {noise} | {f['missing_pages'] or '—'} |")
    lines += incomplete_markdown(summary["files"])
    shacl = summary["shacl"]
    if shacl is not None:
        lines += ["", "## Validation", "",
                  "The graph conforms to `ontology/shapes.ttl`." if not shacl["violations"] else
                  f"{shacl['violations']} SHACL violations on {shacl['acts_or_nodes_with_violations']} "
                  "acts or nodes: see `validation.json`."]
    lines += ["", "## Problems", ""]
    lines += [f"- **{p['level']}** {p['message']}" for p in summary["problems"]] or ["None."]
    lines += ["", "## Outputs", ""] + [f"- {k}: `{v}`" for k, v in summary["outputs"].items()]
    return "\n".join(lines) + "\n"
