"""End to end: the bundled corpus -> graph, tables, report; competency questions;
evaluation against the dev gold; bad input; stable output."""
import json
import shutil

import pytest
from rdflib import Graph

from conftest import CORPUS, GOLD, ROOT
from kg.atomic import atomic_open
from kg.build import build, extract
from kg.evaluate import evaluate

CQ_DIR = ROOT / "queries"  # the competency questions of ../shared/cq are saved queries too


@pytest.fixture(scope="module")
def graph(built):
    _, out = built
    return Graph().parse(out / "munikg.ttl")


def query(graph, name):
    return [tuple(None if v is None else str(v) for v in row)
            for row in graph.query((CQ_DIR / f"{name}.rq").read_text(encoding="utf-8"))]


def test_outputs_are_written(built):
    result, out = built
    for name in ["munikg.ttl", "acts.jsonl", "issues.jsonl", "report.md", "report.json"]:
        assert (out / name).stat().st_size > 0
    report = json.loads((out / "report.json").read_text())
    assert report["totals"]["files_read"] == 4
    assert report["totals"]["acts_with_text"] == 52
    seconds, peaks = report["totals"]["seconds_by_stage"], report["totals"]["peak_memory_mb_by_stage"]
    assert list(seconds)[0] == "extracting the issues" and list(peaks) == list(seconds)
    assert 0 < list(peaks.values())[0] and list(peaks.values()) == sorted(peaks.values())  # a peak so far
    assert not [p for p in report["problems"] if p["level"] != "info"]


def test_cq01_who_signed_what(graph):
    rows = query(graph, "01-who-signed-what")
    assert ("Raul Šiškovič", "predsednik", "sklep",
            "o potrditvi zaključnega računa davkov in prispevkov občanov občine Koper za leto 1989",
            "1989-04-25") in rows
    assert ("Andrej Jamnik", "predsednik odbora podpisnikov") in {r[:2] for r in rows}
    # one person, one IRI: the OCR variant "MARUA BRATINA" is Marija Bratina
    assert {r[0] for r in rows if "Bratina" in r[0]} == {"Marija Bratina"}
    assert sum(1 for r in rows if r[0] == "Marija Bratina") == 4


def test_cq02_acts_signed_by(graph):
    rows = query(graph, "02-acts-signed-by")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Raul Šiškovič", "1989-04-25", n) for n in ("352-3/83", "402-7/89", "028-12/89")]


def test_cq07_issue_contents(graph):
    rows = query(graph, "07-issue-contents")
    assert [r[1] for r in rows] == ["28"] * 9 + ["7"] * 16 + ["13"] * 26
    assert rows[0] == ("1979-12-07", "28", "samoupravni sporazum",
                       "o združevanju sredstev rezerv v sklad skupnih rezerv gospodarstva občine "
                       "Ilirska Bistrica", "Ilirska Bistrica")
    assert rows[9][2:] == ("odlok", "o pripravi in sprejetju sprememb in dopolnitev družbenega "
                           "plana Obale za obdobje 1981—1985", "Obalna skupnost")


@pytest.mark.parametrize("kind, minimum", [("Evidence", 30), ("Citation", 100),
                                           ("LegalBasis", 40), ("Signature", 40)])
def test_spans_point_into_the_source(graph, kind, minimum):
    """Every printed fact (an act's number, a citation, a law, a signature) is
    the original text at its span, OCR noise included."""
    q = f"""PREFIX mk: <https://w3id.org/munikg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
           PREFIX dcterms: <http://purl.org/dc/terms/>
           SELECT ?file ?s ?e ?text WHERE {{ ?n a mk:{kind} ;
           mk:charStart ?s ; mk:charEnd ?e ; mk:surfaceText ?text ; prov:wasDerivedFrom/dcterms:identifier ?file }}"""
    rows = list(graph.query(q))
    assert len(rows) > minimum
    originals = {}
    for file, s, e, text in rows:
        original = originals.setdefault(file, (CORPUS / str(file)).read_text(encoding="utf-8"))
        assert original[int(s):int(e)] == str(text)


def test_evaluation_meets_the_targets(built):
    _, out = built
    ev = evaluate(out, GOLD)
    assert ev.acts.f1 >= 0.95
    assert ev.fields["signatories"].f1 >= 0.95
    for name in ("type", "title", "issuer", "municipality", "date", "number"):
        assert ev.fields[name].f1 >= 0.9, name


def test_rebuild_is_identical_and_independent_of_file_order_and_processes(built, tmp_path):
    _, out = built  # one process, the files in their folder's order
    files = sorted(CORPUS.glob("*.txt"))
    build(list(reversed(files)), tmp_path / "again", jobs=2, views=False, validate=False)
    for name in ("munikg.ttl", "munikg.nt", "acts.jsonl", "issues.jsonl"):
        assert (tmp_path / "again" / name).read_bytes() == (out / name).read_bytes(), name


def test_bad_input_is_reported_and_the_rest_is_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(CORPUS.glob("002_*.txt")), src)
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (src / "old.txt").write_bytes(next(CORPUS.glob("000_*.txt")).read_text().encode("cp1250"))
    full = next(CORPUS.glob("004_*.txt")).read_text()
    (src / "truncated.txt").write_text(full[:full.index("ANTON MIKELN") - 1500])  # inside act 5
    (src / "noacts.txt").write_text("Seznam telefonskih številk občinske uprave. Tajništvo 123.")
    result = build([src], tmp_path / "out")
    by_file = {}
    for p in result.problems:
        by_file.setdefault(p.source, []).append(p)
    assert [p.level for p in by_file["empty.txt"]] == ["error"]
    assert "empty" in by_file["empty.txt"][0].message
    assert [p.level for p in by_file["binary.txt"]] == ["error"]
    assert any("cp1250" in p.message for p in by_file["old.txt"])
    assert any("truncated" in p.message for p in by_file["truncated.txt"])
    assert any("no acts" in p.message for p in by_file["noacts.txt"])
    files = {d.source.name: d for d in result.docs}
    assert len(files["002_64eec12a9aceb7a9.txt"].acts) == 9
    assert files["old.txt"].acts[0].signatures[0].name == "Boris Popovič"
    assert sum(1 for a in files["truncated.txt"].acts if a.span) == 5
    report = (tmp_path / "out" / "report.md").read_text()
    assert "empty.txt" in report and "binary.txt" in report
    # the act the file ends in is kept, marked, and listed with its span
    last = [a for a in files["truncated.txt"].acts if a.span][-1]
    assert last.missing == ["closing"]
    listed = json.loads((tmp_path / "out" / "report.json").read_text())
    truncated = next(f for f in listed["files"] if f["file"] == "truncated.txt")
    assert truncated["incomplete_acts"] == [{"seq": last.seq, "type": last.type, "title": last.title,
                                             "missing": ["closing"], "span": [last.span.start, last.span.end]}]
    assert "## Incomplete acts" in report and f"| truncated.txt | {last.seq} |" in report


def test_issue_cut_before_an_acts_heading_is_reported_as_truncated(tmp_path):
    full = next(CORPUS.glob("004_*.txt")).read_text()
    cut = full.index("Na podlagi", len(full) // 8) + 200  # inside a preamble: no heading follows
    (tmp_path / "cut.txt").write_text(full[:cut])
    docs, problems = extract([tmp_path / "cut.txt"])
    truncated = [p.message for p in problems if "truncated" in p.message]
    assert truncated and all(m.startswith("cut.txt: ") for m in truncated)
    assert not any("segmentation error" in p.message for p in problems)
    assert any(a.from_toc for a in docs[0].acts)  # what the contents list is kept
    tail = next(a for a in docs[0].acts if a.missing)
    assert tail.missing == ["heading", "body", "closing"] and tail.legal_basis  # its preamble is read


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as fh:
            fh.write("half")
            raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_cq03_most_cited_issues(graph):
    rows = query(graph, "03-most-cited-issues")
    assert rows[0] == ("Uradni list SRS", "8", "1978", "9")
    counts = {r[:3]: int(r[3]) for r in rows}
    assert counts[("Uradni list SRS", "36", "1988")] == 3
    assert counts[("Uradne objave", "40", "2000")] == 1  # 40/00 cited in 2017 is 2000, not 1900
    assert all(1900 < int(r[2]) <= 2017 for r in rows)


def test_cq04_acts_citing_uradni_list_srs_36_88(graph):
    rows = query(graph, "04-acts-citing-issue")
    assert sorted((r[1], r[0]) for r in rows) == [
        ("Skupščina občine Koper", "o potrditvi zaključnega računa davkov in prispevkov občanov občine "
                                   "Koper za leto 1989"),
        ("Skupščina občine Piran", "o potrditvi zaključnega računa davkov in prispevkov občanov občine "
                                   "Piran za leto 1988"),
        ("Skupščina občine Piran", "o spremembi odloka o davkih občanov v občini Piran"),
    ]


def test_one_iri_per_cited_issue_and_per_law(graph):
    issues = {str(r[0]) for r in graph.query("""PREFIX mk: <https://w3id.org/munikg/ontology#>
        SELECT ?i WHERE { ?a mk:citesIssue ?i . ?i mk:issueNumber 36 ; mk:year 1988 }""")}
    assert issues == {"https://w3id.org/munikg/id/issue/uradni-list-srs/1988/36"}
    rows = list(graph.query((ROOT / "queries" / "most-cited-laws.rq").read_text()))
    laws = [str(r[0]) for r in rows]
    assert len(laws) == len(set(l.lower() for l in laws))
    top = {str(r[0]): int(r[1]) for r in rows}
    assert top["statut občine Koper"] == 8 and top["zakon o prekrških"] == 4


def test_amendments_and_corrections(graph):
    rows = list(graph.query((ROOT / "queries" / "amendment-chains.rq").read_text()))
    chains = {(str(r[2]), str(r[3]), str(r[5]), None if r[6] is None else (str(r[6]), int(r[7]), int(r[8])))
              for r in rows}
    assert ("o spremembah in dopolnitvah odloka o proračunu občine Koper za leto 1979", "amends",
            "o proračunu občine Koper za leto 1979", ("Uradne objave", 8, 1979)) in chains
    assert ("odloka o proračunu občine Izola za leto 1989", "corrects",
            "o proračunu občine Izola za leto 1989", ("Uradne objave", 8, 1989)) in chains


EARLIER_ISSUE = """KOPER, 7. aprila 1989 URADNE OBJAVE OBČIN ILIRSKA BISTRICA, IZOLA, KOPER, PIRAN, POSTOJNA
IN SEŽANA Št. 8 OBČINA IZOLA Na podlagi 204. člena statuta občine Izola je Skupščina občine Izola na seji
dne 30. marca 1989 sprejela ODLOK O PRORAČUNU OBČINE IZOLA ZA LETO 1989 1. člen Proračun občine Izola
za leto 1989 se določa. 2. člen Ta odlok začne veljati osmi dan po objavi v Uradnih objavah.
Št.: 400-1/89 Izola, 30. marca 1989 Predsednik BRUNO PODREKA, l. r."""


def test_a_later_build_links_the_corrected_act_itself(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(CORPUS.glob("001_*.txt")), src)
    (src / "uo-1989-08.txt").write_text(EARLIER_ISSUE, encoding="utf-8")
    build([src], tmp_path / "out")
    g = Graph().parse(tmp_path / "out" / "munikg.ttl")
    rows = {(str(a), str(t)) for a, t in g.query("""PREFIX mk: <https://w3id.org/munikg/ontology#>
        SELECT ?a ?t WHERE { ?a mk:corrects ?t . ?t a mk:Act }""")}
    assert ("https://w3id.org/munikg/id/act/uradne-objave/1989/13/1",
            "https://w3id.org/munikg/id/act/uradne-objave/1989/8/1") in rows


def test_evaluation_of_citations_and_legal_basis(built):
    _, out = built
    ev = evaluate(out, GOLD)
    assert ev.fields["citations"].precision >= 0.97 and ev.fields["citations"].recall >= 0.97
    assert ev.fields["legal_basis"].f1 >= 0.9


def test_the_graph_holds_joint_adoptions_and_incomplete_acts(built, tmp_path):
    from rdflib import Graph, Namespace

    MK = Namespace("https://w3id.org/munikg/ontology#")
    ELI = Namespace("http://data.europa.eu/eli/ontology#")
    _, out = built
    g = Graph().parse(out / "munikg.ttl")
    joint = [a for a in g.subjects(MK.adoption, None)]
    assert len(set(joint)) == 1 and len(set(g.objects(joint[0], ELI.passed_by))) == 3
    signed_for = {str(b) for s in g.objects(joint[0], MK.signature) for b in g.objects(s, MK.signsFor)}
    assert signed_for == {str(b) for b in g.objects(joint[0], ELI.passed_by)}
    assert {str(p) for p in g.objects(None, MK.missingPart)} == {"heading"}  # 004's agreement
    result = build([ROOT / "tests" / "gold" / "excerpts" / "texts" / "02.txt"], tmp_path / "out", views=False)
    assert result.violations == {}
    g2 = Graph().parse(tmp_path / "out" / "munikg.ttl")
    assert {str(p) for p in g2.objects(None, MK.missingPart)} == {"heading", "body", "closing"}


def test_places_link_to_the_register_with_their_coordinates(built):
    from rdflib import Graph, Namespace, URIRef

    MK = Namespace("https://w3id.org/munikg/ontology#")
    WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
    _, out = built
    g = Graph().parse(out / "munikg.ttl")
    koper = URIRef("https://w3id.org/munikg/id/municipality/koper")
    assert str(g.value(koper, MK.registerKind)) == "settlement"
    assert 45.5 < float(g.value(koper, WGS.lat)) < 45.6 and 13.7 < float(g.value(koper, WGS.long)) < 13.8
    streets = [p for p in g.subjects(MK.registerKind, None) if str(g.value(p, MK.registerKind)) == "street"]
    assert streets and all(g.value(s, MK.registerSettlement) for s in streets)


def test_shacl_in_a_process_of_its_own_reports_what_it_reports_inline(graph):
    from rdflib import RDF
    from kg.validate import validate, validate_beside
    from kg.vocab import ELI, MK

    bad = Graph()
    bad += graph
    act = sorted(bad.subjects(RDF.type, MK.Act))[0]
    bad.remove((act, ELI.type_document, None))  # an act with no type breaks its shape
    beside = validate_beside(bad, background=True)
    inline = validate(bad)
    assert beside() == inline and not inline.conforms
    assert [v.focus for v in inline.violations] == [str(act)]
    assert list(inline.by_act(bad)) == [str(act)]


def test_every_name_is_traced_to_its_span_beside_the_graph(built, graph):
    """A name's occurrences are kept in sources/ (span and entity): the text there is
    one of the forms the graph records for that entity, and the entity is one an act mentions."""
    from rdflib import URIRef
    from kg.sources import read_source
    from kg.vocab import MK

    _, out = built
    mentioned = set(graph.objects(None, MK.mentions))
    seen = 0
    for doc in sorted(CORPUS.glob("*.txt")):
        record = read_source(out, doc.name)
        assert record["text"] == doc.read_text(encoding="utf-8")
        for s, e, iri in record["mentions"]:
            assert URIRef(iri) in mentioned
            assert record["text"][s:e] in {str(f) for f in graph.objects(URIRef(iri), MK.surfaceForm)}
            seen += 1
    assert seen > 1500


def test_issues_of_other_gazettes_are_issues_of_their_own_gazette_in_the_graph(tmp_path):
    from rdflib import Namespace, URIRef

    MK = Namespace("https://w3id.org/munikg/ontology#")
    texts = ROOT / "tests" / "gold" / "other-gazettes" / "texts"
    result = build([texts / "06.txt", texts / "12.txt"], tmp_path / "out", views=False)
    assert result.violations == {}
    g = Graph().parse(tmp_path / "out" / "munikg.ttl")
    issues = {(str(name), int(year)) for name, year in g.query("""
        PREFIX mk: <https://w3id.org/munikg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?name ?year WHERE { ?act mk:publishedIn ?issue . ?issue mk:gazette/skos:prefLabel ?name ; mk:year ?year }""")}
    assert issues == {("Skupščinski Dolenjski list", 1986), ("Uradni list RS", 2002)}
    dolenjski = URIRef("https://w3id.org/munikg/id/gazette/skupscinski-dolenjski-list")
    served = {str(g.value(m, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")))
              for m in g.objects(dolenjski, MK.servesMunicipality)}
    assert served == {"Črnomelj", "Kočevje", "Krško", "Metlika", "Novo mesto", "Ribnica", "Trebnje"}
    rs = URIRef("https://w3id.org/munikg/id/gazette/uradni-list-rs")
    assert not list(g.objects(rs, MK.servesMunicipality))  # open to every municipality
