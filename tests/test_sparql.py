"""The store, the query command, every saved query, the read-only server (with a
real SPARQL client), and the notebooks."""
import json
import socket
import time
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT
from kg.query import render, load_query, run, saved
from kg.store import open_read_only

# What each saved query must answer on the bundled build: a row that must be there.
EXPECTED = {
    "01-who-signed-what": ("Bruno Podreka", "predsednik"),
    "02-acts-signed-by": ("Raul Šiškovič",),
    "03-most-cited-issues": ("Uradni list SRS", "8", "1978", "9"),
    "04-acts-citing-issue": ("o spremembi odloka o davkih občanov v občini Piran", "Skupščina občine Piran"),
    "05-acts-per-body": ("Skupščina občine Izola", "1982", "3"),
    "06-organisation-mentions": ("Galeb Koper",),
    "07-issue-contents": ("1979-12-07", "28"),
    "acts-by-type": ("odlok", "1989"),
    "acts-known-from-contents": ("Uradne objave 7/1982", "pravilnik"),
    "acts-per-municipality-year": ("Izola", "1982", "odlok", "2"),
    "amendment-chains": ("1979-11-27", "odlok"),
    "body-presidents": ("Skupščina občine Koper", "Raul Šiškovič", "predsednik", "1989-04-25", "1989-04-25", "3"),
    "co-signers": ("Branko Mahne", "Danilo Daneu", "1"),
    "laws-and-their-gazettes": ("zakon o urbanističnem planiranju",),
    "acts-based-on-law": ("o spremembi odloka o davkih občanov v občini Piran", "1989-04-25", "zakon o davkih občanov"),
    "most-cited-laws": ("statut občine Piran", "9"),
    "offices-held": ("Marija Bratina", "predsednik", "Samoupravna stanovanjska skupnost občine Piran"),
    "person-timeline": ("Marija Bratina",),
    "places-most-regulated": ("Koper",),
    "provenance": ("preamble", "001_2b38dc8fde4d8a88.txt"),
    "special-measures": ("Galeb Koper",),
    "agreement-signatories": ("TOMOS Koper, TOZD Livarna", "uporabnik", "TOMOS Koper"),
    "act-life": ("o sezonski omejitvi prometa v mestu Piran",),
    "in-force-on-day": ("o sezonski omejitvi prometa v mestu Piran", "odlok", "1989-05-20"),
    "annulled-by-court": ("o načinu plačevanja prispevka za komunalno opremljanje stavbnega zemljišča izven "
                          "organizirane kompleksne gradnje na območjih, ki so določena z urbanističnim načrtom "
                          "oziroma izven urbanističnega načrta",),
}


@pytest.fixture(scope="module")
def store(built):
    return open_read_only(built[1])


def test_at_least_ten_historian_queries_beyond_the_competency_questions():
    names = [q.name for q in saved()]
    assert sum(1 for n in names if not n[:2].isdigit()) >= 10
    assert all(q.description for q in saved())
    # a comment of several lines is described whole
    by_name = {q.name: q for q in saved()}
    assert by_name["amendment-chains"].description.endswith("and where it was published.")
    assert set(EXPECTED) == set(names)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saved_query_gives_the_expected_answer(store, name):
    names, rows = run(store, load_query(name))
    assert rows, f"{name} answered nothing"
    expected = EXPECTED[name]
    assert any(tuple(r[:len(expected)]) == expected for r in rows), rows[:5]


CONTRACT_CQ = Path(__file__).parent / "cq"  # ../shared/cq as given


@pytest.mark.parametrize("path", sorted(CONTRACT_CQ.glob("*.rq")), ids=lambda p: p.stem)
def test_saved_competency_questions_answer_as_the_contract_ones(store, path):
    """The saved CQs are written for Oxigraph's planner (sub-selects fix the join
    order); they must answer exactly what the contract's text answers."""
    contract = sorted(map(str, run(store, path.read_text(encoding="utf-8"))[1]))
    tuned = sorted(map(str, run(store, load_query(path.stem))[1]))
    assert contract and contract == tuned


def test_issue_contents_are_in_print_order(store, docs):
    """07 orders by mk:sequence where the contract orders by the span's start: each
    issue's acts must come in the order the text prints them."""
    listed = {}
    for issued, number, _type, title, _municipality in run(store, load_query("07-issue-contents"))[1]:
        listed.setdefault((str(issued), str(number)), []).append(str(title))
    printed = {(d.issue.date, str(d.issue.number)): [a.title for a in d.acts if a.span]
               for d in docs.values() if d.issue.number}
    assert listed == printed and sum(map(len, printed.values())) > 40


@pytest.mark.parametrize("fmt, check", [
    ("table", lambda out: "Raul Šiškovič" in out and "(3 rows)" in out),
    ("csv", lambda out: out.splitlines()[0] == "name,title,date,number" and len(out.splitlines()) == 4),
    ("tsv", lambda out: out.splitlines()[0] == "name\ttitle\tdate\tnumber"),
    ("json", lambda out: {r["number"] for r in json.loads(out)} == {"352-3/83", "402-7/89", "028-12/89"}),
])
def test_query_command_formats(built, cli, fmt, check):
    p = cli("query", "02-acts-signed-by", "--out", str(built[1]), "--format", fmt)
    assert p.returncode == 0, p.stderr
    assert check(p.stdout)


def test_query_command_takes_files_and_strings(built, cli, tmp_path):
    q = tmp_path / "count.rq"
    q.write_text("PREFIX mk: <https://w3id.org/munikg/ontology#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a mk:Act }")
    p = cli("query", q, "--out", built[1], "--format", "csv")
    assert p.stdout.splitlines() == ["n", "54"]
    p = cli("query", "ASK { ?s ?p ?o }", "--out", str(built[1]), "--format", "csv")
    assert p.stdout.splitlines() == ["result", "true"]


def test_query_command_lists_and_explains_errors(built, cli, tmp_path):
    p = cli("query", "--list")
    assert p.returncode == 0 and "offices-held" in p.stdout and "Every office a person held" in p.stdout
    p = cli("query", "no-such-query", "--out", built[1])
    assert p.returncode == 2 and "--list" in p.stderr
    p = cli("query", "01-who-signed-what", "--out", tmp_path)
    assert p.returncode == 2 and "python -m kg build" in p.stderr


def test_render_table_cuts_long_values():
    text = render(["a"], [["x" * 100]], width=10)
    assert "xxxxxxxxx…" in text and "(1 row)" in text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(built):
    from kg.serve import start

    port = free_port()
    proc = start(built[1], port=port, timeout=10)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.parametrize("path", ["/query", "/sparql"])
def test_server_answers_a_real_sparql_client(server, path):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server + path)
    client.setQuery((ROOT / "queries" / "04-acts-citing-issue.rq").read_text())
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert len(bindings) == 3
    assert {b["body"]["value"] for b in bindings} == {"Skupščina občine Koper", "Skupščina občine Piran"}


def test_server_refuses_updates(server):
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException
    from urllib.error import HTTPError

    client = SPARQLWrapper(server + "/update")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises((HTTPError, SPARQLWrapperException)) as err:
        client.query()
    assert "403" in str(err.value) or "read-only" in str(err.value)
    # and nothing was written
    from SPARQLWrapper import JSON
    check = SPARQLWrapper(server + "/query")
    check.setQuery("ASK { <urn:a> <urn:b> <urn:c> }")
    check.setReturnFormat(JSON)
    assert check.query().convert()["boolean"] is False


def test_server_ships_its_query_page_offline(server):
    from urllib.request import urlopen

    page = urlopen(server + "/").read().decode()
    assert "yasgui.min.js" in page and "http" not in page.split("yasgui.min.js")[0].rsplit("src=", 1)[-1]


def test_serve_refuses_to_listen_beyond_localhost_unless_asked(built, cli):
    p = cli("serve", "--out", built[1], "--host", "0.0.0.0")
    assert p.returncode == 2 and "--public" in p.stderr


NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_three_notebooks_with_outputs_cleared():
    assert len(NOTEBOOKS) >= 3
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_against_the_build(built, path, monkeypatch):
    from nbclient import NotebookClient

    monkeypatch.setenv("MUNIKG_OUT", str(built[1]))
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("rows)" in o.get("text", "") for o in outputs)  # tables were printed
    assert any("image/png" in o.get("data", {}) for o in outputs)  # and a plot drawn


def test_special_measures_name_the_organisation_under_the_measure_only(store):
    # the act also names the enterprise Emona-Jestvina, a court and the executive council
    _, rows = run(store, load_query("special-measures"))
    assert {r[0] for r in rows} == {"Galeb Koper"}


AMENDED_ISSUE = """PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX mk: <https://w3id.org/munikg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?gazette ?number ?year WHERE {
  ?act eli:title ?title ; eli:amends ?target . FILTER(STR(?title) = "%s")
  ?target mk:publishedIn ?issue . ?issue mk:issueNumber ?number ; mk:year ?year ; mk:gazette/skos:prefLabel ?gazette
}"""


@pytest.mark.parametrize("title, issue", [
    # the corpus, 1989: the Piran statute's citation comes first, the amended act's after its name
    ("o spremembi odloka o davkih občanov v občini Piran", ("Uradne objave", "39", "1988")),
    ("o dopolnitvi odloka o podelitvi domicila l letalskemu prekomorskemu polku v občini Piran",
     ("Uradni glasnik Okraja Koper", "8", "1965")),
])
def test_an_amended_act_is_found_by_the_citation_after_its_name(store, title, issue):
    _, rows = run(store, AMENDED_ISSUE % title)
    assert [tuple(map(str, r)) for r in rows] == [issue]


def test_gazettes_carry_the_facts_of_the_gazette_table(store):
    _, rows = run(store, """PREFIX mk: <https://w3id.org/munikg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?abbr ?first ?last ?level WHERE {
  ?g a mk:Gazette ; skos:prefLabel "Uradni list SRS" ; skos:altLabel ?abbr ; mk:firstYear ?first ;
     mk:lastYear ?last ; mk:publisherLevel ?level }""")
    assert [tuple(map(str, r)) for r in rows] == [("Ur. l. SRS", "1963", "1991", "republic")]


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def test_kg_serve_stops_its_server_on_sigterm_as_on_ctrl_c(built):
    import signal
    import subprocess
    import sys

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--out", str(built[1]), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while not _listening(port) and time.time() < deadline:
        time.sleep(0.2)
    assert _listening(port)
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0 and "stopped" in out
    assert not _listening(port)  # the Oxigraph child is gone with it
