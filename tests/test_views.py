"""The HTML views, opened from file:// in headless Chromium with the network cut off."""
import re

import networkx as nx
import pytest
from rdflib import Graph

from chromium import driver, open_view
from kg.views import PHYSICS_MAX, copy_vis_assets, render_view, subgraph, write_views
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


def test_every_page_becomes_interactive_without_errors(views, browser):
    pages = [p for p in views.rglob("*.html") if p.name != "index.html"]
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
    copy_vis_assets(tmp_path)
    page = tmp_path / "evil.html"
    page.write_text(render_view(g, evil, evil, "index.html"), encoding="utf-8")
    info = open_view(browser, page)
    assert info["ready"] and info["errors"] == []
    assert browser.execute_script("return window.pwned") is None
    assert browser.execute_script("return NODES.find(n => n.id === 'a').label") == evil[:40]
    assert browser.execute_script("return document.querySelector('h1').textContent") == evil
    assert browser.execute_script("return document.querySelectorAll('b, img').length") == 0
    assert browser.execute_script("return document.querySelectorAll('i').length") == 2  # the legend's swatches


def test_large_views_are_laid_out_here_and_drawn_without_physics(browser, tmp_path):
    g = nx.DiGraph()
    for i in range(PHYSICS_MAX + 100):
        g.add_node(f"a{i}", kind="act", label=f"act {i}", municipality="Koper", year=1980)
        g.add_node(f"p{i % 40}", kind="person", label=f"person {i % 40}")
        g.add_edge(f"p{i % 40}", f"a{i}", kind="signed")
    copy_vis_assets(tmp_path)
    page = tmp_path / "large.html"
    page.write_text(render_view(g, "large", "", "index.html"), encoding="utf-8")
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
    shutil.copytree(built[1] / "store", out / "store")  # the store alone: no Turtle to parse
    p = cli("views", "--out", out)
    assert p.returncode == 0, p.stderr
    assert "index.html" in p.stdout
    pages = sorted(f.relative_to(out) for f in (out / "views").rglob("*.html"))
    assert len(pages) > 10
    assert all((out / f).read_bytes() == (built[1] / f).read_bytes() for f in pages)
    assert sorted(f.relative_to(built[1]) for f in (built[1] / "views").rglob("*.html")) == pages

    p = cli("views", "--out", tmp_path / "none")
    assert p.returncode == 2 and "run `python -m kg build" in p.stderr
