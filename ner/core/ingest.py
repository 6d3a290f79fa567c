"""Reading gazette text files: decoding, and refusing what is not text.

A bad file raises :class:`InputError` with a message that names the file and
says what to do; callers report it and go on with the other files.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Iterator

from .records import Source

# Legacy encodings of Slovenian text, tried in this order when UTF-8 fails.
FALLBACK_ENCODINGS = ("cp1250", "iso-8859-2")
SLOVENE_LETTERS = set("čšžČŠŽćđĆĐ")


class InputError(Exception):
    """A file that cannot be used as a gazette text."""


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:65536]:
        return True
    sample = data[:65536]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(8, len(sample) // 100)


PLAIN_NON_ASCII = SLOVENE_LETTERS | set("–—»«„“”’•°§²³½¼")


def _score(text: str) -> int:
    """How Slovenian a decoding looks: its č/š/ž minus other non-ASCII characters."""
    good = sum(1 for ch in text if ch in SLOVENE_LETTERS)
    bad = sum(1 for ch in text if ch > "\x7f" and ch not in PLAIN_NON_ASCII)
    return good - 3 * bad


def decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode file bytes; return (text, encoding, warnings)."""
    if _looks_binary(data):
        raise InputError(f"{name}: looks like a binary file, not OCR text; skipped "
                         "(pass only .txt files of gazette issues)")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        candidates = []
        for enc in FALLBACK_ENCODINGS:
            try:
                decoded = data.decode(enc)
            except UnicodeDecodeError:
                continue
            candidates.append((_score(decoded), enc, decoded))
        if not candidates:
            raise InputError(f"{name}: not UTF-8 ({exc.reason} at byte {exc.start}) and not "
                             "cp1250 or ISO-8859-2 either; re-save the file as UTF-8") from exc
        # max() keeps the first of equal scores, i.e. the preferred encoding.
        _, encoding, text = max(candidates, key=lambda c: c[0])
        warnings.append(f"{name}: not valid UTF-8 (byte {exc.start}); read as {encoding}")
    if not text.strip():
        raise InputError(f"{name}: empty file (no text); skipped")
    return text, encoding, warnings


def read_source(path: str | Path) -> Source:
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: a folder that cannot be read; its files are left out "
                         "(check that this user may list it)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror}); "
                         "check that the file exists and is readable") from exc
    text, encoding, warnings = decode(data, path.name)
    return Source(name=path.name, path=str(path), text=text, encoding=encoding,
                  sha256=hashlib.sha256(data).hexdigest(), warnings=warnings)


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders into the text files to read, in a stable order. A
    folder that cannot be listed is given as it is, so that reading it reports it by
    name instead of passing over its files without a word."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(_text_files(p))
        else:
            yield p


def _text_files(folder: Path) -> Iterator[Path]:
    unreadable: list[OSError] = []
    for root, _, files in os.walk(folder, onerror=unreadable.append):
        yield from (Path(root) / f for f in files if f.endswith(".txt") and (Path(root) / f).is_file())
    yield from (Path(e.filename) for e in unreadable)
