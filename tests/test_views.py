"""The HTML views, opened from file:// in headless Chromium with the network cut off."""
import re

import networkx as nx
import pytest
from rdflib import RDF, Graph

from kg.vocab import MK

from chromium import driver, open_view
from kg.views import PHYSICS_MAX, copy_assets, render_view, short_label, subgraph, write_views
from kg.exports import to_networkx


@pytest.fixture(scope="module")
def views(built):
    return built[1] / "views"


@pytest.fixture(scope="module")
def browser():
    drv = driver()
    yield drv
    drv.quit()


@pytest.fixture(scope="module")
def rdf(built):
    return Graph().parse(built[1] / "munikg.ttl")


def test_index_links_every_view(views):
    index = (views / "index.html").read_text()
    links = set(re.findall(r'href="([^"]+)"', index))
    assert {"who-signed-what.html", "citations.html"} <= links
    assert any(l.startswith("people/") for l in links) and any(l.startswith("issues/") for l in links)
    for link in links:
        assert (views / link).exists(), link


def test_nothing_is_loaded_from_the_network(views):
    for page in views.rglob("*.html"):
        html = page.read_text()
        assert not re.search(r'(?:src|href)="(?:https?:)?//', html), page
        for ref in re.findall(r'src="([^"]+)"', html):
            assert (page.parent / ref).resolve().exists(), (page, ref)


def expected_nodes(rdf, name):
    full = to_networkx(rdf)
    if name == "who-signed-what":
        return subgraph(full, {"person", "act", "body"}, {"signed", "passed_by"}).number_of_nodes()
    return subgraph(full, {"act", "issue", "law", "referenced act"},
                    {"cites", "based_on", "amends", "corrects"}).number_of_nodes()


@pytest.mark.parametrize("name", ["who-signed-what", "citations"])
def test_main_view_draws_every_node_without_errors(views, browser, rdf, name, tmp_path_factory):
    info = open_view(browser, views / f"{name}.html")
    assert info["ready"] and info["errors"] == []
    assert info["drawn"] == expected_nodes(rdf, name) > 50
    shot = tmp_path_factory.mktemp("shots") / f"{name}.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_person_and_issue_pages(views, browser):
    info = open_view(browser, views / "people" / "person-raul-siskovic.html")
    assert info["ready"] and info["errors"] == []
    labels = browser.execute_script("return NODES.map(n => n.label)")
    assert "Raul Šiškovič" in labels and "Skupščina občine Koper" in labels and len(labels) == 5
    info = open_view(browser, views / "issues" / "issue-uradne-objave-1989-13.html")
    assert info["ready"] and info["errors"] == [] and info["drawn"] > 26


def test_person_page_lists_offices(views):
    html = (views / "people" / "person-raul-siskovic.html").read_text()
    assert "predsednik, Skupščina občine Koper (1989-04-25)" in html


def test_every_graph_page_becomes_interactive_without_errors(views, browser):
    pages = [p for p in views.rglob("*.html") if p.parent.name in ("people", "issues") or p.parent == views]
    pages.remove(views / "index.html")
    pages.remove(views / "map.html")
    assert len(pages) > 150
    for page in pages:
        info = open_view(browser, page, timeout=20)
        assert info["ready"] and info["errors"] == [] and info["drawn"] == info["total"] > 1, page


def test_filters_hide_other_municipalities(views, browser):
    open_view(browser, views / "who-signed-what.html")
    browser.execute_script("""const s = document.getElementById('f-municipality');
        s.value = 'Izola'; s.dispatchEvent(new Event('change'));""")
    shown = browser.execute_script(
        "return network.body.data.nodes.get().filter(n => n.kind === 'act').map(n => n.municipality)")
    assert shown and set(shown) == {"Izola"}


def test_tooltips_carry_facts_and_source(views, browser):
    open_view(browser, views / "who-signed-what.html")
    title = browser.execute_script(
        "return NODES.find(n => n.kind === 'act' && n.title.includes('352-3/83')).title")
    assert "odlok" in title and "001_2b38dc8fde4d8a88.txt, characters" in title and "“ODLOK O SPREMEMBAH" in title


def test_text_from_documents_is_shown_literally_and_runs_nothing(browser, tmp_path):
    evil = '<script>window.pwned = 1</script> "quoted" & <b>bold</b> </script><img src=x onerror="window.pwned=2">'
    g = nx.DiGraph()
    g.add_node("a", kind="act", label=evil, municipality=evil, act_type="odlok", year=1989, snippet=evil)
    g.add_node("p", kind="person", label="Ana <i>Novak</i>")
    g.add_edge("p", "a", kind="signed", role=evil)
    copy_assets(tmp_path)
    page = tmp_path / "evil.html"
    page.write_text(render_view(g, evil, evil), encoding="utf-8")
    info = open_view(browser, page)
    assert info["ready"] and info["errors"] == []
    assert browser.execute_script("return window.pwned") is None
    assert browser.execute_script("return NODES.find(n => n.id === 'a').label") == short_label(evil)
    assert browser.execute_script("return document.querySelector('h1').textContent") == evil
    assert browser.execute_script("return document.querySelectorAll('b, img').length") == 0
    assert browser.execute_script("return document.querySelectorAll('#legend svg').length") == 2


def test_large_views_are_laid_out_here_and_drawn_without_physics(browser, tmp_path):
    g = nx.DiGraph()
    for i in range(PHYSICS_MAX + 100):
        g.add_node(f"a{i}", kind="act", label=f"act {i}", municipality="Koper", year=1980)
        g.add_node(f"p{i % 40}", kind="person", label=f"person {i % 40}")
        g.add_edge(f"p{i % 40}", f"a{i}", kind="signed")
    copy_assets(tmp_path)
    page = tmp_path / "large.html"
    page.write_text(render_view(g, "large", ""), encoding="utf-8")
    info = open_view(browser, page)
    assert info["ready"] and info["errors"] == [] and info["drawn"] == g.number_of_nodes()
    assert browser.execute_script("return OPTIONS.physics.enabled") is False
    assert browser.execute_script("return NODES.every(n => typeof n.x === 'number')")


def test_views_too_large_for_one_page_are_split_by_municipality(rdf, tmp_path, monkeypatch):
    import kg.views

    monkeypatch.setattr(kg.views, "MAX_NODES", 40)
    written = write_views(rdf, tmp_path)
    split = sorted(k for k in written if k.startswith("who-signed-what-"))
    assert "who-signed-what.html" not in written
    assert {"who-signed-what-koper.html", "who-signed-what-piran.html"} <= set(split)


def test_views_command_reads_the_store_and_writes_what_the_build_wrote(built, cli, tmp_path):
    import shutil

    out = tmp_path / "out"
    out.mkdir()
    # the store and the source texts alone: no Turtle to parse
    for folder in ("store", "sources"):
        shutil.copytree(built[1] / folder, out / folder)
    p = cli("views", "--out", out)
    assert p.returncode == 0, p.stderr
    assert "index.html" in p.stdout
    pages = sorted(f.relative_to(out) for f in (out / "views").rglob("*.html"))
    assert len(pages) > 10
    assert all((out / f).read_bytes() == (built[1] / f).read_bytes() for f in pages)
    assert sorted(f.relative_to(built[1]) for f in (built[1] / "views").rglob("*.html")) == pages

    p = cli("views", "--out", tmp_path / "none")
    assert p.returncode == 2 and "run `python -m kg build" in p.stderr


def test_index_starts_a_historian_off(views, rdf):
    index = (views / "index.html").read_text()
    issues = re.findall(r'<a href="(issues/[^"]+)">(Uradne objave, št\. \d+/\d{4})</a> <span class="n">([\d-]+) ·', index)
    assert [name for _, name, _ in issues] == ["Uradne objave, št. 28/1979", "Uradne objave, št. 7/1982",
                                              "Uradne objave, št. 13/1989"]
    assert [date for *_, date in issues] == sorted(date for *_, date in issues)
    glance = dict(re.findall(r"<tr><th>([^<]+)</th><td>(\d+)</td></tr>", index))
    assert glance["acts"] == str(len(set(rdf.subjects(RDF.type, MK.Act)))) and glance["gazette issues read"] == "3"
    assert '<a href="people/person-tatjana-kosovel.html">Tatjana Kosovel</a> <span class="n">7 acts signed' in index
    assert re.search(r'<a href="issues/[^"]+">Uradni list SRS, št\. \d+/19\d\d</a> <span class="n">cited by \d+ acts', index)
    assert index.count("<rect") > 10  # the chart of acts per year


ACT = "acts/act-uradne-objave-1989-13-3.html"


def test_act_page_shows_the_text_as_printed_with_its_marks(views, browser):
    browser.get((views / ACT).resolve().as_uri())
    assert [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"] == []
    marks = browser.execute_script("""return [...document.querySelectorAll('#text .m')].map(
        m => [m.className, m.textContent, m.getAttribute('href'), m.title])""")
    signature = [m for m in marks if m[0].startswith("m signature")]
    assert signature == [["m signature k-person", "RAUL ŠIŠKOVIČ", "../people/person-raul-siskovic.html",
                          "signed by Raul Šiškovič (predsednik)"]]
    assert ["m citation k-issue", "Uradni tist SRS. Št. 8/78. 29/86"] in [m[:2] for m in marks]
    body = next(m for m in marks if "k-body" in m[0] and m[1].startswith("skupščina občine"))
    assert body[2].startswith("../bodies/") and (views / ACT).parent.joinpath(body[2]).resolve().exists()
    repair = next(m for m in marks if m[1] == "čtena")
    assert repair[0] == "m ocr k-ocr" and repair[3] == "OCR repair: read as “člena”"
    for _, _, href, _ in marks:
        assert href is None or (views / ACT).parent.joinpath(href).resolve().exists(), href
    facts = browser.execute_script("return [...document.querySelectorAll('table.facts th')].map(t => t.textContent)")
    assert {"passed by", "date", "number", "published in", "legal basis", "signed by", "cites"} <= set(facts)


def test_entity_pages_list_their_acts(views):
    body = (views / "bodies" / "body-skupscina-obcine-koper.html").read_text()
    assert "Acts that passed" in body and 'href="../acts/act-uradne-objave-1989-13-3.html"' in body
    person = (views / "people" / "person-raul-siskovic.html").read_text()
    assert 'href="../acts/act-uradne-objave-1989-13-3.html"' in person


def test_labels_are_readable_on_the_first_screen_and_legend_shapes_match(views, browser):
    open_view(browser, views / "who-signed-what.html")
    shown = browser.execute_script("""const s = network.getScale(), box = document.getElementById('network');
        return labelled.map(id => {
            const p = network.canvasToDOM(network.getPosition(id));
            return [network.body.nodes[id].options.font.size * s, p.x >= 0 && p.y >= 0 &&
                    p.x <= box.clientWidth && p.y <= box.clientHeight]; })""")
    assert len(shown) == 25 and all(abs(px - 13) < 0.5 and inside for px, inside in shown)
    legend = browser.execute_script("""return [...document.querySelectorAll('#legend [data-kind]')].map(
        s => [s.dataset.kind, s.dataset.shape, [...new Set(NODES.filter(n => n.kind === s.dataset.kind).map(n => n.shape))]])""")
    assert {k for k, *_ in legend} == {"act", "person", "body"}
    assert all(drawn == [shape] for _, shape, drawn in legend)


@pytest.mark.parametrize("page", ["index.html", ACT, "who-signed-what.html"])
@pytest.mark.parametrize("typed, found", [
    ("Šiškoviča", "Raul Šiškovič"),  # another case than any printed
    ("raul siskovic", "Raul Šiškovič"),  # no diacritics, any order of words typed
    ("Kopru", "Koper"),  # the locative, as printed
    ("uradne objave 13/1989", "Uradne objave, št. 13/1989"),
])
def test_search_finds_by_any_form_on_every_page(views, browser, page, typed, found):
    browser.get((views / page).resolve().as_uri())
    browser.execute_script("""const box = document.getElementById('search');
        box.value = arguments[0]; box.dispatchEvent(new Event('input'));""", typed)
    hits = browser.execute_script("""return [...document.querySelectorAll('#search-hits a')].map(
        a => [a.textContent, a.getAttribute('href')])""")
    assert found in [h for h, _ in hits]
    href = next(href for h, href in hits if h == found)
    assert (views / page).parent.joinpath(href).resolve().exists()


def test_map_draws_every_place_with_coordinates_and_links_it(views, browser, rdf):
    from kg.vocab import GEO

    browser.get((views / "map.html").resolve().as_uri())
    assert [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"] == []
    places = browser.execute_script("""return [...document.querySelectorAll('#map a.place')].map(
        a => [a.querySelector('title').textContent, a.getAttribute('href'), +a.dataset.acts,
              +a.querySelector('circle').getAttribute('r')])""")
    located = {s for s in rdf.subjects(GEO.lat, None)}
    assert len(places) == len(located) > 20
    assert len(browser.find_elements("css selector", "#map path")) == 12  # the statistical regions
    for title, href, acts, r in places:
        assert (views / href).exists(), href
    biggest = max(places, key=lambda p: p[3])
    assert biggest[2] == max(p[2] for p in places) and biggest[0].startswith("Koper:")


def test_the_map_frames_the_bulk_of_the_places():
    from kg.map_page import bounds

    coast = [(13.6 + k / 100, 45.5 + k / 200) for k in range(40)]
    west, south, east, north = bounds(coast + [(16.0, 46.6)], [])  # one namesake in the far north-east
    assert 13.5 < west < 13.6 and east < 14.2 and north < 45.9


def test_large_views_draw_their_communities_apart_and_the_same_each_time():
    from kg.layout import community_layout

    g = nx.DiGraph()
    for town in ("Koper", "Piran", "Izola"):  # three bodies, each with its acts and signers
        for i in range(150):
            g.add_edge(f"{town} act {i}", f"{town} body", kind="passed_by")
            g.add_edge(f"{town} signer {i % 10}", f"{town} act {i}", kind="signed")
    pos = community_layout(g)
    assert pos == community_layout(g) and set(pos) == set(g)
    boxes = {}
    for n, (x, y) in pos.items():
        town = n.split()[0]
        x0, y0, x1, y1 = boxes.get(town, (x, y, x, y))
        boxes[town] = (min(x0, x), min(y0, y), max(x1, x), max(y1, y))
    towns = sorted(boxes)
    for a in towns:
        for b in towns:
            if a < b:
                (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = boxes[a], boxes[b]
                assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0, (a, b)


def test_a_large_view_keeps_to_one_body_or_one_nodes_neighbourhood(views, browser, rdf):
    open_view(browser, views / "who-signed-what.html")
    browser.execute_script("""const s = document.getElementById('f-body');
        s.value = 'Skupščina občine Piran'; s.dispatchEvent(new Event('change'));""")
    bodies = browser.execute_script(
        "return network.body.data.nodes.get().filter(n => n.kind === 'act').map(n => n.body)")
    assert bodies and all("Skupščina občine Piran" in b.split("; ") for b in bodies)
    person = "https://w3id.org/munikg/id/person/raul-siskovic"
    browser.execute_script("document.getElementById('f-all').click(); document.getElementById('f-around').click()")
    assert browser.execute_script("return document.getElementById('status').textContent") == "click a node first"
    browser.execute_script("network.selectNodes([arguments[0]])", person)
    browser.find_element("id", "f-around").click()
    shown = set(browser.execute_script("return network.body.data.nodes.getIds()"))
    full = to_networkx(rdf)
    wsw = subgraph(full, {"person", "act", "body"}, {"signed", "passed_by"}).to_undirected()
    expected = {person} | set(wsw[person]) | {m for n in wsw[person] for m in wsw[n]}
    assert shown == expected and len(shown) > 4
    browser.execute_script("document.getElementById('f-all').click()")
    assert browser.execute_script("return network.body.data.nodes.length") == wsw.number_of_nodes()


def test_every_page_without_a_graph_loads_without_errors(views, browser):
    pages = [views / "index.html", views / "map.html"]
    for folder in ("acts", "bodies", "places", "laws"):
        pages += sorted((views / folder).glob("*.html"))
    assert len(pages) > 500
    for page in pages:
        browser.get(page.resolve().as_uri())
        assert [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"] == [], page
        assert browser.execute_script("return document.getElementById('search') !== null"), page
