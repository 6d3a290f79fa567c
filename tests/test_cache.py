"""Incremental builds: per-file extraction results cached in the output folder."""
from confection import Config

from conftest import CORPUS
from kg.build import build
from kg.cache import CACHE_DIR, ExtractionCache, fingerprint
from ner.pipeline import DEFAULT_CONFIG, Pipeline

SMALL = CORPUS / "000_3e3b3cd49ed342d4.txt"
ACT = ("Na podlagi 27. člena Statuta Mestne občine Koper (Uradne objave, št. 40/00) je Občinski svet "
       "Mestne občine Koper na seji dne 18. 3. 2017 sprejel SKLEP o imenovanju 1. Imenuje se odbor. "
       "Številka: 214-2/2017 Koper, 18. 3. 2017 Župan Boris Popovič")


def _quick(paths, out, **kw):
    return build(paths, out, validate=False, views=False, **kw)


def test_a_rebuild_takes_unchanged_files_from_the_cache_and_gives_the_same_graph(tmp_path):
    out = tmp_path / "out"
    first = _quick([SMALL], out)
    graph = (out / "munikg.nt").read_bytes()
    again = _quick([SMALL], out)
    assert (first.from_cache, again.from_cache) == (0, 1)
    assert (out / "munikg.nt").read_bytes() == graph


def test_an_added_issue_is_the_only_one_extracted(tmp_path):
    out = tmp_path / "out"
    new = tmp_path / "new.txt"
    new.write_text(ACT, encoding="utf-8")
    _quick([SMALL], out)
    result = _quick([SMALL, new], out)
    assert result.from_cache == 1 and len(result.docs) == 2
    new.write_text(ACT.replace("2017", "2016"), encoding="utf-8")  # a changed file is extracted again
    assert _quick([SMALL, new], out).from_cache == 1


def test_no_cache_and_rebuild_extract_everything(tmp_path):
    out = tmp_path / "out"
    _quick([SMALL], out)
    assert _quick([SMALL], out, cache="refresh").from_cache == 0
    assert _quick([SMALL], out, cache="use").from_cache == 1
    off = tmp_path / "off"
    assert _quick([SMALL], off, cache="off").from_cache == 0
    assert not (off / CACHE_DIR).exists()


def test_a_changed_config_invalidates_the_cache(tmp_path):
    pipeline = Pipeline.from_config()
    config = Config().from_disk(DEFAULT_CONFIG)
    config["components"]["toc_match"]["min_similarity"] = 0.7
    changed = Pipeline(config)
    assert fingerprint(changed) != fingerprint(pipeline) == fingerprint(Pipeline.from_config())
    cache = ExtractionCache(tmp_path, pipeline)
    cache.put(SMALL, pipeline.read(SMALL))
    assert cache.get(SMALL) is not None
    other = ExtractionCache(tmp_path, changed)
    assert other.get(SMALL) is None
    other.put(SMALL, changed.read(SMALL))  # and the old fingerprint's entries go
    assert sorted(p.name for p in (tmp_path / CACHE_DIR).iterdir()) == [other.dir.name]


def test_a_damaged_entry_counts_as_missing(tmp_path):
    pipeline = Pipeline.from_config()
    cache = ExtractionCache(tmp_path, pipeline)
    cache.put(SMALL, pipeline.read(SMALL))
    entry = next(cache.dir.iterdir())
    entry.write_bytes(entry.read_bytes()[:100])
    assert cache.get(SMALL) is None
