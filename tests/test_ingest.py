import pytest

from ner.core.ingest import InputError, decode, discover, read_source


def test_utf8_is_read_as_is():
    text, enc, warnings = decode("Občina Piran – ODLOK".encode("utf-8"), "a.txt")
    assert (text, enc, warnings) == ("Občina Piran – ODLOK", "utf-8", [])


def test_bom_is_dropped():
    text, _, _ = decode(b"\xef\xbb\xbfODLOK", "a.txt")
    assert text == "ODLOK"


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
def test_legacy_encodings_are_recognised_with_a_warning(encoding):
    data = "SKUPŠČINA OBČINE KOPER, Šiškovič, žaga".encode(encoding)
    text, enc, warnings = decode(data, "old.txt")
    assert text == "SKUPŠČINA OBČINE KOPER, Šiškovič, žaga"
    assert len(warnings) == 1 and "old.txt" in warnings[0]


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"  \n\t \n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(0, 32)) * 20, "binary"),
])
def test_bad_files_are_refused_by_name(data, message):
    with pytest.raises(InputError) as err:
        decode(data, "bad.txt")
    assert "bad.txt" in str(err.value) and message in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="nope.txt"):
        read_source(tmp_path / "nope.txt")


def test_source_keeps_name_checksum_and_text(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes("Občina Piran".encode("cp1250"))
    src = read_source(p)
    assert src.name == "x.txt" and src.text == "Občina Piran" and src.encoding == "cp1250"
    assert len(src.sha256) == 64


def test_discover_expands_folders_in_order(tmp_path):
    for name in ["b.txt", "a.txt", "c.md"]:
        (tmp_path / name).write_text("x")
    assert [p.name for p in discover([tmp_path])] == ["a.txt", "b.txt"]


def test_a_folder_that_cannot_be_listed_is_reported_by_name(tmp_path, monkeypatch):
    import os

    (tmp_path / "a.txt").write_text("ODLOK")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("ODLOK")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root may list any folder: deny this one by hand
    found = list(discover([tmp_path]))
    assert found == [tmp_path / "a.txt", locked]
    with pytest.raises(InputError, match="locked: a folder that cannot be read"):
        read_source(locked)
